"""A plain multi-line field outside the editor with the German spell check (office notes)."""

from __future__ import annotations

from PySide6.QtGui import QContextMenuEvent, QShowEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desk_app.gui.editor.field_menu import add_spelling
from desk_app.gui.editor.spelling import checker_for, install_highlighter


class SpelledPlainTextEdit(QPlainTextEdit):
    """Underline unknown words and offer suggestions in the context menu, as the editor does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spelling = checker_for(self)
        install_highlighter(self.document(), self.spelling)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.spelling.start_loading()  # in the background, once; not before it is seen

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        add_spelling(menu, self, event.pos(), self.spelling)
        menu.exec(event.globalPos())
        menu.deleteLater()
