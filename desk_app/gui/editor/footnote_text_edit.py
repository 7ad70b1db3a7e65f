"""A rich text field that holds footnote markers and shares the editor's undo history."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextDocument,
    QUndoStack,
)
from PySide6.QtWidgets import QFrame, QMenu, QTextEdit, QWidget

from desk_app.gui.editor import clipboard
from desk_app.gui.editor.context import EditorContext
from desk_app.gui.editor.document_io import run_format
from desk_app.gui.editor.field_menu import build_menu
from desk_app.gui.editor.footnote_marker import FOOTNOTE_ID, install_handler
from desk_app.gui.editor.spelling import SpellChecker, checker_for, install_highlighter
from desk_app.gui.editor.undo import handle_undo_keys, reroute_menu


class FootnoteTextEdit(QTextEdit):
    """Edit rich text with footnote markers; grows with its content instead of scrolling."""

    focused = Signal(object)  # this field got the keyboard focus

    def __init__(
        self,
        context: EditorContext,
        *,
        single_line: bool = False,
        holds_markers: bool = True,
        document: QTextDocument | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if document is not None:
            self.setDocument(document)
        self._context = context
        self.single_line = single_line
        self.holds_markers = holds_markers
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        install_handler(self.document(), context.handler)
        context.mirror.track(self.document())
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.currentCharFormatChanged.connect(self._no_marker_typing)
        self.spelling: SpellChecker = checker_for(context.stack)
        install_highlighter(self.document(), self.spelling)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._content_height())

    def _content_height(self) -> int:
        height = self.document().documentLayout().documentSize().height()
        return int(height) + 2 * self.frameWidth() + 2

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A new width rewraps the text; the size signal may come before the width settled.
        self._fit_height()

    def _fit_height(self) -> None:
        self.setFixedHeight(max(self._content_height(), self.fontMetrics().height() + 10))

    def _no_marker_typing(self, fmt: QTextCharFormat) -> None:
        # Next to a marker the cursor picks up its format; typed letters must not. With a
        # selection setCurrentCharFormat would reformat the selected markers themselves.
        if self.textCursor().hasSelection():
            return
        if fmt.hasProperty(FOOTNOTE_ID) or fmt.isImageFormat() or fmt.objectType():
            clean = run_format(fmt.fontWeight() > 500, fmt.fontItalic())
            self.setCurrentCharFormat(clean)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if handle_undo_keys(event, self._context.stack):
            return
        if self.single_line and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The first field on screen starts the dictionary loading, off the GUI thread.
        self.spelling.start_loading()

    def undo_stack(self) -> QUndoStack:
        """Return the undo history this field shares with its editor."""
        return self._context.stack

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """Return the context menu for a click at a viewport point: spelling, edits, notes."""
        menu = build_menu(self, pos, self.spelling)
        reroute_menu(menu, self._context.stack)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def createMimeDataFromSelection(self) -> QMimeData:
        pool = self._context.pool if self.holds_markers else None
        return clipboard.mime_from_selection(self.textCursor(), pool)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasFormat(clipboard.MIME_TYPE) or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        pool = self._context.pool if self.holds_markers else None
        numbering = self._context.numbering
        cursor = self.textCursor()
        clipboard.paste(
            cursor,
            source,
            pool,
            lambda fid: numbering.number(fid) is not None,
            single_line=self.single_line,
        )
        self.setTextCursor(cursor)
