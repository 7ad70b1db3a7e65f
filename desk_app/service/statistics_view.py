"""The statistics as a table, as CSV and as the stable JSON of `desk stats --json` (README).

One list of columns serves the terminal's table, the CSV file and the window:
each column has its German heading and how its value is written. Numbers are
written the German way (12,5), which is also what a German spreadsheet reads
from a CSV file separated by semicolons.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from desk_app.i18n import N_, _
from desk_app.service.statistics import GroupFigures, MonthFigures, Statistics

# The byte order mark lets spreadsheet programs read the file as UTF-8 (umlauts).
CSV_BOM = "\ufeff"
CSV_DELIMITER = ";"

_GROUP_HEADINGS = {
    "ministry": N_("Ministerium"),
    "parliament": N_("Parlament"),
    "faction": N_("Fraktion"),
    "member": N_("Mitglied"),
}


def german_number(value: float | None, digits: int = 1) -> str:
    """Return a number as German text (12,5; 12 without a fraction), empty for none."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.{digits}f}".replace(".", ",")


def _share(value: float | None) -> str:
    return german_number(None if value is None else round(value * 100, 1))


def _whole(value: int | None) -> str:
    return "" if value is None else str(value)


Column = tuple[str, Callable[[GroupFigures], str]]

GROUP_COLUMNS: list[Column] = [
    (N_("Anfragen"), lambda g: _whole(g.inquiries)),
    (N_("beantwortet"), lambda g: _whole(g.answered)),
    (N_("Median (Tage)"), lambda g: german_number(g.median_days)),
    (N_("90. Perzentil (Tage)"), lambda g: german_number(g.p90_days)),
    (N_("mit Frist"), lambda g: _whole(g.with_due)),
    (N_("verspätet"), lambda g: _whole(g.late)),
    (N_("Anteil verspätet (%)"), lambda g: _share(g.late_share)),
    (N_("offen"), lambda g: _whole(g.open)),
    (N_("überfällig"), lambda g: _whole(g.overdue)),
    (N_("längste Überfälligkeit (Tage)"), lambda g: _whole(g.longest_overdue_days)),
    (N_("längste überfällige Anfrage"), lambda g: _whole(g.longest_overdue_id)),
    (N_("Verlängerungen"), lambda g: _whole(g.extensions)),
    (N_("verlängerte Anfragen"), lambda g: _whole(g.extended)),
    (N_("verspätet trotz Verlängerung"), lambda g: _whole(g.late_despite_extension)),
    (N_("gemeinsame Antworten"), lambda g: _whole(g.joint_answers)),
    (N_("zurückgezogen"), lambda g: _whole(g.withdrawn)),
    (N_("ohne Datum"), lambda g: _whole(g.undated)),
    (N_("nicht verfolgt"), lambda g: _whole(g.untracked)),
]

# The terminal's narrower table: the figures a reader looks for first (docs/STATISTICS.md).
TEXT_COLUMNS: list[Column] = [
    (N_("Anfragen"), lambda g: _whole(g.inquiries)),
    (N_("beantwortet"), lambda g: _whole(g.answered)),
    (N_("Median"), lambda g: german_number(g.median_days)),
    (N_("P90"), lambda g: german_number(g.p90_days)),
    (N_("verspätet"), lambda g: f"{g.late}/{g.with_due}"),
    (N_("Anteil"), lambda g: _share(g.late_share) and f"{_share(g.late_share)} %"),
    (N_("offen"), lambda g: _whole(g.open)),
    (N_("überfällig"), lambda g: _whole(g.overdue)),
    (N_("längste"), lambda g: _whole(g.longest_overdue_days)),
    (N_("Verlängerungen"), lambda g: _whole(g.extensions)),
]

MONTH_HEADINGS = (N_("Monat"), N_("eingereicht"), N_("beantwortet"), N_("davon verspätet"))


def group_name(figures: GroupFigures) -> str:
    """Return how a group is named in a table: its key, or "ohne Angabe"."""
    return figures.key or _("(ohne Angabe)")


def table_rows(stats: Statistics, columns: list[Column] = GROUP_COLUMNS) -> list[list[str]]:
    """Return the heading row and one row per group (or month), the total last."""
    if stats.by == "month":
        rows = [[_(heading) for heading in MONTH_HEADINGS]]
        rows += [_month_row(month) for month in stats.months]
        return rows
    rows = [[_(_GROUP_HEADINGS[stats.by]), *(_(heading) for heading, _value in columns)]]
    for group in [*stats.groups, stats.total]:
        name = group_name(group) if group is not stats.total else _("alle Anfragen")
        rows.append([name, *(value(group) for _heading, value in columns)])
    return rows


def _month_row(month: MonthFigures) -> list[str]:
    shown = f"{month.month[5:]}.{month.month[:4]}"
    return [shown, str(month.submitted), str(month.answered), str(month.answered_late)]


def csv_text(stats: Statistics) -> str:
    """Return the table as CSV: BOM, semicolons, one heading row, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerows(table_rows(stats))
    return CSV_BOM + buffer.getvalue()


def plain_table(stats: Statistics) -> str:
    """Return the terminal's table: columns padded, numbers right-aligned, "–" for none.

    Two lines below the table say what it counts and what it leaves out.
    """
    rows = table_rows(stats, TEXT_COLUMNS)
    rows = [rows[0], *([cell or "–" for cell in row] for row in rows[1:])]
    widths = [max(len(row[index]) for row in rows) for index in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    lines += ["", *_table_notes(stats)]
    return "\n".join(lines)


def _table_notes(stats: Statistics) -> list[str]:
    """Return the lines below the terminal's table (the figures: docs/STATISTICS.md)."""
    if stats.by == "month":
        return [
            _(
                "eingereicht: Monat der Einreichung (sonst des Fristbeginns); beantwortet, "
                "verspätet: Monat der Antwort. Zurückgezogene und undatierte Anfragen zählen "
                "hier nicht."
            )
        ]
    total = stats.total
    return [
        _(
            "Nur als Anfragen gezählt: {withdrawn} zurückgezogen, {undated} ohne Datum; "
            "{untracked} nicht mehr verfolgt (bei der Antwortzeit gezählt, nicht bei Verspätungen)."
        ).format(withdrawn=total.withdrawn, undated=total.undated, untracked=total.untracked),
        _(
            "Median, P90: Kalendertage vom Fristbeginn bis zur Antwort; verspätet: nach "
            "dem Fristende beantwortet, von den Beantworteten mit Frist; längste: Tage der "
            "längsten Überfälligkeit einer offenen Anfrage (jede Zahl genau erklärt: "
            "desk stats --pdf)."
        ),
    ]


def statistics_json(stats: Statistics) -> dict[str, Any]:
    """Return the statistics as the documented JSON object."""
    filters = stats.filters
    return {
        "by": stats.by,
        "today": stats.today.isoformat(),
        "filters": {
            "parliament": filters.parliament,
            "term": filters.term,
            "from": None if filters.start_from is None else filters.start_from.isoformat(),
            "to": None if filters.start_to is None else filters.start_to.isoformat(),
            "ministry": filters.ministry,
        },
        "total": {**asdict(stats.total), "key": None},
        "groups": [asdict(group) for group in stats.groups],
        "months": [asdict(month) for month in stats.months],
        "problems": list(stats.problems),
    }
