"""The window on a server: edits land there, signed; a colleague's newer save is not overwritten."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from desk_app.gui.application import open_session
from desk_app.gui.inquiry_list_model import TITLE
from desk_app.model import paragraph
from desk_app.model.location import parse_location
from desk_app.storage import InquiryStore


@pytest.fixture
def server_session(qtbot, tmp_path, pg_url, monkeypatch):
    """Open the main window on a fresh database of the test server."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the window's lock file goes here
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    opened = open_session(parse_location(pg_url), settings)
    qtbot.addWidget(opened.window)
    opened.window.show()
    yield opened
    opened.window.close()
    opened.close()


def test_typing_in_the_window_is_saved_on_the_server(server_session, qtbot, pg_url):
    window = server_session.window
    inquiry = window.ops.create("NW", "kleine-anfrage", title="Radwege")
    window.open_inquiry(inquiry.id)
    qtbot.keyClicks(window.tracking.notes, "Rueckruf Ministerium")
    window.autosave.flush()
    with InquiryStore(pg_url) as elsewhere:  # as a colleague's desk reads it
        assert elsewhere.get(inquiry.id).notes == "Rueckruf Ministerium"
        authors = {revision.author for revision in elsewhere.revisions(inquiry.id)}
    assert authors == {server_session.desk.author}


def test_a_colleagues_newer_save_is_kept_and_the_typed_text_stays(server_session, qtbot, pg_url):
    window = server_session.window
    inquiry = window.ops.create("NW", "kleine-anfrage", title="Radwege")
    window.open_inquiry(inquiry.id)
    with InquiryStore(pg_url, author="bernd") as colleague:
        theirs = colleague.get(inquiry.id)
        theirs.title = paragraph("Radwege und Brücken")
        colleague.save(theirs, expected=colleague.seen_version(inquiry.id))
    qtbot.keyClicks(window.tracking.notes, "meine Notiz")
    window.autosave.flush()
    message = window.statusBar().currentMessage()
    assert message.startswith("Nicht gespeichert: ") and "von bernd geändert" in message
    assert window.tracking.notes.toPlainText() == "meine Notiz"  # nothing typed is lost
    with InquiryStore(pg_url) as elsewhere:
        stored = elsewhere.get(inquiry.id)
    assert stored.title == paragraph("Radwege und Brücken") and stored.notes == ""


def _window_on(url, folder, qtbot, monkeypatch):
    """Open a window on the server as a desk of its own would (its own data folder)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    opened = open_session(parse_location(url), settings)
    qtbot.addWidget(opened.window)
    opened.window.show()
    return opened


def test_two_windows_see_each_others_changes_within_two_seconds(
    qtbot, tmp_path, pg_url, monkeypatch
):
    first = _window_on(pg_url, tmp_path / "a", qtbot, monkeypatch)
    second = _window_on(pg_url, tmp_path / "b", qtbot, monkeypatch)
    try:
        mine, theirs = first.window, second.window
        created = mine.ops.create("NW", "kleine-anfrage", title="Radwege")
        panel = theirs.list_panel
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
        # The colleague opens it; my edit of the title reaches their list and editor.
        theirs.open_inquiry(created.id)
        mine.open_inquiry(created.id)
        mine.editor.title_edit.setFocus()
        mine.editor.title_edit.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(mine.editor.title_edit, " und Bruecken")
        mine.autosave.flush()
        qtbot.waitUntil(
            lambda: theirs.editor.inquiry().title == paragraph("Radwege und Bruecken"), timeout=2000
        )
        assert panel.model.index(0, TITLE).data() == "Radwege und Bruecken"
        assert "neu geladen" in theirs.statusBar().currentMessage()
    finally:
        for opened in (first, second):
            opened.window.close()
            opened.close()
