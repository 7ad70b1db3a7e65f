"""The journal: edits a store refused or could not take, kept on this computer until they land.

One small SQLite file in the user's data folder (never the store itself, which
may be a server that is away). An entry per store and inquiry: the inquiry as
the window showed it, the version it was read at (its save is checked against
that one when it is tried again) and that version's data (what a merge
compares both edits with), when and why it was kept. A later save of the
same inquiry replaces the entry; a save that lands removes it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desk_app.i18n import _
from desk_app.model import DeskError, Inquiry
from desk_app.model.codec import decode, encode

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS pending (store TEXT NOT NULL, inquiry_id INTEGER NOT NULL, "
    "version INTEGER, kept_at TEXT NOT NULL, reason TEXT NOT NULL, data TEXT NOT NULL, "
    "PRIMARY KEY (store, inquiry_id))"
)
# Added after the first journals were written: a journal without it gains it when opened.
_BASE_COLUMN = "ALTER TABLE pending ADD COLUMN base TEXT"


@dataclass(frozen=True, slots=True)
class Pending:
    """One kept edit: the inquiry, the version it was read at, when and why it was kept."""

    inquiry: Inquiry
    version: int | None
    kept_at: datetime
    reason: str
    base: str | None = None  # the stored data of that version, when it was known


class Journal:
    """Keep, list and forget the edits of one store that are not in it yet."""

    def __init__(self, path: Path, store: str) -> None:
        self.path = path
        self.store = store  # the store's name as shown (a server's address without password)

    def keep(
        self, inquiry: Inquiry, version: int | None, reason: str, base: str | None = None
    ) -> None:
        """Keep (or replace) the edit of an inquiry; its save is to be tried again later."""
        assert inquiry.id is not None
        data = json.dumps(encode(inquiry), ensure_ascii=False, separators=(",", ":"))
        moment = datetime.now(UTC).isoformat(timespec="seconds")
        with self._connection(create=True) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO pending "
                "(store, inquiry_id, version, kept_at, reason, data, base) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (self.store, inquiry.id, version, moment, reason, data, base),
            )

    def forget(self, inquiry_id: int, based_on: int | None = None) -> None:
        """Drop the kept edit of an inquiry (its save landed); nothing to do without a journal.

        With `based_on`, only an edit kept from that same version (or of none) is dropped:
        a save based on a newer version did not carry an edit that waits for a decision.
        """
        if not self.path.exists():  # the usual case: one stat per save, no file opened
            return
        with self._connection() as conn:
            if based_on is None:
                conn.execute(
                    "DELETE FROM pending WHERE store = ? AND inquiry_id = ?",
                    (self.store, inquiry_id),
                )
            else:
                conn.execute(
                    "DELETE FROM pending WHERE store = ? AND inquiry_id = ? "
                    "AND (version IS NULL OR version >= ?)",
                    (self.store, inquiry_id, based_on),
                )

    def pending(self) -> list[Pending]:
        """Return the kept edits of this store, oldest first."""
        if not self.path.exists():
            return []
        with self._connection() as conn:
            rows = conn.execute(
                "SELECT inquiry_id, version, kept_at, reason, data, base FROM pending "
                "WHERE store = ? ORDER BY kept_at, inquiry_id",
                (self.store,),
            ).fetchall()
        found = []
        for inquiry_id, version, kept_at, reason, data, base in rows:
            inquiry = decode(json.loads(data))
            inquiry.id = inquiry_id
            kept = datetime.fromisoformat(kept_at)
            found.append(Pending(inquiry, version, kept, reason, base))
        return found

    @contextmanager
    def _connection(self, create: bool = False) -> Iterator[sqlite3.Connection]:
        try:
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=5)) as conn, conn:
                conn.execute(_SCHEMA)
                columns = {row[1] for row in conn.execute("PRAGMA table_info(pending)")}
                if "base" not in columns:
                    try:
                        conn.execute(_BASE_COLUMN)
                    except sqlite3.OperationalError as error:  # another window added it first
                        if "duplicate column" not in str(error):
                            raise
                yield conn
        except (OSError, sqlite3.Error) as error:
            raise DeskError(
                _("Das Journal {path} ist nicht zugänglich ({error}).").format(
                    path=self.path, error=error
                )
            ) from None
