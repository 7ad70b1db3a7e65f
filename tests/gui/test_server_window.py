"""The window on a server: edits land there, signed; a colleague's newer save is not overwritten."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from desk_app.gui.inquiry_list_model import TITLE
from desk_app.model import Inquiry, paragraph
from desk_app.storage import InquiryStore
from tests.gui.server_windows import RETITLED, colleague_saves, window_on
from tests.pg_server import end_connections


@pytest.fixture
def server_session(qtbot, tmp_path, pg_url, monkeypatch):
    """Open the main window on a fresh database of the test server."""
    opened = window_on(pg_url, tmp_path, qtbot, monkeypatch)
    yield opened
    opened.window.close()
    opened.close()


def _colleague_retitles(url: str, inquiry_id: int) -> None:
    """Let bernd, at a desk of his own, save a new title of the inquiry."""
    colleague_saves(url, inquiry_id, lambda theirs: setattr(theirs, "title", RETITLED))


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
    _colleague_retitles(pg_url, inquiry.id)
    qtbot.keyClicks(window.tracking.notes, "meine Notiz")
    window.autosave.flush()
    message = window.statusBar().currentMessage()
    assert message.startswith("Nicht gespeichert (auf diesem Rechner bewahrt): ")
    assert "von bernd geändert" in message
    assert window.tracking.notes.toPlainText() == "meine Notiz"  # nothing typed is lost
    with InquiryStore(pg_url) as elsewhere:
        stored = elsewhere.get(inquiry.id)
    assert stored.title == paragraph("Radwege und Brücken") and stored.notes == ""


def test_two_windows_see_each_others_changes_within_two_seconds(
    qtbot, tmp_path, pg_url, monkeypatch
):
    first = window_on(pg_url, tmp_path / "a", qtbot, monkeypatch)
    second = window_on(pg_url, tmp_path / "b", qtbot, monkeypatch)
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


def test_a_refused_edit_survives_closing_the_window(qtbot, tmp_path, pg_url, monkeypatch):
    first = window_on(pg_url, tmp_path / "a", qtbot, monkeypatch)
    window = first.window
    inquiry = window.ops.create("NW", "kleine-anfrage", title="Radwege")
    window.open_inquiry(inquiry.id)
    _colleague_retitles(pg_url, inquiry.id)
    qtbot.keyClicks(window.tracking.notes, "meine Notiz")
    window.autosave.flush()
    window.close()
    first.close()
    again = window_on(pg_url, tmp_path / "a", qtbot, monkeypatch)
    try:
        message = again.window.statusBar().currentMessage()
        assert message.startswith(
            "Aus dem Journal nachgetragen: 0 Änderung(en); es warten noch: 1."
        )
        (kept,) = again.desk.journal().pending()
        assert kept.inquiry.notes == "meine Notiz"
    finally:
        again.window.close()
        again.close()


def test_when_the_connection_drops_the_edit_waits_and_lands_when_it_is_back(
    qtbot, tmp_path, pg_server, pg_url, monkeypatch
):
    opened = window_on(pg_url, tmp_path / "a", qtbot, monkeypatch)
    window = opened.window
    try:
        inquiry = window.ops.create("NW", "kleine-anfrage", title="Radwege")
        window.open_inquiry(inquiry.id)
        end_connections(pg_server)  # as a restart or a network cut would
        qtbot.keyClicks(window.tracking.notes, "waehrend der Pause")
        window.autosave.flush()  # this save meets the broken connection
        assert window.statusBar().currentMessage().startswith("Nicht gespeichert")
        assert [k.inquiry.notes for k in opened.desk.journal().pending()] == ["waehrend der Pause"]
        # The listener notices, listens anew and has the waiting edit saved.
        qtbot.waitUntil(lambda: not opened.desk.journal().pending(), timeout=8000)
        with InquiryStore(pg_url) as elsewhere:
            assert elsewhere.get(inquiry.id).notes == "waehrend der Pause"
        # And a colleague's change is heard again.
        with InquiryStore(pg_url, author="bernd") as colleague:
            colleague.add(Inquiry("NW", "kleine-anfrage", title=paragraph("Neu von Bernd")))
        qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 2, timeout=3000)
    finally:
        window.close()
        opened.close()


def test_a_colleague_with_the_same_inquiry_open_is_named(qtbot, tmp_path, pg_url, monkeypatch):
    first = window_on(pg_url, tmp_path / "a", qtbot, monkeypatch, author="anna")
    second = window_on(pg_url, tmp_path / "b", qtbot, monkeypatch, author="bernd")
    try:
        hers, his = first.window, second.window
        created = hers.ops.create("NW", "kleine-anfrage", title="Radwege")
        other = hers.ops.create("NW", "kleine-anfrage", title="Brücken")
        hers.open_inquiry(created.id)
        his.open_inquiry(created.id)
        label = "Wird gerade auch von anna bearbeitet"
        qtbot.waitUntil(lambda: his.editing_label.isVisible(), timeout=8000)
        assert his.editing_label.text() == label
        qtbot.waitUntil(
            lambda: hers.editing_label.text().endswith("bernd bearbeitet"), timeout=8000
        )
        # She moves to another inquiry: his soft lock notice goes within a few seconds.
        hers.open_inquiry(other.id)
        qtbot.waitUntil(lambda: not his.editing_label.isVisible(), timeout=8000)
        assert not hers.editing_label.isVisible()
    finally:
        for opened in (first, second):
            opened.window.close()
            opened.close()
