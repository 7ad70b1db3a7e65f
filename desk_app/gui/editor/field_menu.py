"""The context menu of an editor text field: spelling, the standard edits, footnotes."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCursor, QTextDocument, QUndoStack
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desk_app.gui.editor.footnote_marker import OBJECT_CHAR, marker_id
from desk_app.gui.editor.spelling import SpellChecker


class SpelledField(Protocol):
    """Name what the spelling part of a menu asks of a text field (rich or plain)."""

    def cursorForPosition(self, pos: QPoint) -> QTextCursor:
        """Return the cursor at a point of the field."""

    def document(self) -> QTextDocument:
        """Return the field's document."""

    def setTextCursor(self, cursor: QTextCursor) -> None:
        """Move the field's cursor."""

    def window(self) -> QWidget:
        """Return the window the field is in (the parent of a message)."""


class FootnoteTextEdit(Protocol):
    """Name what the menu asks of its field (a protocol: the field imports this module)."""

    holds_markers: bool

    def cursorForPosition(self, pos: QPoint) -> QTextCursor:
        """Return the cursor at a point of the field."""

    def document(self) -> QTextDocument:
        """Return the field's document."""

    def textCursor(self) -> QTextCursor:
        """Return the field's cursor."""

    def setTextCursor(self, cursor: QTextCursor) -> None:
        """Move the field's cursor."""

    def createStandardContextMenu(self, position: QPoint) -> QMenu:
        """Return Qt's own menu of the field for a point."""

    def undo_stack(self) -> QUndoStack:
        """Return the editor's one undo history."""

    def window(self) -> QWidget:
        """Return the window the field is in (the parent of a message)."""


class FieldRequests(QObject):
    """Carry what a field's menu asks of the editor around it (one per editor)."""

    source_requested = Signal(str)  # "Quelle bearbeiten" on a footnote's marker

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.insert_footnote: QAction | None = None  # the editor's own action, when it has one


def requests_for(stack: QUndoStack) -> FieldRequests:
    """Return the requests object of the editor whose fields share this undo history."""
    found = stack.findChild(FieldRequests)
    return found if found is not None else FieldRequests(stack)


def marker_at(edit: FootnoteTextEdit, pos: QPoint) -> str | None:
    """Return the footnote id of the marker under a point of the field, if any."""
    position = edit.cursorForPosition(pos).position()
    doc = edit.document()
    for candidate in (position, position - 1):
        if not 0 <= candidate < doc.characterCount() - 1:
            continue
        if doc.characterAt(candidate) != OBJECT_CHAR:
            continue
        cursor = QTextCursor(doc)
        cursor.setPosition(candidate)
        cursor.setPosition(candidate + 1, QTextCursor.MoveMode.KeepAnchor)
        fid = marker_id(cursor.charFormat())
        if fid is not None:
            return fid
    return None


def _place_cursor(edit: FootnoteTextEdit, pos: QPoint) -> None:
    """Move the cursor where the user clicked, unless the click is inside the selection."""
    clicked = edit.cursorForPosition(pos)
    current = edit.textCursor()
    inside = current.selectionStart() <= clicked.position() <= current.selectionEnd()
    if not (current.hasSelection() and inside):
        edit.setTextCursor(clicked)


def build_menu(edit: FootnoteTextEdit, pos: QPoint, checker: SpellChecker) -> QMenu:
    """Build the field's context menu for a click at a point (in viewport coordinates)."""
    _place_cursor(edit, pos)
    marker = marker_at(edit, pos)
    menu = edit.createStandardContextMenu(pos)
    add_spelling(menu, edit, pos, checker)
    requests = requests_for(edit.undo_stack())
    footnote_actions: list[QAction] = []
    editor_action = requests.insert_footnote
    if edit.holds_markers and editor_action is not None:
        keys = editor_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        insert = QAction(
            QCoreApplication.translate("FieldMenu", "Fußnote einfügen")
            + (f"\t{keys}" if keys else ""),
            menu,
        )
        insert.setObjectName("insert-footnote")
        insert.triggered.connect(lambda _c=False: editor_action.trigger())
        footnote_actions.append(insert)
    if marker is not None:
        source = QAction(QCoreApplication.translate("FieldMenu", "Quelle bearbeiten"), menu)
        source.setObjectName("edit-source")
        source.triggered.connect(lambda _c=False, fid=marker: requests.source_requested.emit(fid))
        footnote_actions.append(source)
    if footnote_actions:
        menu.addSeparator()
        for action in footnote_actions:
            menu.addAction(action)
    return menu


def add_spelling(menu: QMenu, edit: SpelledField, pos: QPoint, checker: SpellChecker) -> None:
    """Put the suggestions for the unknown word under a point at the top of a field's menu."""
    spelling = _spelling_actions(edit, pos, checker, menu)
    if not spelling:
        return
    first = menu.actions()[0] if menu.actions() else None
    if first is None:
        menu.addActions(spelling)
    else:
        menu.insertActions(first, spelling)
        menu.insertSeparator(first)


def _spelling_actions(
    edit: SpelledField, pos: QPoint, checker: SpellChecker, menu: QMenu
) -> list[QAction]:
    """Return suggestions, "add" and "ignore" for an unknown word under the point."""
    if checker.loaded and not checker.available and not checker.missing_reported:
        checker.missing_reported = True
        note = QAction(
            QCoreApplication.translate(
                "FieldMenu", "Rechtschreibprüfung aus: kein deutsches Wörterbuch gefunden"
            ),
            menu,
        )
        note.setEnabled(False)
        return [note]
    cursor = edit.cursorForPosition(pos)
    block = cursor.block()
    found = checker.word_at(block.text(), cursor.positionInBlock())
    if found is None:
        return []
    start, word = found
    begin = block.position() + start
    actions: list[QAction] = []
    suggestions = checker.suggestions(word)
    bold = QFont(menu.font())
    bold.setBold(True)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        action.setFont(bold)
        action.setObjectName("spelling-suggestion")
        action.triggered.connect(
            lambda _c=False, s=suggestion: replace_word(edit, begin, len(word), s)
        )
        actions.append(action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("FieldMenu", "Keine Vorschläge"), menu)
        none.setEnabled(False)
        actions.append(none)
    add = QAction(QCoreApplication.translate("FieldMenu", "Zum Wörterbuch hinzufügen"), menu)
    add.setObjectName("spelling-add")
    add.triggered.connect(lambda _c=False: _add_word(edit, checker, word))
    ignore = QAction(QCoreApplication.translate("FieldMenu", "Ignorieren"), menu)
    ignore.setObjectName("spelling-ignore")
    ignore.triggered.connect(lambda _c=False: checker.ignore(word))
    return [*actions, add, ignore]


def replace_word(edit: SpelledField, begin: int, length: int, replacement: str) -> None:
    """Replace a word by another in the word's own format, as one undoable step."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(begin + 1)
    fmt = cursor.charFormat()  # the format of the word's first letter
    cursor.setPosition(begin)
    cursor.setPosition(begin + length, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(replacement, fmt)
    edit.setTextCursor(cursor)


def _add_word(edit: SpelledField, checker: SpellChecker, word: str) -> None:
    problem = checker.add(word)
    if problem is not None:
        QMessageBox.warning(
            edit.window(), QCoreApplication.translate("FieldMenu", "Wörterbuch"), problem
        )
