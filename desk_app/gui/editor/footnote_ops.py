"""Edits on footnotes that span fields: insert a marker, merge two notes, write "ebd."."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QUndoStack

from desk_app.gui.editor.document_io import run_format
from desk_app.gui.editor.footnote_marker import OBJECT_CHAR, marker_format, markers
from desk_app.gui.editor.footnote_numbering import FootnoteNumbering
from desk_app.gui.editor.footnote_text_edit import FootnoteTextEdit
from desk_app.gui.editor.note_pool import NotePool


def insert_marker(edit: FootnoteTextEdit, pool: NotePool) -> str:
    """Create a note and put its marker after the cursor (or selection); return the note's id."""
    footnote_id = pool.create()
    cursor = edit.textCursor()
    format_before = cursor.charFormat()
    cursor.clearSelection()
    cursor.setPosition(max(edit.textCursor().selectionEnd(), edit.textCursor().position()))
    cursor.insertText(OBJECT_CHAR, marker_format(footnote_id))
    edit.setTextCursor(cursor)
    edit.setCurrentCharFormat(
        run_format(format_before.fontWeight() > 500, format_before.fontItalic())
    )
    return footnote_id


def merge_notes(
    numbering: FootnoteNumbering, stack: QUndoStack, source: str, target: str, label: str
) -> None:
    """Point every marker of one note at another note, as one undo step."""
    stack.beginMacro(label)
    for doc in numbering.documents():
        positions = [pos for pos, fid in markers(doc) if fid == source]
        if not positions:
            continue
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for position in positions:
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(marker_format(target))
        cursor.endEditBlock()
    stack.endMacro()


def write_ibidem(pool: NotePool, footnote_id: str, source_id: str, text: str) -> None:
    """Replace a note's text by "Ebd." while it keeps citing the same source."""
    pool.set_base_source(footnote_id, source_id)
    cursor = QTextCursor(pool.document(footnote_id))
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text, run_format())
