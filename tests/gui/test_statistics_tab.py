"""The "Statistik" tab: the figures of a small store whose answers are known, charts and CSV."""

from __future__ import annotations

from datetime import date

from desk_app.model import Originator
from desk_app.service.statistics import StatisticsFilter
from desk_app.service.statistics_view import csv_text


def _answered(ops, title: str, ministry: str, forwarded: date, answered: date) -> int:
    inquiry = ops.create("NW", "kleine-anfrage", [Originator("Anna Müller", "SPD")], "SPD", title)
    inquiry.dates.submitted = forwarded
    inquiry.dates.forwarded = forwarded
    inquiry.dates.answered = answered
    inquiry.lead_ministry = ministry
    ops.save(inquiry)
    assert inquiry.id is not None
    return inquiry.id


def _store(window) -> None:
    ops = window.ops
    # NRW: four weeks from forwarding. Mon 03.03.2025 -> due Mon 31.03.2025.
    _answered(ops, "Radwege", "Ministerium für Verkehr", date(2025, 3, 3), date(2025, 3, 24))
    _answered(ops, "Busse", "Ministerium für Verkehr", date(2025, 3, 3), date(2025, 3, 31))
    # Answered after 42 days: late by two weeks.
    _answered(ops, "Schulbau", "Ministerium für Schule", date(2025, 3, 3), date(2025, 4, 14))


def _table(tab) -> list[list[str]]:
    table = tab.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_the_tab_shows_each_ministry_with_its_answer_times(session, qtbot):
    window = session.window
    _store(window)
    window.left_tabs.setCurrentIndex(2)  # "Statistik", built now
    tab = window.statistics
    rows = {row[0]: row for row in _table(tab)}
    headings = [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())]
    cell = {name: dict(zip(headings, row, strict=True)) for name, row in rows.items()}
    # Verkehr: 21 and 28 days, both in time; Schule: 42 days, late.
    assert cell["Ministerium für Verkehr"]["Anfragen"] == "2"
    assert cell["Ministerium für Verkehr"]["Median"] == "24,5"
    assert cell["Ministerium für Verkehr"]["verspätet"] == "0/2"
    assert cell["Ministerium für Schule"]["Median"] == "42"
    assert cell["Ministerium für Schule"]["verspätet"] == "1/1"
    assert cell["alle Anfragen"]["Anfragen"] == "3"
    assert tab.message.text() == "3 Anfragen gezählt, 3 beantwortet."
    bars = tab.bars()
    assert sum(bars["eingereicht"]) == 3 and sum(bars["beantwortet"]) == 3
    assert sum(bars["davon verspätet"]) == 1


def test_a_filter_narrows_the_figures(session, qtbot):
    window = session.window
    _store(window)
    window.left_tabs.setCurrentIndex(2)
    tab = window.statistics
    tab.ministry.setFocus()
    qtbot.keyClicks(tab.ministry, "Schule")
    tab.ministry.editingFinished.emit()
    names = [row[0] for row in _table(tab)]
    assert names == ["Ministerium für Schule", "alle Anfragen"]
    assert tab.message.text() == "1 Anfragen gezählt, 1 beantwortet."


def test_the_csv_holds_what_the_service_counts(session, tmp_path):
    window = session.window
    _store(window)
    window.left_tabs.setCurrentIndex(2)
    tab = window.statistics
    written = tab.export_csv(tmp_path / "Statistik.csv")
    assert written == tmp_path / "Statistik.csv"
    expected = csv_text(window.ops.statistics("ministry", StatisticsFilter()))
    assert written.read_bytes().decode("utf-8") == expected  # CRLF lines, as CSV has them
    assert expected.splitlines()[0].count(";") >= 10  # semicolons, for German spreadsheets


def test_the_pdf_report_has_the_table_the_charts_and_the_definitions(session, tmp_path):
    from pypdf import PdfReader

    window = session.window
    _store(window)
    window.left_tabs.setCurrentIndex(2)
    tab = window.statistics
    written = tab.export_pdf(tmp_path / "Statistik.pdf")
    assert written is not None
    pages = [page.extract_text() for page in PdfReader(str(written)).pages]
    text = "\n".join(pages)
    assert pages[0].startswith("Wie die Regierung antwortet: Antwortzeiten")
    assert "Ministerium für Schule" in pages[0] and "24,5" in pages[0]  # the table
    assert "Anfragen je Monat" in text and "03/25" in text and "04/25" in text  # month chart
    assert "Anteil verspäteter Antworten (%)" in text  # share chart
    assert "1. Antwortzeit: Kalendertage vom Fristbeginn" in text  # the footnotes
    assert "linearen Interpolation" in text or "lineare Interpolation" in text
    # Every column of the table and both charts are defined below them.
    flat = " ".join(text.split())
    for defined in ("Längste: Tage vom Fristende", "Verlängerungen: jede erfasste", "Je Monat:"):
        assert defined in flat, defined


def test_desk_stats_writes_the_same_report(session, tmp_path):
    import subprocess
    import sys

    window = session.window
    _store(window)
    target = tmp_path / "bericht.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desk_app",
            "--db",
            str(window.ops.desk.db_path),
            "stats",
            "--pdf",
            str(target),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF")
