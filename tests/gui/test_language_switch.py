"""Switching the language from the menu rebuilds the window at once, and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor

from desk_app.gui.language_switch import latest
from desk_app.i18n import current_language
from desk_app.model import plain


def _language_action(window, name: str) -> QAction:
    """Return the menu entry that switches to a language, found as a user finds it."""
    (action,) = [a for a in window.findChildren(QAction) if a.text() == name]
    return action


def test_switching_to_english_keeps_the_typed_text_and_the_open_inquiry(session, qtbot):
    window = session.window
    inquiry = window.ops.create("NW", "kleine-anfrage", title="Windkraft im Münsterland")
    window.open_inquiry(inquiry.id)
    window.left_tabs.setCurrentIndex(1)
    title = window.editor.title_edit
    title.setFocus()
    title.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(title, " und Solar")  # typed, not yet saved by the autosave pause
    assert window.left_tabs.tabText(0) == "Anfragen"

    _language_action(window, "English").trigger()
    english = latest(window)

    assert english is not window and english.isVisible() and not window.isVisible()
    assert current_language() == "en"
    assert english.left_tabs.tabText(0) == "Inquiries"
    assert english.left_tabs.currentIndex() == 1
    assert english.current is not None and english.current.id == inquiry.id
    shown = plain(english.editor.inquiry().title.inlines)
    assert shown == "Windkraft im Münsterland und Solar"
    stored = window.ops.get(inquiry.id)
    assert plain(stored.title.inlines) == "Windkraft im Münsterland und Solar"
    assert session.window.settings.value("ui/language") == "en"


def test_switching_back_gives_german_again_and_the_store_keeps_working(session, qtbot):
    window = session.window
    _language_action(window, "English").trigger()
    english = latest(window)
    _language_action(english, "Deutsch").trigger()
    german = latest(english)
    assert current_language() == "de"
    assert german.left_tabs.tabText(0) == "Anfragen"
    created = german.ops.create("BT", "kleine-anfrage", title="Nach dem Wechsel")
    qtbot.waitUntil(lambda: german.list_panel.view.model().rowCount() == 1, timeout=2_000)
    assert german.ops.get(created.id).parliament == "BT"
    # Only the window on screen hears the store; the replaced ones are gone.
    assert not english.isVisible() and not window.isVisible()


def test_choosing_the_language_already_shown_rebuilds_nothing(session):
    window = session.window
    _language_action(window, "Deutsch").trigger()
    assert latest(window) is window and window.isVisible()
    assert window.editor is not None and Qt.WidgetAttribute.WA_DeleteOnClose
