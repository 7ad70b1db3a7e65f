"""Plain fields (line and multi-line) whose edits land in the editor's one history."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QResizeEvent, QUndoStack
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


class UndoLineField(UndoPlainTextEdit):
    """A one-paragraph field (the lead-in sentence) that wraps, is spell checked and undoes.

    It replaces a line edit, which can neither underline a word nor show a long
    sentence whole: Enter starts no new paragraph, pasted lines are joined, and
    the field is as tall as its wrapped text.
    """

    def __init__(
        self, stack: QUndoStack, mirror: UndoMirror, parent: QWidget | None = None
    ) -> None:
        super().__init__(stack, mirror, parent)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().contentsChanged.connect(self._fit_later)
        self._fit_later()

    def text(self) -> str:
        """Return the field's text, as the line edit it replaces did."""
        return self.toPlainText()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # one paragraph: the sentence goes on, no new line
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.insertPlainText(" ".join(source.text().split()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_later()  # a new width wraps the sentence anew

    def _fit_later(self) -> None:
        QTimer.singleShot(0, self._fit)  # once the layout has wrapped the change

    def _fit(self) -> None:
        lines = 0
        block = self.document().begin()
        while block.isValid():
            lines += max(block.layout().lineCount(), 1)
            block = block.next()
        margin = int(self.document().documentMargin())
        height = max(lines, 1) * self.fontMetrics().lineSpacing()
        self.setFixedHeight(height + 2 * (self.frameWidth() + margin) + 2)
