"""The editor's actions with their shortcuts: footnote, formatting, questions, undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import QToolBar

from desk_app.gui.editor.document_io import block_format, paragraph_style
from desk_app.model import ParagraphStyle

if TYPE_CHECKING:
    from desk_app.gui.editor.inquiry_editor import InquiryEditor


def _action(
    editor: InquiryEditor, text: str, shortcut: QKeySequence | None, slot: Callable[[], object]
) -> QAction:
    action = QAction(text, editor)
    if shortcut is not None:
        action.setShortcut(shortcut)
    # Active while the focus is anywhere in the editor or the panels it is added to.
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    editor.addAction(action)
    return action


def create_actions(editor: InquiryEditor) -> None:
    """Create the editor's actions as attributes of the editor."""
    questions = editor.questions
    editor.insert_footnote_action = _action(
        editor,
        QCoreApplication.translate("InquiryEditor", "Fußnote"),
        QKeySequence("Ctrl+Alt+F"),
        editor.insert_footnote,
    )
    editor.insert_footnote_action.setToolTip(
        QCoreApplication.translate("InquiryEditor", "Fußnote an der Cursorposition einfügen")
    )
    editor.bold_action = _action(
        editor,
        QCoreApplication.translate("InquiryEditor", "Fett"),
        QKeySequence("Ctrl+B"),
        lambda: toggle_bold(editor),
    )
    editor.italic_action = _action(
        editor,
        QCoreApplication.translate("InquiryEditor", "Kursiv"),
        QKeySequence("Ctrl+I"),
        lambda: toggle_italic(editor),
    )
    editor.quote_action = _action(
        editor,
        QCoreApplication.translate("InquiryEditor", "Zitat"),
        None,
        lambda: toggle_quote(editor),
    )
    for action in (editor.bold_action, editor.italic_action):
        action.setCheckable(True)
    editor.add_question_action = _action(
        editor,
        QCoreApplication.translate("InquiryEditor", "Frage hinzufügen"),
        None,
        questions.add_question,
    )
    editor.delete_question_action = _action(
        editor,
        QCoreApplication.translate("InquiryEditor", "Frage löschen"),
        None,
        questions.delete_question,
    )
    editor.move_question_up_action = _action(
        editor,
        QCoreApplication.translate("InquiryEditor", "Frage nach oben"),
        QKeySequence("Alt+Up"),
        lambda: questions.move_current(-1),
    )
    editor.move_question_down_action = _action(
        editor,
        QCoreApplication.translate("InquiryEditor", "Frage nach unten"),
        QKeySequence("Alt+Down"),
        lambda: questions.move_current(1),
    )
    editor.add_subquestion_action = _action(
        editor,
        QCoreApplication.translate("InquiryEditor", "Unterfrage hinzufügen"),
        None,
        questions.add_subquestion,
    )
    stack = editor.undo_stack()
    editor.undo_action = stack.createUndoAction(
        editor, QCoreApplication.translate("InquiryEditor", "Rückgängig")
    )
    editor.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    editor.redo_action = stack.createRedoAction(
        editor, QCoreApplication.translate("InquiryEditor", "Wiederholen")
    )
    editor.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
    for action in (editor.undo_action, editor.redo_action):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        editor.addAction(action)


def fill_toolbar(editor: InquiryEditor, toolbar: QToolBar) -> None:
    """Put the editor's main actions on a toolbar."""
    for action in (editor.undo_action, editor.redo_action):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for action in (editor.bold_action, editor.italic_action, editor.quote_action):
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addAction(editor.insert_footnote_action)
    toolbar.addSeparator()
    for action in (editor.add_question_action, editor.add_subquestion_action):
        toolbar.addAction(action)
    toolbar.addAction(editor.delete_question_action)


def toggle_bold(editor: InquiryEditor) -> None:
    """Switch bold on or off for the selection (or for what is typed next)."""
    edit = editor.current_text_field(notes_too=True)
    if edit is not None:
        fmt = QTextCharFormat()
        bold = edit.fontWeight() >= QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        edit.mergeCurrentCharFormat(fmt)


def toggle_italic(editor: InquiryEditor) -> None:
    """Switch italic on or off for the selection (or for what is typed next)."""
    edit = editor.current_text_field(notes_too=True)
    if edit is not None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not edit.fontItalic())
        edit.mergeCurrentCharFormat(fmt)


def toggle_quote(editor: InquiryEditor) -> None:
    """Set the selected paragraphs as a quotation, or back as body text."""
    edit = editor.current_text_field()
    if edit is None or edit.single_line:
        return
    cursor = edit.textCursor()
    quoted = paragraph_style(cursor.blockFormat()) == ParagraphStyle.QUOTE
    cursor.mergeBlockFormat(block_format(ParagraphStyle.BODY if quoted else ParagraphStyle.QUOTE))


def show_format_state(editor: InquiryEditor, fmt: QTextCharFormat) -> None:
    """Check the bold and italic buttons as the text at the cursor is set."""
    editor.bold_action.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
    editor.italic_action.setChecked(fmt.fontItalic())
