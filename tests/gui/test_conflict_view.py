"""A colleague saved first: the window sets both versions side by side and saves the choice.

Windows and colleague on the test server, as in a faction office.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desk_app.gui.conflict_dialog import ConflictDialog
from desk_app.model import paragraph
from desk_app.storage import InquiryStore
from tests.gui.server_windows import RETITLED, colleague_saves, window_on


@pytest.fixture
def office(qtbot, tmp_path, pg_url, monkeypatch):
    """Open anna's window on the server with one inquiry open in it."""
    opened = window_on(pg_url, tmp_path, qtbot, monkeypatch)
    window = opened.window
    inquiry = window.ops.create("NW", "kleine-anfrage", title="Radwege")
    window.open_inquiry(inquiry.id)
    yield window, inquiry.id
    window.close()
    opened.close()


def _his_change(theirs) -> None:
    theirs.title = RETITLED
    theirs.dates.submitted = date(2025, 4, 3)
    theirs.notes = "Bernd: Rückruf Ministerium"


def _refused_edit(window, qtbot, pg_url, inquiry_id) -> ConflictDialog:
    """Type a note while bernd saves; return the comparison the refused save opens."""
    colleague_saves(pg_url, inquiry_id, _his_change)
    qtbot.keyClicks(window.tracking.notes, "Anna: Frist notiert")
    window.autosave.flush()
    dialog = _shown_dialog(window)
    assert dialog is not None
    return dialog


def _shown_dialog(window) -> ConflictDialog | None:
    """Return the comparison the window shows now, if any."""
    shown = [d for d in window.findChildren(ConflictDialog) if d.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


def _rows(dialog: ConflictDialog) -> dict[str, tuple[str, str, str]]:
    """Return the table as the user reads it: place → (mine, theirs, chosen)."""
    table = dialog.table
    rows = {}
    for row in range(table.rowCount()):
        place = table.item(row, 0).text().split("\n")[0]
        chooser = dialog.choosers[row]
        rows[place] = (table.item(row, 1).text(), table.item(row, 2).text(), chooser.currentText())
    return rows


def test_the_comparison_shows_both_versions_and_who_changed_what(office, qtbot, pg_url):
    window, inquiry_id = office
    dialog = _refused_edit(window, qtbot, pg_url, inquiry_id)
    assert dialog.table.horizontalHeaderItem(2).text() == "Fassung von bernd"
    assert _rows(dialog) == {
        "Titel": ("Radwege", "Radwege und Brücken", "von bernd"),
        "Eingereicht am": ("–", "03.04.2025", "von bernd"),
        "Notizen": ("Anna: Frist notiert", "Bernd: Rückruf Ministerium", "Ihre"),
    }
    assert dialog.table.item(2, 0).text() == "Notizen\nvon beiden geändert"
    # Nothing is written while the user decides; the typed note stays on screen.
    assert window.tracking.notes.toPlainText() == "Anna: Frist notiert"
    assert window.conflicts.button.isVisible()


def test_the_rows_choice_is_saved_and_shown(office, qtbot, pg_url):
    window, inquiry_id = office
    dialog = _refused_edit(window, qtbot, pg_url, inquiry_id)
    notes = dialog.choosers[2]
    notes.setCurrentIndex(notes.findText("von bernd"))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    with InquiryStore(pg_url) as elsewhere:
        stored = elsewhere.get(inquiry_id)
    assert stored.title == RETITLED and stored.dates.submitted == date(2025, 4, 3)
    assert stored.notes == "Bernd: Rückruf Ministerium"
    assert window.editor.inquiry().title == RETITLED  # the editor shows what was saved
    assert not window.autosave.is_dirty()
    assert window.statusBar().currentMessage() == "Die gewählte Fassung ist gespeichert."
    assert not window.conflicts.button.isVisible()
    assert window.ops.desk.journal().pending() == []


def test_keep_mine_writes_my_version_and_his_stays_in_the_history(office, qtbot, pg_url):
    window, inquiry_id = office
    dialog = _refused_edit(window, qtbot, pg_url, inquiry_id)
    qtbot.mouseClick(dialog.mine_button, Qt.MouseButton.LeftButton)
    with InquiryStore(pg_url) as elsewhere:
        stored = elsewhere.get(inquiry_id)
        authors = [revision.author for revision in elsewhere.revisions(inquiry_id)[:2]]
    assert stored.title == paragraph("Radwege") and stored.notes == "Anna: Frist notiert"
    assert authors == [window.ops.desk.author, "bernd"]
    # Later edits are based on the version just saved: no second comparison.
    qtbot.keyClicks(window.tracking.notes, ", erledigt")
    window.autosave.flush()
    assert _shown_dialog(window) is None


def test_take_theirs_puts_his_version_in_the_editor(office, qtbot, pg_url):
    window, inquiry_id = office
    dialog = _refused_edit(window, qtbot, pg_url, inquiry_id)
    qtbot.mouseClick(dialog.theirs_button, Qt.MouseButton.LeftButton)
    assert window.tracking.notes.toPlainText() == "Bernd: Rückruf Ministerium"
    assert window.editor.inquiry().title == RETITLED
    assert window.ops.desk.journal().pending() == []


def test_later_keeps_the_edit_waiting_and_the_button_opens_it_again(office, qtbot, pg_url):
    window, inquiry_id = office
    dialog = _refused_edit(window, qtbot, pg_url, inquiry_id)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert "wartet auf diesem Rechner" in window.statusBar().currentMessage()
    # Typing on saves into the journal, without asking at every autosave.
    qtbot.keyClicks(window.tracking.notes, "!")
    window.autosave.flush()
    assert (
        window.findChild(ConflictDialog) is None or not window.findChild(ConflictDialog).isVisible()
    )
    (kept,) = window.ops.desk.journal().pending()
    assert kept.inquiry.notes == "Anna: Frist notiert!"
    qtbot.mouseClick(window.conflicts.button, Qt.MouseButton.LeftButton)
    again = window.conflicts.dialog
    assert again is not None and _rows(again)["Notizen"][0] == "Anna: Frist notiert!"
    qtbot.mouseClick(again.mine_button, Qt.MouseButton.LeftButton)
    with InquiryStore(pg_url) as elsewhere:
        assert elsewhere.get(inquiry_id).notes == "Anna: Frist notiert!"


def test_a_conflict_kept_from_the_last_session_is_compared_at_the_start(
    qtbot, tmp_path, pg_url, monkeypatch
):
    first = window_on(pg_url, tmp_path, qtbot, monkeypatch)
    window = first.window
    inquiry = window.ops.create("NW", "kleine-anfrage", title="Radwege")
    window.open_inquiry(inquiry.id)
    dialog = _refused_edit(window, qtbot, pg_url, inquiry.id)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    window.close()
    first.close()
    again = window_on(pg_url, tmp_path, qtbot, monkeypatch)
    try:
        dialog = again.window.conflicts.dialog
        assert dialog is not None and dialog.isVisible()
        assert _rows(dialog)["Titel"] == ("Radwege", "Radwege und Brücken", "von bernd")
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        stored = again.desk.get(inquiry.id)
        assert (stored.title, stored.notes) == (RETITLED, "Anna: Frist notiert")
        assert again.desk.journal().pending() == []
    finally:
        again.window.close()
        again.close()
