"""Type like a user: ASCII through key clicks, other characters as text-only key events."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextEdit, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type text into a widget; QTest's key table would abort on non-ASCII characters."""
    for char in text:
        if char.isascii() and char.isprintable():
            qtbot.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def put_cursor(edit: QTextEdit, position: int | None = None) -> None:
    """Focus a text field and put its cursor at a position (default: the end)."""
    edit.setFocus()
    cursor = edit.textCursor()
    if position is None:
        cursor.movePosition(QTextCursor.MoveOperation.End)
    else:
        cursor.setPosition(position)
    edit.setTextCursor(cursor)


def select(edit: QTextEdit, start: int, end: int) -> None:
    """Focus a text field and select a range."""
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
