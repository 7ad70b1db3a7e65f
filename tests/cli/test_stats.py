"""`desk stats` on the hand-made store of tests/service/test_statistics.py: table, CSV, JSON."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.cli.parser import build_parser
from desk_app.cli.stats_commands import cmd_stats
from desk_app.service import Desk
from tests.cli.conftest import Desk as Runner
from tests.service.test_statistics import INNERES, TODAY, VERKEHR, build


@pytest.fixture
def stored(tmp_path: Path) -> Iterator[Desk]:
    """Return a desk on the six inquiries of the service test, its today fixed."""
    desk = Desk(tmp_path / "test.sqlite3", today=lambda: TODAY)
    build(desk)
    yield desk
    desk.close()


def stats(desk: Desk, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run `desk stats ARGV` through the real grammar on the desk; return what it printed."""
    capsys.readouterr()
    assert cmd_stats(build_parser().parse_args(["stats", *argv]), desk) == 0
    return capsys.readouterr().out


def test_the_table_names_each_ministry_with_its_figures(
    stored: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = stats(stored, capsys).splitlines()

    assert lines[0].split() == [
        "Ministerium",
        "Anfragen",
        "beantwortet",
        "Median",
        "P90",
        "verspätet",
        "Anteil",
        "offen",
        "überfällig",
        "längste",
        "Verlängerungen",
    ]
    assert lines[1].startswith(INNERES) and lines[2].startswith(VERKEHR)
    assert lines[3].startswith("alle Anfragen")
    # A figure that cannot be counted (no overdue inquiry) shows as "–".
    assert lines[1].removeprefix(INNERES).split() == [
        *("3", "2", "26,5", "30,9", "1/2", "50", "%", "0", "0", "–", "0")
    ]
    assert lines[3].removeprefix("alle Anfragen").split() == [
        *("6", "3", "32", "43,2", "1/3", "33,3", "%", "1", "1", "28", "1")
    ]
    assert lines[4] == ""
    assert lines[5].startswith("Nur als Anfragen gezählt: 1 zurückgezogen, 1 ohne Datum; 0 ")
    # Where each figure is defined, in words a user can follow (no path of the sources).
    assert lines[6].startswith("Median, P90: Kalendertage vom Fristbeginn bis zur Antwort")
    assert lines[6].endswith("(jede Zahl genau erklärt: desk stats --pdf).")


def test_the_table_by_month_lists_each_month_with_gaps(
    stored: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = stats(stored, capsys, "--by", "month").splitlines()

    assert lines[0].split() == ["Monat", "eingereicht", "beantwortet", "davon", "verspätet"]
    assert [line.split() for line in lines[1:5]] == [
        ["02.2024", "2", "1", "0"],
        ["03.2024", "0", "1", "1"],
        ["04.2024", "1", "0", "0"],
        ["05.2024", "1", "1", "0"],
    ]
    assert lines[5] == "" and lines[6].startswith("eingereicht: Monat der Einreichung")


def test_csv_has_a_bom_semicolons_one_heading_row_and_german_numbers(
    stored: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    out = stats(stored, capsys, "--csv", "--by", "faction")

    assert out.startswith("\ufeffFraktion;Anfragen;beantwortet;Median (Tage);")
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff")), delimiter=";"))
    assert len(rows) == 5  # heading, GRÜNE, SPD, without a faction, all
    assert len(rows[0]) == 19 and rows[0][-1] == "nicht verfolgt"
    spd = dict(zip(rows[0], rows[2], strict=True))
    assert spd["Fraktion"] == "SPD"
    assert (spd["Median (Tage)"], spd["90. Perzentil (Tage)"]) == ("26,5", "30,9")
    assert spd["Anteil verspätet (%)"] == "50"
    assert rows[3][0] == "(ohne Angabe)"
    assert rows[4][0] == "alle Anfragen"


def test_json_is_the_documented_shape(stored: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    result = json.loads(
        stats(stored, capsys, "--json", "--parliament", "NW", "--from", "2024-02-01")
    )

    assert result["by"] == "ministry" and result["today"] == "2024-07-01"
    assert result["filters"] == {
        "parliament": "NW",
        "term": None,
        "from": "2024-02-01",
        "to": None,
        "ministry": None,
    }
    assert [group["key"] for group in result["groups"]] == [INNERES, VERKEHR]
    total = result["total"]
    assert total["key"] is None
    # The undated draft lies in no period: 5 inquiries, not 6.
    assert (total["inquiries"], total["undated"], total["withdrawn"]) == (5, 0, 1)
    assert total["median_days"] == 32 and total["p90_days"] == pytest.approx(43.2)
    assert total["late_share"] == pytest.approx(1 / 3)
    assert total["longest_overdue_days"] == 28
    assert set(total) == {
        "key",
        "inquiries",
        "withdrawn",
        "undated",
        "untracked",
        "answered",
        "open",
        "median_days",
        "p90_days",
        "with_due",
        "late",
        "late_share",
        "overdue",
        "longest_overdue_days",
        "longest_overdue_id",
        "extensions",
        "extended",
        "late_despite_extension",
        "joint_answers",
    }
    assert result["months"][0] == {
        "month": "2024-02",
        "submitted": 2,
        "answered": 1,
        "answered_late": 0,
    }
    assert result["problems"] == []


def test_a_selection_without_inquiries_says_so(
    stored: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    out = stats(stored, capsys, "--term", "17")

    assert out == "Keine gespeicherte Anfrage passt zu dieser Auswahl.\n"


def test_the_verb_runs_from_the_command_line(desk: Runner) -> None:
    result = desk("stats", "--by", "parliament")

    assert result.status == 0, result.err
    assert result.out == "Keine gespeicherte Anfrage passt zu dieser Auswahl.\n"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--by", "nonsense"], "nonsense"),
        (["--from", "2024-03-02", "--to", "2024-03-01"], "Der Zeitraum beginnt am 02.03.2024"),
        (["--parliament", "XX"], "XX"),
        (["--from", "gestern"], "„gestern“ ist kein Datum"),
        (["--term", "null"], "keine Wahlperiode"),
        (["--json", "--csv"], "--csv"),
    ],
)
def test_bad_input_is_one_sentence_and_status_2(desk: Runner, argv: list[str], said: str) -> None:
    result = desk("stats", *argv)

    assert result.status == 2
    assert result.out == ""
    assert said in result.err
    assert result.err.startswith("desk: ") and result.err.count("\n") == 1
    assert "Traceback" not in result.err
