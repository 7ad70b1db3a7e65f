"""The import report in the window: a dialog beside the opened inquiry, field by field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk_app.gui import inquiry_commands
from desk_app.gui.import_report_dialog import ImportReportDialog

CORPUS = Path(__file__).parents[1] / "corpus"
NW_INQUIRY = CORPUS / "built" / "nw_17_3417_kleine_anfrage.txt"
NW_ANSWER = CORPUS / "built" / "nw_17_3417_antwort.txt"


def _report(window) -> ImportReportDialog:
    """Return the import report the window shows now."""
    shown = [d for d in window.findChildren(ImportReportDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_an_import_shows_its_fields_with_their_confidence(session, qtbot):
    window = session.window
    inquiry_id = window.import_path(NW_INQUIRY)  # what the menu and a drop do
    assert window.current is not None and window.current.id == inquiry_id  # the window goes on
    dialog = _report(window)
    assert not dialog.isModal()
    rows = {field: (value, confidence) for field, value, confidence in dialog.rows()}
    assert rows["Parlament"] == ("Landtag Nordrhein-Westfalen", "sicher")
    assert rows["Art"][0] == "Kleine Anfrage"
    assert rows["Drucksache"] == ("17/8765", "sicher")
    assert rows["Fragen"] == ("5 Fragen", "sicher")
    assert rows["Beantwortet am"] == ("–", "nicht gefunden")
    for _field, value, confidence in dialog.rows():
        assert value != "–" or confidence == "nicht gefunden"  # nothing empty passes as sure
    title_value, title_confidence = rows["Titel"]
    assert "Neuau" in title_value or "Subsidiarität" in title_value
    guessed = any(line.startswith("Titel nur vermutet") for line in dialog.checks())
    assert title_confidence == ("vermutet" if guessed else "sicher")
    assert dialog.table.horizontalHeaderItem(2).text() == "Sicherheit"


def test_open_brings_the_imported_inquiry_back(session, qtbot):
    window = session.window
    inquiry_id = window.import_path(NW_INQUIRY)
    dialog = _report(window)
    other = session.desk.create("NW", "kleine-anfrage", title="Radwege in Hamm")
    window.open_inquiry(other.id)
    dialog.open_button.click()
    assert window.current is not None and window.current.id == inquiry_id
    assert not dialog.isVisible()


def test_the_answer_attached_to_the_open_inquiry_reports_the_answer(session, qtbot):
    window = session.window
    inquiry_id = window.import_path(NW_INQUIRY)
    _report(window).close()
    assert inquiry_commands.import_answer(window, NW_ANSWER)
    dialog = _report(window)
    rows = {field: (value, confidence) for field, value, confidence in dialog.rows()}
    assert "Titel" not in rows  # the first import read it
    assert rows["Antwort-Drucksache"] == ("17/9012", "sicher")
    assert rows["Gemeinsame Antworten"][0] == "zu 1 und 2"
    assert dialog.summary.text().startswith("Antwort importiert:")
    dialog.open_button.click()
    assert window.current is not None and window.current.id == inquiry_id


def test_each_row_of_the_report_leads_to_its_place(session, qtbot):
    """Double-clicking a field in the report opens the inquiry with that field focused."""

    window = session.window
    corpus = Path(__file__).parents[1] / "corpus" / "built"
    inquiry_id = window.import_path(corpus / "nw_17_3417_kleine_anfrage.txt")
    assert inquiry_id is not None
    report = next(d for d in window.findChildren(ImportReportDialog) if d.isVisible())
    fields = [entry.field for entry in report._outcome.fields]
    window.close_inquiry()  # the user went elsewhere meanwhile

    title_row = fields.index("title")
    item = report.table.item(title_row, 0)
    report.table.scrollToItem(item)
    rect = report.table.visualItemRect(item)
    # A double click as Qt gets it from a hand: a press and release, then the double click.
    viewport = report.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current is not None and window.current.id == inquiry_id
    assert window.focusWidget() is window.editor.title_edit or (
        QApplication.focusWidget() is window.editor.title_edit
    )
    assert report.isVisible()  # the report stays beside the window

    report.show_place(fields.index("drucksache"))
    assert window.right_tabs.currentWidget() is window._tracking_page
    assert (
        window.tracking.drucksache.hasFocus() or window.focusWidget() is window.tracking.drucksache
    )


def test_a_place_to_check_leads_to_the_question_it_names(session, qtbot, tmp_path):
    """An answer that skips question 3: its line to check opens question 3 in the editor."""
    window = session.window
    inquiry_id = window.import_path(NW_INQUIRY)
    _report(window).close()
    lines = NW_ANSWER.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("3. Inwieweit"))
    end = next(i for i, line in enumerate(lines) if line.startswith("4. Welche"))
    skipped = tmp_path / "antwort_ohne_3.txt"
    skipped.write_text("\n".join(lines[:start] + lines[end:]) + "\n", encoding="utf-8")
    assert inquiry_commands.import_answer(window, skipped)
    report = _report(window)
    row = next(i for i, line in enumerate(report.checks()) if "Frage 3" in line)
    item = report.check_list.item(row)
    assert item.toolTip() == "Doppelklick: die Stelle in der Anfrage zeigen"
    window.close_inquiry()  # the user went elsewhere meanwhile
    rect = report.check_list.visualItemRect(item)
    viewport = report.check_list.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current is not None and window.current.id == inquiry_id
    third = window.editor.questions.edits()[2]
    assert QApplication.focusWidget() is third or window.focusWidget() is third
