"""The screen of a widget is found without binding the application's screen to the widget."""

from __future__ import annotations

import re
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desk_app.gui.screens import available_room, screen_of

GUI = Path(__file__).resolve().parents[2] / "desk_app" / "gui"


def _deleted_by_qt(widget: QWidget) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_screen_found_stays_valid_after_qt_deletes_the_widget(qapp):
    owner = QWidget()
    dialog = QDialog(owner)
    screen = screen_of(dialog)
    assert screen is QApplication.primaryScreen()
    assert available_room(dialog).width() > 0
    _deleted_by_qt(owner)
    assert shiboken6.isValid(screen)  # still the application's screen, not the dialog's child
    assert screen.name() == QApplication.primaryScreen().name()


def test_qwidget_screen_still_binds_the_screen_to_the_widget(qapp):
    """PySide's behaviour that screens.py works around; when this fails, it can go."""
    owner = QWidget()
    dialog = QDialog(owner)
    screen = dialog.screen()
    _deleted_by_qt(owner)
    assert not shiboken6.isValid(screen)


def test_no_window_code_asks_a_widget_for_its_screen():
    calls = [
        f"{path.relative_to(GUI)}:{number}"
        for path in GUI.rglob("*.py")
        if path.name != "screens.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.screen\(\)", line)
    ]
    assert calls == []
