"""Full-text search on the server: a weighted tsvector per inquiry, German, ranked.

The text search configuration `desk_german` is PostgreSQL's German stemmer
behind `unaccent` where the server has that extension (so "Forderung" finds
"Förderung", as SQLite's index does), and the plain German one where not
(storage/server/schema.py). The user's words become a tsquery of letters and
digits only, handed over as a parameter: no operator the user typed is one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from desk_app.storage.records import SUMMARY_COLUMNS, InquirySummary
from desk_app.storage.search import SearchSql, search_page

CONFIGURATION = "desk_german"
# Weights of the columns, as SQLite's bm25 weights them: title, questions, preamble, footnotes.
_WEIGHTS = "'{0.05, 0.1, 0.3, 1.0}'"  # for D, C, B, A
_COLUMNS = ", ".join(SUMMARY_COLUMNS)
_VECTOR = (
    f"setweight(to_tsvector('{CONFIGURATION}', :title), 'A') || "
    f"setweight(to_tsvector('{CONFIGURATION}', :questions), 'B') || "
    f"setweight(to_tsvector('{CONFIGURATION}', :preamble), 'C') || "
    f"setweight(to_tsvector('{CONFIGURATION}', :footnotes), 'D')"
)
_MATCHES = (
    f"FROM inquiries, to_tsquery('{CONFIGURATION}', :expression) AS query WHERE search @@ query"
)
# Ranking costs time per match, as bm25 does on SQLite: the same cap (storage/search.py).
SERVER_SQL = SearchSql(
    nth_newest=f"SELECT id {_MATCHES} ORDER BY id DESC LIMIT 1 OFFSET :nth",
    ranked=(
        f"SELECT {_COLUMNS} {_MATCHES} AND id >= :lowest "
        f"ORDER BY ts_rank({_WEIGHTS}, search, query) DESC, id LIMIT :limit OFFSET :offset"
    ),
    older=(
        f"SELECT {_COLUMNS} {_MATCHES} AND id < :lowest "
        "ORDER BY id DESC LIMIT :limit OFFSET :offset"
    ),
)
_COUNT = f"SELECT count(*) FROM inquiries WHERE search @@ to_tsquery('{CONFIGURATION}', ?)"
_TOKEN = re.compile(r"[^\W_]+")


def tsquery(text: str) -> str | None:
    """Return a tsquery for user text, or None if it has no words.

    Words are ANDed; a word of several tokens ("E-Mail") is a phrase of them;
    a `*` at the very end makes the last word a prefix search.
    """
    stripped = text.replace("\x00", " ").strip()
    prefix = stripped.endswith("*")
    words = [_TOKEN.findall(word) for word in stripped.rstrip("*").split()]
    words = [tokens for tokens in words if tokens]
    if not words:
        return None
    terms = [" <-> ".join(tokens) for tokens in words]
    if prefix and _TOKEN.findall(stripped.rstrip("*").split()[-1]):
        terms[-1] = " <-> ".join([*words[-1][:-1], words[-1][-1] + ":*"])
    return " & ".join(f"({term})" for term in terms)


class TsvectorIndex:
    """The inquiries' own `search` column, with a GIN index."""

    def write(self, conn: Any, inquiry_id: int, values: Mapping[str, str], inserted: bool) -> None:
        """Set the inquiry's search vector from its four text columns."""
        conn.execute(
            f"UPDATE inquiries SET search = {_VECTOR} WHERE id = :id", {"id": inquiry_id, **values}
        )

    def remove(self, conn: Any, inquiry_id: int) -> None:
        """Nothing to do: the vector leaves with the inquiry's row."""

    def page(self, conn: Any, text: str, limit: int, offset: int) -> list[InquirySummary]:
        """Return one page of matches, best ranked first."""
        query = tsquery(text)
        return [] if query is None else search_page(conn, query, limit, offset, SERVER_SQL)

    def count(self, conn: Any, text: str) -> int:
        """Return how many inquiries match."""
        query = tsquery(text)
        return 0 if query is None else int(conn.execute(_COUNT, (query,)).fetchone()[0])
