"""Our own clipboard format: text with its footnotes, so pasting elsewhere keeps the notes."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor

from desk_app.gui.editor.document_io import insert_text, read_range
from desk_app.gui.editor.note_pool import NotePool, new_id
from desk_app.model import (
    DeskError,
    Footnote,
    FootnoteRef,
    Paragraph,
    Run,
    Source,
    Text,
    footnote_refs,
    plain_text,
)
from desk_app.model.codec import (
    FORMAT_VERSION,
    check_version,
    decode_footnotes,
    decode_sources,
    decode_text,
    encode_footnote,
    encode_sources,
    encode_text,
)

# Renamed with the fragment layout, so an older instance pastes plain text instead of failing.
MIME_TYPE = "application/x-anfragen-desk-fragment+json"


@dataclass(slots=True)
class Fragment:
    """Hold copied text with the footnotes its markers point at and their sources."""

    text: Text
    footnotes: dict[str, Footnote] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)


def encode_fragment(fragment: Fragment) -> dict[str, Any]:
    """Return a fragment as JSON types, in the codec's encoding of text, notes and sources."""
    return {
        "format": FORMAT_VERSION,
        "text": encode_text(fragment.text),
        "footnotes": [encode_footnote(note) for note in fragment.footnotes.values()],
        "sources": encode_sources(fragment.sources),
    }


def decode_fragment(data: Any) -> Fragment:
    """Return the fragment encode_fragment() wrote; raise ValueError or DeskError if unreadable."""
    if not isinstance(data, dict):
        raise ValueError(f"malformed clipboard data: {data!r}")
    check_version(data)
    try:
        return Fragment(
            decode_text(data["text"]),
            decode_footnotes(data.get("footnotes", [])),
            decode_sources(data.get("sources", [])),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"malformed clipboard data: {error!r}") from error


def mime_from_selection(cursor: QTextCursor, pool: NotePool | None) -> QMimeData:
    """Return a new QMimeData with the selection in our format and as plain text."""
    doc = cursor.document()
    fragment = read_range(doc, cursor.selectionStart(), cursor.selectionEnd())
    carrier = Fragment(fragment)
    if pool is not None:
        for fid in dict.fromkeys(footnote_refs(fragment)):
            if fid in pool:
                carrier.footnotes[fid] = pool.footnote(fid)
                source = pool.source(fid)
                if source is not None:
                    carrier.sources[source.id] = source
    mime = QMimeData()
    mime.setData(
        MIME_TYPE, json.dumps(encode_fragment(carrier), ensure_ascii=False).encode("utf-8")
    )
    mime.setText(plain_text(fragment))
    return mime


def paste(
    cursor: QTextCursor,
    mime: QMimeData,
    pool: NotePool | None,
    referenced: Callable[[str], bool],
    single_line: bool = False,
) -> None:
    """Insert clipboard content at a cursor as one undo step, giving copied notes fresh ids."""
    carrier = _read(mime)
    if carrier is not None:
        fragment = _adopt_notes(carrier, pool, referenced)
    else:
        fragment = [Paragraph([Run(line)]) for line in mime.text().splitlines()]
    cursor.beginEditBlock()
    cursor.removeSelectedText()
    insert_text(cursor, fragment, new_blocks=not single_line)
    cursor.endEditBlock()


def _read(mime: QMimeData) -> Fragment | None:
    """Return the fragment in our format, or None when there is none we can read."""
    if not mime.hasFormat(MIME_TYPE):
        return None
    try:
        return decode_fragment(json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8")))
    except (ValueError, DeskError):
        return None  # broken or from a newer version: the plain text still pastes


def _adopt_notes(
    carrier: Fragment, pool: NotePool | None, referenced: Callable[[str], bool]
) -> Text:
    """Return the fragment with its markers pointing at notes of this editor's pool."""
    if pool is None:  # a note's own text holds no markers
        return _rename(carrier.text, {})
    names: dict[str, str] = {}
    for fid in dict.fromkeys(footnote_refs(carrier.text)):
        if fid in pool and not referenced(fid):
            names[fid] = fid  # a cut marker comes back to its own note
            continue
        note = carrier.footnotes.get(fid)
        if note is None:
            continue
        source = carrier.sources.get(note.source_id or "")
        source_id = None
        if source is not None:
            source_id = next(
                (s.id for s in pool.sources.values() if source.url and s.url == source.url),
                None,
            )
            if source_id is None:
                source_id = "s" + new_id()
                source.id = source_id
                pool.sources[source_id] = source
        names[fid] = pool.add(new_id(), note.text, source_id)
    return _rename(carrier.text, names)


def _rename(text: Text, names: dict[str, str]) -> Text:
    """Return a text whose markers use new ids; markers without a note are dropped."""
    return [
        Paragraph(
            [
                FootnoteRef(names[item.footnote_id]) if isinstance(item, FootnoteRef) else item
                for item in para.inlines
                if not isinstance(item, FootnoteRef) or item.footnote_id in names
            ],
            para.style,
        )
        for para in text
    ]
