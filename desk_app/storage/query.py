"""Turn what a user types into a safe FTS5 query: every word a quoted string."""

from __future__ import annotations

import json
from typing import Any

from desk_app.model import Answer, AnswerPart, Inquiry
from desk_app.model.codec import decode_date, decode_dates, decode_originators

# bm25 weights of the FTS columns title, preamble, questions, footnotes:
# a hit in the title says most about what an inquiry is about.
BM25_WEIGHTS = (10.0, 1.0, 2.0, 0.5)


def fts_query(text: str) -> str | None:
    """Return an FTS5 MATCH expression for user text, or None if it has no words.

    Every whitespace-separated word becomes a quoted string (inner quotes
    doubled), so `AND`, `(`, `-` or `"` are just characters; words are ANDed.
    A `*` the user typed at the very end makes the last word a prefix search.
    """
    # SQLite ends a query string at NUL ("unterminated string"); it is never a word character.
    stripped = text.replace("\x00", " ").strip()
    prefix = stripped.endswith("*")
    words = [word for word in stripped.rstrip("*").split() if _has_token(word)]
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    if prefix and _has_token(stripped.rstrip("*").split()[-1]):
        quoted[-1] += " *"
    return " ".join(quoted)


def _has_token(word: str) -> bool:
    # unicode61 indexes letters and digits only; a word of punctuation alone
    # would be an empty phrase that can never match.
    return any(char.isalnum() for char in word)


# What the statistics read of each inquiry, with no text but the answer's labels:
# the dates, the ministries, the askers, and which questions each answer part answers.
# A broken row reads as dates "!", so the error names it instead of failing the query.
TRACKING_SQL = (
    "WITH rows AS (SELECT id, parliament, kind, term, CASE WHEN json_valid(data) "
    'THEN data ELSE \'{"dates": "!"}\' END AS data FROM inquiries) '
    "SELECT id, parliament, kind, term, json_extract(data, '$.dates'), "
    "json_extract(data, '$.faction'), json_extract(data, '$.originators'), "
    "json_extract(data, '$.lead_ministry'), json_extract(data, '$.withdrawn'), "
    "json_type(data, '$.answer'), json_extract(data, '$.answer.date'), "
    "json_extract(data, '$.answer.ministry'), "
    "(SELECT json_group_array(json(json_extract(value, '$.questions'))) "
    "FROM json_each(data, '$.answer.parts')) "
    "FROM rows ORDER BY id"
)


def tracking_inquiry(row: tuple[Any, ...]) -> Inquiry:
    """Build the text-free inquiry of one TRACKING_SQL row."""
    inquiry_id, parliament, kind, term, dates, faction, originators, lead, withdrawn = row[:9]
    answer_type, answer_date, answer_ministry, parts = row[9:]
    answer = None
    if answer_type == "object":
        answer = Answer(
            date=decode_date(answer_date),
            ministry=answer_ministry or "",
            parts=[AnswerPart([str(label) for label in labels]) for labels in json.loads(parts)],
        )
    return Inquiry(
        parliament,
        kind,
        id=inquiry_id,
        term=term,
        dates=decode_dates(json.loads(dates or "{}")),
        faction=faction or "",
        originators=decode_originators(json.loads(originators or "[]")),
        lead_ministry=lead or "",
        withdrawn=bool(withdrawn),
        answer=answer,
    )
