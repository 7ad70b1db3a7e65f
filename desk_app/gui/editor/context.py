"""The objects every field of one editor shares: history, numbering, notes, marker drawing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from desk_app.gui.editor.footnote_marker import FootnoteMarkerHandler
from desk_app.gui.editor.footnote_numbering import FootnoteNumbering
from desk_app.gui.editor.note_pool import NotePool
from desk_app.gui.editor.undo import UndoMirror


@dataclass(slots=True)
class EditorContext:
    """Hold what the fields of one editor share."""

    stack: QUndoStack
    mirror: UndoMirror
    numbering: FootnoteNumbering
    handler: FootnoteMarkerHandler
    pool: NotePool


def make_context(owner: QObject, typing_label: str, today: Callable[[], date]) -> EditorContext:
    """Build the shared objects of one editor, owned by a widget."""
    stack = QUndoStack(owner)
    mirror = UndoMirror(stack, typing_label, owner)
    numbering = FootnoteNumbering(owner)
    handler = FootnoteMarkerHandler(numbering.label, owner)
    pool = NotePool(today, owner)
    pool.on_new_document = mirror.track
    return EditorContext(stack, mirror, numbering, handler, pool)
