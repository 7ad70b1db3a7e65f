"""A search that finds nothing says so in the list, and the message goes with the search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.gui.list_panel import SEARCH_DELAY_MS
from tests.gui.editor.typing import type_text


@pytest.fixture
def panel(session, qtbot):
    window = session.window
    for title in ("Radwege im Münsterland", "Unterrichtsausfall an Grundschulen"):
        window.ops.create("NW", "kleine-anfrage", title=title)
    panel = window.list_panel
    window.left_tabs.setCurrentWidget(window.left_tabs.widget(0))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    return panel


def search(qtbot, panel, text: str) -> None:
    """Type into the search field like a user and wait for the list to follow."""
    panel.search_field.setFocus()
    type_text(qtbot, panel.search_field, text)
    qtbot.wait(SEARCH_DELAY_MS + 100)


def test_a_search_without_hits_says_so_in_the_list(panel, qtbot):
    search(qtbot, panel, "Zeppelinhafen")
    assert panel.model.rowCount() == 0
    assert panel.no_hits_label.isVisible()
    assert panel.no_hits_label.text() == "Keine Treffer für „Zeppelinhafen“"
    # It sits inside the list, where the rows would be.
    viewport = panel.view.viewport()
    assert panel.no_hits_label.parentWidget() is viewport
    assert viewport.rect().contains(panel.no_hits_label.geometry())
    label = panel.no_hits_label
    assert label.heightForWidth(label.width()) <= label.height()


def test_clearing_the_search_clears_the_message_and_lists_all_again(panel, qtbot):
    search(qtbot, panel, "Zeppelinhafen")
    assert panel.no_hits_label.isVisible()
    qtbot.keyClick(panel.search_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert not panel.no_hits_label.isVisible()
    assert panel.count_label.text() == "2 Anfragen"


def test_a_search_with_hits_shows_no_message(panel, qtbot):
    search(qtbot, panel, "Zeppelinhafen")
    qtbot.keyClick(panel.search_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    search(qtbot, panel, "Radwege")
    assert panel.model.rowCount() == 1
    assert not panel.no_hits_label.isVisible()
