"""One numbered question with its lettered sub-questions, and the grip to drag it by."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.editor.context import EditorContext
from desk_app.gui.editor.document_io import read_text, write_text
from desk_app.gui.editor.footnote_text_edit import FootnoteTextEdit
from desk_app.model import Question, Text, normalize_text, subquestion_label

QUESTION_MIME = "application/x-anfragen-desk-question"


class DragGrip(QLabel):
    """Start dragging its question when pulled with the mouse."""

    def __init__(self, box: QuestionBox) -> None:
        super().__init__("⠿", box)
        self._box = box
        self._press: QPoint | None = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(self.tr("Ziehen, um die Frage zu verschieben (oder Alt+↑/↓)"))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        distance = (event.position().toPoint() - self._press).manhattanLength()
        if distance < QApplication.startDragDistance():
            return
        self._press = None
        mime = QMimeData()
        mime.setData(QUESTION_MIME, str(id(self._box)).encode("ascii"))
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)


class SubquestionRow(QWidget):
    """Hold one sub-question: its letter, its text and a delete button."""

    delete_requested = Signal(object)

    def __init__(self, context: EditorContext, text: Text, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.label.setMinimumWidth(28)
        self.edit = FootnoteTextEdit(context, parent=self)
        write_text(self.edit.document(), text)
        self.remove = QToolButton(self)
        self.remove.setText("×")
        self.remove.setToolTip(self.tr("Unterfrage löschen"))
        self.remove.clicked.connect(lambda: self.delete_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)


class QuestionBox(QFrame):
    """Show one question: number, grip, text and sub-questions."""

    def __init__(self, context: EditorContext, question: Question, sub_form: str) -> None:
        super().__init__()
        self._context = context
        self._sub_form = sub_form
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.number = QLabel(self)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.number.setMinimumWidth(28)
        self.grip = DragGrip(self)
        self.edit = FootnoteTextEdit(context, parent=self)
        self.edit.setAccessibleName(self.tr("Frage"))
        write_text(self.edit.document(), question.text)
        self.subs: list[SubquestionRow] = []
        self._sub_layout = QVBoxLayout()
        self._sub_layout.setContentsMargins(0, 0, 0, 0)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 1, 0, 1)
        grid.addWidget(self.grip, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.number, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.edit, 0, 2)
        grid.addLayout(self._sub_layout, 1, 2)
        grid.setColumnStretch(2, 1)
        for text in question.subquestions:
            self.attach_sub(len(self.subs), self.make_sub(text))

    def make_sub(self, text: Text) -> SubquestionRow:
        """Return a new sub-question row (not yet shown)."""
        return SubquestionRow(self._context, text, self)

    def attach_sub(self, index: int, row: SubquestionRow) -> None:
        """Show a sub-question row at a position."""
        self.subs.insert(index, row)
        self._sub_layout.insertWidget(index, row)
        row.show()
        self.relabel_subs()

    def detach_sub(self, row: SubquestionRow) -> int:
        """Hide a sub-question row (kept for undo) and return where it was."""
        index = self.subs.index(row)
        self.subs.pop(index)
        self._sub_layout.removeWidget(row)
        row.hide()
        self.relabel_subs()
        return index

    def relabel_subs(self) -> None:
        """Letter the sub-questions by position."""
        for index, row in enumerate(self.subs):
            row.label.setText(self._sub_form.replace("{label}", subquestion_label(index)))

    def set_number(self, label: str) -> None:
        """Show the question's number."""
        self.number.setText(f"{label}.")

    def edits(self) -> list[FootnoteTextEdit]:
        """Return the question's text field and its sub-question fields, in reading order."""
        return [self.edit, *(row.edit for row in self.subs)]

    def question(self) -> Question:
        """Return the question as the model's Question."""
        return Question(
            normalize_text(read_text(self.edit.document())),
            [normalize_text(read_text(row.edit.document())) for row in self.subs],
        )
