"""The numbered questions: add, delete, reorder by drag and keyboard, sub-questions a, b, c.

Enter at the end of a question starts the next question, as in an outliner; at the
end of a sub-question it starts the next sub-question, and in an empty sub-question
it turns that line into a question of its own. Enter anywhere else, and Shift+Enter
everywhere, start a new paragraph inside the field, as Enter did before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desk_app.gui.editor.context import EditorContext
from desk_app.gui.editor.footnote_text_edit import FootnoteTextEdit
from desk_app.gui.editor.question_box import QUESTION_MIME, QuestionBox, SubquestionRow
from desk_app.gui.editor.undo import CallbackCommand
from desk_app.model import Question, question_label


class QuestionsWidget(QWidget):
    """List the questions; every structural change is one undoable step."""

    structure_changed = Signal()  # questions were added, removed or moved
    field_focused = Signal(object)  # a question's text field got the focus

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._sub_form = "{label})"
        self.boxes: list[QuestionBox] = []
        self._current: QuestionBox | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)  # a question's own margins add the rest of the gap
        self.setAcceptDrops(True)

    def load(self, questions: list[Question], sub_form: str) -> None:
        """Show these questions instead of the current ones."""
        for box in self.boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        self._current = None
        self._sub_form = sub_form
        for question in questions:
            self._attach(len(self.boxes), self._make_box(question))

    def questions(self) -> list[Question]:
        """Return the questions in their current order."""
        return [box.question() for box in self.boxes]

    def edits(self) -> list[FootnoteTextEdit]:
        """Return every question and sub-question field in reading order."""
        return [edit for box in self.boxes for edit in box.edits()]

    def current_index(self) -> int:
        """Return the position of the question the user works in, or -1."""
        return self.boxes.index(self._current) if self._current in self.boxes else -1

    def add_question(self, index: int | None = None) -> FootnoteTextEdit:
        """Add an empty question at a position (by default after the current one) and focus it."""
        if index is None:
            current = self.current_index()
            index = current + 1 if current >= 0 else len(self.boxes)
        box = self._make_box(Question())
        self._push(
            self.tr("Frage hinzufügen"),
            lambda: self._attach(index, box),
            lambda: self._detach(box),
        )
        box.edit.setFocus()
        return box.edit

    def delete_question(self, index: int | None = None) -> None:
        """Delete a question (the current one by default)."""
        index = self.current_index() if index is None else index
        if not 0 <= index < len(self.boxes):
            return
        box = self.boxes[index]
        self._push(
            self.tr("Frage löschen"),
            lambda: self._detach(box),
            lambda: self._attach(index, box),
        )

    def move_question(self, source: int, target: int) -> None:
        """Move a question from one position to another."""
        if source == target or not (
            0 <= source < len(self.boxes) and 0 <= target < len(self.boxes)
        ):
            return
        box = self.boxes[source]

        def move(to: int) -> Callable[[], None]:
            return lambda: self._relocate(box, to)

        self._push(self.tr("Frage verschieben"), move(target), move(source))

    def move_current(self, step: int) -> None:
        """Move the current question up (-1) or down (+1), keeping the cursor in it."""
        index = self.current_index()
        if index >= 0:
            focus = self.focusWidget()
            self.move_question(index, index + step)
            if focus is not None:
                focus.setFocus()

    def add_subquestion(self, position: int | None = None) -> FootnoteTextEdit | None:
        """Add a sub-question to the current question (at the end by default) and focus it."""
        index = self.current_index()
        if index < 0:
            return None
        box = self.boxes[index]
        row = box.make_sub([])
        self._watch_row(row)
        position = len(box.subs) if position is None else position
        self._push(
            self.tr("Unterfrage hinzufügen"),
            lambda: box.attach_sub(position, row),
            lambda: box.detach_sub(row),
        )
        row.edit.setFocus()
        return row.edit

    def delete_subquestion(self, row: SubquestionRow) -> None:
        """Delete one sub-question."""
        box = next(b for b in self.boxes if row in b.subs)
        position = box.subs.index(row)
        self._push(
            self.tr("Unterfrage löschen"),
            lambda: box.detach_sub(row),
            lambda: box.attach_sub(position, row),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, FootnoteTextEdit)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return self._enter(watched, event.modifiers())
        return super().eventFilter(watched, event)

    def _enter(self, edit: FootnoteTextEdit, modifiers: Qt.KeyboardModifier) -> bool:
        """Handle Enter in a question's field; False leaves the key to the field."""
        modifiers &= ~Qt.KeyboardModifier.KeypadModifier
        cursor = edit.textCursor()
        if modifiers == Qt.KeyboardModifier.ShiftModifier:
            cursor.insertBlock()  # the paragraph Enter used to start
            edit.setTextCursor(cursor)
            edit.ensureCursorVisible()
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if cursor.hasSelection() or not cursor.atEnd():
            return False  # in the middle: a new paragraph, as before
        place = self._place_of(edit)
        if place is None:
            return False
        box, row = place
        index = self.boxes.index(box)
        if row is None:
            self.add_question(index + 1)
        elif edit.document().isEmpty():
            # An empty sub-question left by Enter becomes the next question, like an
            # outliner's empty item that moves out a level: one undo step.
            self._context.stack.beginMacro(self.tr("Frage hinzufügen"))
            self.delete_subquestion(row)
            self.add_question(index + 1)
            self._context.stack.endMacro()
        else:
            self._current = box
            self.add_subquestion(box.subs.index(row) + 1)
        return True

    def _place_of(self, edit: FootnoteTextEdit) -> tuple[QuestionBox, SubquestionRow | None] | None:
        """Return the question a field belongs to, and its sub-question row if it is one."""
        for box in self.boxes:
            if box.edit is edit:
                return box, None
            for row in box.subs:
                if row.edit is edit:
                    return box, row
        return None

    def _push(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        def then(step: Callable[[], object]) -> Callable[[], None]:
            def run() -> None:
                step()
                self._relabel()
                self.structure_changed.emit()

            return run

        self._context.stack.push(CallbackCommand(text, then(do), then(undo)))

    def _make_box(self, question: Question) -> QuestionBox:
        box = QuestionBox(self._context, question, self._sub_form)
        box.edit.focused.connect(lambda edit, b=box: self._focus(b, edit))
        box.edit.installEventFilter(self)
        for row in box.subs:
            self._watch_row(row)
        return box

    def _watch_row(self, row: SubquestionRow) -> None:
        box = row.parentWidget()
        row.edit.focused.connect(lambda edit, b=box: self._focus(b, edit))
        row.delete_requested.connect(self.delete_subquestion)
        row.edit.installEventFilter(self)

    def _focus(self, box: object, edit: object) -> None:
        self._current = box if isinstance(box, QuestionBox) else None
        self.field_focused.emit(edit)

    def _attach(self, index: int, box: QuestionBox) -> None:
        self.boxes.insert(index, box)
        self._layout.insertWidget(index, box)
        box.show()
        self._relabel()

    def _detach(self, box: QuestionBox) -> None:
        self.boxes.remove(box)
        self._layout.removeWidget(box)
        box.hide()
        if self._current is box:
            self._current = None

    def _relocate(self, box: QuestionBox, index: int) -> None:
        self._detach(box)
        self._attach(index, box)
        self._current = box

    def _relabel(self) -> None:
        for index, box in enumerate(self.boxes):
            box.set_number(question_label(index))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(QUESTION_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(QUESTION_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        key = bytes(event.mimeData().data(QUESTION_MIME).data()).decode("ascii")
        source = next((i for i, box in enumerate(self.boxes) if str(id(box)) == key), None)
        if source is None:
            return
        y = event.position().y()
        slot = sum(1 for box in self.boxes if y > box.geometry().center().y())
        self.move_question(source, slot if slot <= source else slot - 1)
        event.acceptProposedAction()
