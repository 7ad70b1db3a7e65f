"""What differs between the two stores' SQL: transactions, sorting, JSON and full-text search.

Everything else the store says is written once and runs on both SQLite and
PostgreSQL (the server's connection turns `?` and `:name` into its own
placeholders). Each store's dialect is one `Dialect`; SQLite's is here, the
server's in storage/server/dialect.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from desk_app.storage.query import TRACKING_SQL, fts_query
from desk_app.storage.records import ORDERS, InquirySummary
from desk_app.storage.search import count_matches, search_page


class SearchIndex(Protocol):
    """Keep the searchable text of each inquiry and find inquiries by the user's words."""

    def write(self, conn: Any, inquiry_id: int, values: Mapping[str, str], inserted: bool) -> None:
        """Index an inquiry's four text columns (title, preamble, questions, footnotes)."""

    def remove(self, conn: Any, inquiry_id: int) -> None:
        """Forget an inquiry's text (it went to the trash)."""

    def page(self, conn: Any, text: str, limit: int, offset: int) -> list[InquirySummary]:
        """Return one page of the inquiries matching what the user typed, best first."""

    def count(self, conn: Any, text: str) -> int:
        """Return how many inquiries match what the user typed."""


@dataclass(frozen=True, slots=True)
class Dialect:
    """Hold the SQL that one kind of store says its own way."""

    name: str
    begin: str  # opens a write transaction that waits for other writers, not fails
    begin_snapshot: str  # opens a read transaction that sees one moment of the store
    row_lock: str  # appended to the SELECT that a read-modify-write reads under
    id_lock: str | None  # serialises the choice of a new inquiry id, where needed
    no_limit: int | None  # the LIMIT parameter that means "no limit"
    orders: Mapping[str, str]
    open_dates_sql: str  # id, parliament, kind, term, number, drucksache, title, dates JSON
    tracking_sql: str  # see query.TRACKING_SQL
    index: SearchIndex
    after_load: tuple[str, ...] = ()  # run after rows were copied in with their own ids


class Fts5Index:
    """SQLite's FTS5 table, ranked with bm25 (storage/search.py)."""

    def write(self, conn: Any, inquiry_id: int, values: Mapping[str, str], inserted: bool) -> None:
        """Replace the inquiry's row of the FTS table."""
        if not inserted:
            self.remove(conn, inquiry_id)
        conn.execute(
            "INSERT INTO inquiry_fts (rowid, title, preamble, questions, footnotes) "
            "VALUES (:id, :title, :preamble, :questions, :footnotes)",
            {"id": inquiry_id, **values},
        )

    def remove(self, conn: Any, inquiry_id: int) -> None:
        """Delete the inquiry's row of the FTS table."""
        conn.execute("DELETE FROM inquiry_fts WHERE rowid = ?", (inquiry_id,))

    def page(self, conn: Any, text: str, limit: int, offset: int) -> list[InquirySummary]:
        """Return one page of matches, ranked ones first."""
        expression = fts_query(text)
        return [] if expression is None else search_page(conn, expression, limit, offset)

    def count(self, conn: Any, text: str) -> int:
        """Return how many inquiries match."""
        expression = fts_query(text)
        return 0 if expression is None else count_matches(conn, expression)


SQLITE = Dialect(
    name="sqlite",
    # IMMEDIATE takes the write lock up front: a concurrent writer makes us
    # wait (busy timeout) instead of failing halfway through the transaction.
    begin="BEGIN IMMEDIATE",
    begin_snapshot="BEGIN",  # in WAL mode a read transaction is a snapshot
    row_lock="",  # the IMMEDIATE transaction already holds the whole file
    id_lock=None,
    no_limit=-1,
    orders=ORDERS,
    # Enough to count and show deadlines: json_extract leaves the text unread.
    # A broken row yields "!", so the error names it instead of failing the query.
    open_dates_sql=(
        "SELECT id, parliament, kind, term, number, drucksache, title, "
        "CASE WHEN json_valid(data) THEN json_extract(data, '$.dates') ELSE '!' END "
        "FROM inquiries WHERE status NOT IN (?, ?) ORDER BY id"
    ),
    tracking_sql=TRACKING_SQL,
    index=Fts5Index(),
)
