"""The screen a widget is on, found without QWidget.screen().

In PySide6 6.11, `QWidget.screen()` binds the returned QScreen to the widget's
Python object as if it were the widget's child. When Qt deletes the widget, the
screen's Python object is invalidated, and a later garbage collection can
delete the application's QScreen itself; the next window then crashes inside
Qt (docs/TECH_NOTES.md). Asking the application for the screen at a point
gives the same QScreen without that bond.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


def screen_of(widget: QWidget) -> QScreen:
    """Return the screen the widget's window is on (the primary one before it is placed)."""
    window = widget.window()
    centre = window.mapToGlobal(window.rect().center()) if window.isVisible() else None
    found = QGuiApplication.screenAt(centre) if centre is not None else None
    screen = found or QGuiApplication.primaryScreen()
    assert screen is not None  # a QApplication always has one, offscreen too
    return screen


def available_room(widget: QWidget) -> QRect:
    """Return the part of the widget's screen that windows may use."""
    return screen_of(widget).availableGeometry()
