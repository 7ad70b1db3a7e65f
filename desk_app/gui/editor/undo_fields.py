"""Plain fields (line and multi-line) whose edits land in the editor's one history."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QUndoStack
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from desk_app.gui.editor.field_menu import add_spelling
from desk_app.gui.editor.spelling import checker_for, install_highlighter
from desk_app.gui.editor.undo import LineTextCommand, UndoMirror, handle_undo_keys, reroute_menu


class UndoLineEdit(QLineEdit):
    """A line edit whose typing is undone through the shared stack, not its own."""

    def __init__(self, stack: QUndoStack, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._label = label
        self._before = ""
        self.textEdited.connect(self._record)
        self.textChanged.connect(self._remember)

    def set_text_silently(self, text: str) -> None:
        """Set the text without an undo step (loading)."""
        self.setText(text)
        self.setCursorPosition(0)  # a loaded party or lead-in reads from its start
        self._before = text

    def _remember(self, text: str) -> None:
        if not self.isModified():  # set by load, undo or redo, not typed
            self._before = text

    def _record(self, text: str) -> None:
        old, self._before = self._before, text
        self._stack.push(LineTextCommand(self, old, text, self._label))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not handle_undo_keys(event, self._stack):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        reroute_menu(menu, self._stack)
        menu.exec(event.globalPos())
        menu.deleteLater()


class UndoPlainTextEdit(QPlainTextEdit):
    """A plain multi-line field whose document steps are mirrored into the shared stack."""

    def __init__(
        self, stack: QUndoStack, mirror: UndoMirror, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._stack = stack
        mirror.track(self.document())
        # The same German spell check as the editor's rich fields (the signature's names).
        self.spelling = checker_for(stack)
        install_highlighter(self.document(), self.spelling)

    def set_text_silently(self, text: str) -> None:
        """Set the text without an undo step (loading)."""
        self.document().setUndoRedoEnabled(False)
        self.setPlainText(text)
        self.document().setUndoRedoEnabled(True)
        self.document().setModified(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not handle_undo_keys(event, self._stack):
            super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.insertPlainText(source.text())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        reroute_menu(menu, self._stack)
        add_spelling(menu, self, event.pos(), self.spelling)
        menu.exec(event.globalPos())
        menu.deleteLater()
