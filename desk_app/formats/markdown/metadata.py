"""Convert an inquiry's metadata (everything but the body) to JSON values and back.

The values are the model codec's, with two deliberate differences: texts are
Markdown strings (MARKDOWN), and the front matter lists only the dates that
are set, in the order a reader of the file expects them.
"""

from __future__ import annotations

from typing import Any

from desk_app.formats.markdown.blocks import text_from_markdown
from desk_app.formats.markdown.inline import text_to_markdown
from desk_app.model import DATE_FIELDS, Inquiry, ParagraphStyle, Text, TextForm
from desk_app.model.codec import (
    decode_answer,
    decode_field,
    encode_answer,
    encode_dates,
    encode_originators,
    encode_sources,
)

# Keys whose JSON value is the codec's own; `id` is the database's and stays out.
_SHARED_KEYS = frozenset(
    (
        "term",
        "number",
        "drucksache",
        "originators",
        "faction",
        "lead_in",
        "sources",
        "signature",
        "dates",
        "lead_ministry",
        "withdrawn",
        "notes",
        "originator_intro",
    )
)
# The front matter's key orders predate the codec; changing them would change every export.
_DATE_KEYS = (*DATE_FIELDS, "answer_drucksache", "extensions")
_SOURCE_KEYS = ("id", "url", "title", "publisher", "archive_url", "accessed")


def _markdown(value: Any) -> Text:
    """Read a text written as a Markdown string."""
    if not isinstance(value, str):
        raise ValueError(value)
    return text_from_markdown(value)


MARKDOWN = TextForm(text_to_markdown, _markdown)


def metadata_to_json(inquiry: Inquiry) -> dict[str, Any]:
    """Return the metadata of an inquiry (all but its body) as JSON values."""
    dates = encode_dates(inquiry.dates)
    metadata: dict[str, Any] = {
        "parliament": inquiry.parliament,
        "kind": inquiry.kind,
        "term": inquiry.term,
        "number": inquiry.number,
        "drucksache": inquiry.drucksache,
        "originators": encode_originators(inquiry.originators),
        "faction": inquiry.faction,
        # Unset dates would be a dozen lines of null in every file.
        "dates": {key: dates[key] for key in _DATE_KEYS if dates.get(key) not in (None, [])},
        "lead_ministry": inquiry.lead_ministry,
        "withdrawn": inquiry.withdrawn,
        "notes": inquiry.notes,
        "sources": [
            {key: source[key] for key in _SOURCE_KEYS} for source in encode_sources(inquiry.sources)
        ],
        "footnote_sources": {
            fid: note.source_id for fid, note in inquiry.footnotes.items() if note.source_id
        },
        "answer": None if inquiry.answer is None else encode_answer(inquiry.answer, MARKDOWN),
    }
    if inquiry.originator_intro:
        metadata["originator_intro"] = inquiry.originator_intro  # only when set: older files
    return metadata


def apply_metadata(inquiry: Inquiry, key: str, value: Any) -> bool:
    """Set one metadata value read from JSON; tell whether the key is known.

    Raises ValueError, TypeError or KeyError when the value has the wrong shape.
    """
    if key in _SHARED_KEYS:
        setattr(inquiry, key, decode_field(key, value))
    elif key == "answer":
        inquiry.answer = None if value is None else decode_answer(value, MARKDOWN)
    elif key == "footnote_sources":
        if not isinstance(value, dict):
            raise ValueError(value)
        for fid, sid in value.items():
            # A note deleted by hand leaves its entry behind; that is no error.
            if fid in inquiry.footnotes:
                if sid is not None and not isinstance(sid, str):
                    raise ValueError(sid)
                inquiry.footnotes[fid].source_id = sid
    elif key == "title_style":
        if not isinstance(value, str):
            raise ValueError(value)
        inquiry.title.style = ParagraphStyle(value)
    else:
        return False
    return True
