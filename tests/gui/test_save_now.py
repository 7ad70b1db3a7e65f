"""Ctrl+S saves at once, and the status bar and the title say whether all is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desk_app.gui.autosave import Autosave
from tests.gui.editor.typing import put_cursor, type_text


def _file_action(window, text):
    file_menu = window.menuBar().actions()[0].menu()
    return next(action for action in file_menu.actions() if action.text() == text)


def test_ctrl_s_saves_at_once_and_the_indicator_follows(session, qtbot):
    window = session.window
    created = window.ops.create("NW", "kleine-anfrage", title="Radwege")
    window.open_inquiry(created.id)
    indicator = window.save_indicator
    assert indicator.text() == "Gespeichert" and indicator.isVisible()
    assert not window.isWindowModified()
    assert window.windowTitle() == "Anfragen-Desk[*]"  # Qt shows "*" there while unsaved

    put_cursor(window.editor.title_edit)
    type_text(qtbot, window.editor.title_edit, " in Köln")
    assert indicator.text() == "Ungespeichert"
    assert window.isWindowModified()
    assert plain_title(window.ops.get(created.id)) == "Radwege"  # the autosave still waits

    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # Saved by the key, not by the autosave a second later.
    assert plain_title(window.ops.get(created.id)) == "Radwege in Köln"
    assert indicator.text() == "Gespeichert"
    assert not window.isWindowModified()
    assert window.statusBar().currentMessage() == "Gespeichert"


def test_the_autosave_turns_the_indicator_back_to_saved(session, qtbot):
    window = session.window
    created = window.ops.create("NW", "kleine-anfrage", title="Schulen")
    window.open_inquiry(created.id)
    put_cursor(window.editor.title_edit)
    type_text(qtbot, window.editor.title_edit, "bau")
    assert window.save_indicator.text() == "Ungespeichert"
    qtbot.waitUntil(lambda: window.save_indicator.text() == "Gespeichert", timeout=3000)
    assert plain_title(window.ops.get(created.id)) == "Schulenbau"
    assert not window.isWindowModified()


def test_the_file_menu_offers_saving_with_the_platform_key(session):
    save = _file_action(session.window, "&Speichern")
    assert save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert save.isEnabled()


def test_a_failed_save_stays_unsaved_until_one_works(qtbot):
    states: list[bool] = []
    disk_full = [True]

    def save() -> None:
        if disk_full[0]:
            autosave.mark_dirty()  # as the window does when the store refuses the save

    autosave = Autosave(save, interval_ms=60_000)
    autosave.dirty_changed.connect(states.append)
    saved: list[bool] = []
    autosave.saved.connect(lambda: saved.append(True))
    autosave.mark_dirty()
    autosave.flush()
    assert autosave.is_dirty() and states == [True] and saved == []
    disk_full[0] = False
    autosave.flush()
    assert not autosave.is_dirty() and states == [True, False] and saved == [True]
    autosave.discard()
    assert states == [True, False]  # nothing changed: nothing to tell


def plain_title(inquiry) -> str:
    return "".join(getattr(inline, "text", "") for inline in inquiry.title.inlines)
