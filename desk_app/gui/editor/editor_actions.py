"""The editor's actions with their shortcuts: footnote, formatting, questions, undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat, QUndoStack
from PySide6.QtWidgets import QToolBar, QWidget

from desk_app.gui.editor.document_io import block_format, paragraph_style
from desk_app.gui.editor.field_menu import requests_for
from desk_app.gui.editor.footnote_text_edit import FootnoteTextEdit
from desk_app.gui.editor.questions_widget import QuestionsWidget
from desk_app.model import ParagraphStyle

# Return the rich field the user works in; True lets a footnote's own field count.
FieldFinder = Callable[[bool], FootnoteTextEdit | None]


class EditorActions:
    """Own the editor's actions; they reach the editor only through what they are given."""

    # Strings keep the translation context "InquiryEditor" that the .ts file names.

    def __init__(
        self,
        owner: QWidget,
        questions: QuestionsWidget,
        stack: QUndoStack,
        insert_footnote: Callable[[], object],
        current_field: FieldFinder,
    ) -> None:
        self._owner = owner
        self._current_field = current_field
        self.insert_footnote = self._action(
            QCoreApplication.translate("InquiryEditor", "Fußnote"), "Ctrl+Alt+F", insert_footnote
        )
        self.insert_footnote.setToolTip(
            QCoreApplication.translate("InquiryEditor", "Fußnote an der Cursorposition einfügen")
        )
        # The fields' context menus offer the same action as "Fußnote einfügen".
        requests_for(stack).insert_footnote = self.insert_footnote
        self.bold = self._action(
            QCoreApplication.translate("InquiryEditor", "Fett"), "Ctrl+B", self.toggle_bold
        )
        self.italic = self._action(
            QCoreApplication.translate("InquiryEditor", "Kursiv"), "Ctrl+I", self.toggle_italic
        )
        self.quote = self._action(
            QCoreApplication.translate("InquiryEditor", "Zitat"), None, self.toggle_quote
        )
        for action in (self.bold, self.italic):
            action.setCheckable(True)
        self.add_question = self._action(
            QCoreApplication.translate("InquiryEditor", "Frage hinzufügen"),
            None,
            questions.add_question,
        )
        self.delete_question = self._action(
            QCoreApplication.translate("InquiryEditor", "Frage löschen"),
            None,
            questions.delete_question,
        )
        self.move_question_up = self._action(
            QCoreApplication.translate("InquiryEditor", "Frage nach oben"),
            "Alt+Up",
            lambda: questions.move_current(-1),
        )
        self.move_question_down = self._action(
            QCoreApplication.translate("InquiryEditor", "Frage nach unten"),
            "Alt+Down",
            lambda: questions.move_current(1),
        )
        self.add_subquestion = self._action(
            QCoreApplication.translate("InquiryEditor", "Unterfrage hinzufügen"),
            None,
            questions.add_subquestion,
        )
        self.undo = stack.createUndoAction(
            owner, QCoreApplication.translate("InquiryEditor", "Rückgängig")
        )
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = stack.createRedoAction(
            owner, QCoreApplication.translate("InquiryEditor", "Wiederholen")
        )
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo, self.redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            owner.addAction(action)

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._owner)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        # Active while the focus is anywhere in the editor or the panels it is added to.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._owner.addAction(action)
        return action

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        """Put the editor's main actions on a toolbar."""
        for action in (self.undo, self.redo):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.bold, self.italic, self.quote):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.insert_footnote)
        toolbar.addSeparator()
        for action in (self.add_question, self.add_subquestion, self.delete_question):
            toolbar.addAction(action)

    def toggle_bold(self) -> None:
        """Switch bold on or off for the selection (or for what is typed next)."""
        edit = self._current_field(True)
        if edit is not None:
            fmt = QTextCharFormat()
            bold = edit.fontWeight() >= QFont.Weight.Bold
            fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
            edit.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        """Switch italic on or off for the selection (or for what is typed next)."""
        edit = self._current_field(True)
        if edit is not None:
            fmt = QTextCharFormat()
            fmt.setFontItalic(not edit.fontItalic())
            edit.mergeCurrentCharFormat(fmt)

    def toggle_quote(self) -> None:
        """Set the selected paragraphs as a quotation, or back as body text."""
        edit = self._current_field(False)
        if edit is None or edit.single_line:
            return
        cursor = edit.textCursor()
        quoted = paragraph_style(cursor.blockFormat()) == ParagraphStyle.QUOTE
        style = ParagraphStyle.BODY if quoted else ParagraphStyle.QUOTE
        cursor.mergeBlockFormat(block_format(style))

    def show_format_state(self, fmt: QTextCharFormat) -> None:
        """Check the bold and italic buttons as the text at the cursor is set."""
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.italic.setChecked(fmt.fontItalic())
