"""One undo history for the whole editor: documents' own steps mirrored, plus structural edits."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextDocument, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit, QMenu


class DocumentEditCommand(QUndoCommand):
    """Stand for one undo step a document recorded on its own stack."""

    def __init__(self, doc: QTextDocument, text: str) -> None:
        super().__init__(text)
        self.doc = doc
        self._done = True  # the document already did the edit before telling us

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.doc.redo()

    def undo(self) -> None:
        self.doc.undo()


class CallbackCommand(QUndoCommand):
    """Run a pair of functions as one undoable structural edit."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class LineTextCommand(QUndoCommand):
    """Change a line edit's text; consecutive typing in one field merges into one step."""

    MERGE_ID = 0x4C45

    def __init__(self, edit: QLineEdit, old: str, new: str, text: str) -> None:
        super().__init__(text)
        self.edit = edit
        self.old = old
        self.new = new
        self.open = True

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (self.open and isinstance(other, LineTextCommand) and other.edit is self.edit):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self.edit.text() != self.new:
            self.edit.setText(self.new)

    def undo(self) -> None:
        self.open = False
        self.edit.setText(self.old)


class UndoMirror(QObject):
    """Mirror documents' undo steps into one QUndoStack, in the order they happen."""

    document_changed = Signal()  # any tracked document's content or formatting changed

    def __init__(self, stack: QUndoStack, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._label = label
        self._docs: list[QTextDocument] = []
        self._pushing: QTextDocument | None = None
        stack.indexChanged.connect(self._break_merges)

    def track(self, doc: QTextDocument) -> None:
        """Mirror a document's future undo steps (once per document)."""
        if any(doc is known for known in self._docs):
            return
        self._docs.append(doc)
        doc.undoCommandAdded.connect(lambda d=doc: self._on_added(d))
        doc.destroyed.connect(lambda _obj=None, d=doc: self._forget(d))
        doc.contentsChanged.connect(self.document_changed)

    def _forget(self, doc: QTextDocument) -> None:
        self._docs = [known for known in self._docs if known is not doc]

    def _on_added(self, doc: QTextDocument) -> None:
        self._pushing = doc
        try:
            self._stack.push(DocumentEditCommand(doc, self._label))
        finally:
            self._pushing = None

    def _break_merges(self) -> None:
        # A document merges typing into its last step while it is "modified"; once
        # anything else entered the history, that step must stay separate.
        for doc in self._docs:
            # While the editor is torn down its documents may go before the stack does.
            if doc is not self._pushing and shiboken6.isValid(doc):
                doc.setModified(False)


def handle_undo_keys(event: QKeyEvent, stack: QUndoStack) -> bool:
    """Send Ctrl+Z / redo keys to the shared stack; tell whether the key was one of them."""
    if event.matches(QKeySequence.StandardKey.Undo):
        stack.undo()
        return True
    if event.matches(QKeySequence.StandardKey.Redo):
        stack.redo()
        return True
    return False


def reroute_menu(menu: QMenu, stack: QUndoStack) -> None:
    """Make a standard context menu's undo/redo entries use the shared stack."""
    for action in menu.actions():
        name = action.objectName()
        if name in ("edit-undo", "edit-redo"):
            action.triggered.disconnect()
            undo = name == "edit-undo"
            action.setEnabled(stack.canUndo() if undo else stack.canRedo())
            action.triggered.connect(stack.undo if undo else stack.redo)
