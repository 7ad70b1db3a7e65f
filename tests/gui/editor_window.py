"""Show an inquiry editor with its footnote panel in one window, as the main window's tabs do."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QWidget

from desk_app.gui.editor import InquiryEditor
from desk_app.model import Inquiry
from desk_app.rules.profile import Parliament


def shown_editor(
    qtbot, windows: list[QWidget], inquiry: Inquiry, parliament: Parliament, today: date
) -> InquiryEditor:
    """Return a shown, focused editor loaded with an inquiry; `windows` keeps its window alive."""
    window = QWidget()
    windows.append(window)
    qtbot.addWidget(window)
    editor = InquiryEditor(window, today=lambda: today)
    layout = QHBoxLayout(window)
    layout.addWidget(editor, 3)
    layout.addWidget(editor.footnote_panel(), 1)
    window.resize(1200, 800)
    window.show()
    editor.load(inquiry, parliament)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # typing needs a focused field
    return editor
