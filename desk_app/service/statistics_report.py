"""The statistics as a PDF report: the table, the charts of the window's tab, and footnotes.

What the report says is decided here; the PDF writer only lays it out. The
footnotes define each figure in a sentence, as docs/STATISTICS.md does at length.
"""

from __future__ import annotations

from pathlib import Path

from desk_app.i18n import _
from desk_app.service.statistics import Statistics, StatisticsFilter
from desk_app.service.statistics_view import TEXT_COLUMNS, group_name, table_rows

CHART_GROUPS = 12  # the late-share chart shows the groups with most inquiries
CHART_MONTHS = 24


def report_notes() -> list[str]:
    """Return the report's footnotes: which dates, which days, what each figure counts."""
    return [
        _(
            "Antwortzeit: Kalendertage vom Fristbeginn der Regel (Weiterleitung, sonst die "
            "Ersatzereignisse der Regel, sonst Eingang oder Ausgabe) bis zur Antwort "
            "(Antwortdatum, sonst Ausgabe der Antwort-Drucksache)."
        ),
        _(
            "Median und 90. Perzentil: lineare Interpolation zwischen den Rängen "
            "(wie QUANTIL.INKL in einer Tabellenkalkulation)."
        ),
        _(
            "Verspätet: beantwortet nach dem Fristende der Regel, mit den gewährten "
            "Verlängerungen und einem von Hand gesetzten Fristende; eine Antwort am "
            "Fristende ist rechtzeitig. Anteil verspätet: verspätet durch beantwortet mit Frist."
        ),
        _(
            "Überfällig: offen, Fristende vor dem Stichtag. Zurückgezogene, nicht mehr "
            "verfolgte und undatierte Anfragen zählen in keiner Verspätung."
        ),
        _(
            "Längste: Tage vom Fristende bis zum Stichtag bei der am längsten überfälligen "
            "offenen Anfrage."
        ),
        _(
            "Verlängerungen: jede erfasste Verlängerung einzeln gezählt; verspätet trotz "
            "Verlängerung: verspätete Anfragen, die eine Verlängerung hatten."
        ),
        _(
            "Gemeinsame Antworten: Antworten, in denen ein Teil mehrere Fragen zusammen "
            "beantwortet; Antworten, die nur auf eine andere verweisen, erfasst das Programm "
            "noch nicht."
        ),
        _(
            "Je Monat: eingereicht nach dem Monat der Einreichung (sonst des Fristbeginns), "
            "beantwortet und verspätet nach dem Monat der Antwort."
        ),
        _(
            "Ministerium: das antwortende, sonst das federführende. Je Abgeordnete(r) zählt "
            "eine Anfrage mehrerer Fragesteller bei jeder und jedem, die Gruppen ergeben "
            "dann mehr als die Summe."
        ),
    ]


def report_pdf(stats: Statistics) -> bytes:
    """Return the statistics as a PDF report with its charts and footnotes."""
    from desk_app.formats.write.pdf.figures_report import FiguresReport, figures_pdf

    months = stats.months[-CHART_MONTHS:]
    groups = sorted(
        (g for g in stats.groups if g.late_share is not None),
        key=lambda g: (-g.inquiries, g.key),
    )[:CHART_GROUPS]
    report = FiguresReport(
        title=_("Wie die Regierung antwortet: Antwortzeiten"),
        subtitle=_subtitle(stats),
        table=table_rows(stats, TEXT_COLUMNS),
        month_labels=[f"{m.month[5:]}/{m.month[2:4]}" for m in months],
        month_series=[
            (_("eingereicht"), [m.submitted for m in months]),
            (_("beantwortet"), [m.answered for m in months]),
            (_("davon verspätet"), [m.answered_late for m in months]),
        ],
        months_title=_("Anfragen je Monat"),
        share_labels=[group_name(g) for g in groups],
        shares=[round((g.late_share or 0.0) * 100, 1) for g in groups],
        shares_title=_("Anteil verspäteter Antworten (%)"),
        notes=report_notes(),
    )
    return figures_pdf(report)


def write_report(stats: Statistics, path: Path) -> None:
    """Write the report atomically; raise a DeskError with the reason."""
    from desk_app.formats.safe_write import write_atomically

    write_atomically(path, report_pdf(stats))


def _subtitle(stats: Statistics) -> str:
    """Return the report's second line: the day counted and the filters used."""
    parts = [_("Stand: {day}").format(day=stats.today.strftime("%d.%m.%Y"))]
    parts += _filter_parts(stats.filters)
    parts.append(
        _("{inquiries} Anfragen, {answered} beantwortet").format(
            inquiries=stats.total.inquiries, answered=stats.total.answered
        )
    )
    return " · ".join(parts)


def _filter_parts(filters: StatisticsFilter) -> list[str]:
    parts = []
    if filters.parliament:
        parts.append(_("Parlament: {id}").format(id=filters.parliament))
    if filters.term:
        parts.append(_("{term}. Wahlperiode").format(term=filters.term))
    if filters.start_from or filters.start_to:
        start = filters.start_from.strftime("%d.%m.%Y") if filters.start_from else "…"
        end = filters.start_to.strftime("%d.%m.%Y") if filters.start_to else "…"
        parts.append(_("Fristbeginn {start} bis {end}").format(start=start, end=end))
    if filters.ministry:
        parts.append(_("Ministerium: „{text}“").format(text=filters.ministry))
    return parts
