"""A calm start: what is overdue shows in a badge and a banner, never in a box over the window."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk_app.gui.dashboard import ID_ROLE


def _overdue(window, title: str = "Alte Anfrage zum Wohnungsbau") -> int:
    ops = window.ops
    inquiry = ops.create("NW", "kleine-anfrage", title=title)
    inquiry.dates.submitted = ops.today() - timedelta(days=400)
    inquiry.dates.forwarded = ops.today() - timedelta(days=399)
    ops.save(inquiry)
    assert inquiry.id is not None
    return inquiry.id


def _row_of(dashboard, inquiry_id: int):
    tree = dashboard.tree
    for number in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(number)
        for child in range(group.childCount()):
            if group.child(child).data(0, ID_ROLE) == inquiry_id:
                return group.child(child)
    return None


def test_the_start_notice_covers_nothing(session, qtbot):
    window = session.window
    _overdue(window)
    window._update_status()
    window.show_start_notice()
    qtbot.wait(10)
    assert not [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert window.due_badge.isVisible()
    assert window.due_badge.text() == "⚠ 1 überfällig"
    assert "1 Anfrage ist überfällig" in window.due_badge.toolTip()


def test_the_badge_opens_the_deadlines_and_the_banner_says_what_is_due(session, qtbot):
    window = session.window
    _overdue(window)
    window._update_status()
    qtbot.mouseClick(window.due_badge, Qt.MouseButton.LeftButton)
    assert window.left_tabs.currentIndex() == 1  # "Fristen"
    dashboard = window.dashboard
    assert dashboard.banner.isVisible()
    assert dashboard.banner_label.text() == (
        "Fristen: 1 Anfrage ist überfällig. Details in der Fristenübersicht."
    )
    qtbot.mouseClick(dashboard.banner_close, Qt.MouseButton.LeftButton)
    assert not dashboard.banner.isVisible()
    dashboard.refresh()  # nothing new: it stays away
    assert not dashboard.banner.isVisible()
    _overdue(window, "Noch eine alte Anfrage")
    assert dashboard.banner.isVisible()  # something new is pressing
    assert "2 Anfragen sind überfällig" in dashboard.banner_label.text()


def test_an_old_inquiry_is_no_longer_followed_from_the_dashboard(session, qtbot):
    window = session.window
    first = _overdue(window)
    window.open_inquiry(first)
    window.left_tabs.setCurrentIndex(1)
    dashboard = window.dashboard
    item = _row_of(dashboard, first)
    assert item is not None
    position = dashboard.tree.visualItemRect(item).center()
    dashboard.tree.customContextMenuRequested.emit(position)  # the right click's signal
    menu = dashboard.context_menu
    assert menu is not None and menu.isVisible()
    texts = [action.text() for action in menu.actions()]
    assert texts == ["Öffnen", "Nicht mehr verfolgen"]
    menu.actions()[1].trigger()
    menu.close()
    assert window.ops.get(first).dates.untracked == window.ops.today()
    assert dashboard.groups().overdue_total == 0
    assert _row_of(dashboard, first) is None
    assert not window.due_badge.isVisible()
    assert not dashboard.banner.isVisible()
    # The open inquiry shows the tick, and saving it again keeps it.
    assert window.tracking.untracked.isChecked()
    window.autosave.mark_dirty()
    window.autosave.flush()
    assert window.ops.get(first).dates.untracked == window.ops.today()
