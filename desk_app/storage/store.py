"""The store: every read and write of inquiries, revisions and sources."""

from __future__ import annotations

import builtins
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from desk_app.i18n import _
from desk_app.model import DeskError, Inquiry, Source, Status, paragraph
from desk_app.model.codec import decode, decode_dates
from desk_app.storage.backup import backup_database
from desk_app.storage.database import (
    DEFAULT_TIMEOUT,
    open_database,
    read_only_error,
    resolve_db_path,
    sqlite_errors,
)
from desk_app.storage.migrations import migrate, refuse_newer, schema_version
from desk_app.storage.query import TRACKING_SQL, fts_query, tracking_inquiry
from desk_app.storage.records import (
    ORDERS,
    SUMMARY_COLUMNS,
    InquirySummary,
    Revision,
    RevisionEvent,
    summary_from_row,
    timestamp,
)
from desk_app.storage.rows import (
    mark_revision,
    remember_source,
    source_from_row,
    stored_due,
    unknown_inquiry,
    write_inquiry,
)
from desk_app.storage.search import count_matches, search_page
from desk_app.storage.trash import (
    DeletedInquiry,
    move_to_trash,
    next_inquiry_id,
    purge_from_trash,
    take_from_trash,
    trash_rows,
)

Clock = Callable[[], datetime]
DueRule = Callable[[Inquiry], date | None]
_COLUMNS = ", ".join(SUMMARY_COLUMNS)


def _local_now() -> datetime:
    return datetime.now().astimezone()


class InquiryStore:
    """Keep inquiries, their revisions and remembered sources in one SQLite file."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        now: Clock = _local_now,
        due: DueRule = stored_due,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        """Open the database at path (default: DESK_DB or the data folder) and migrate it."""
        self.path = resolve_db_path(path)
        self._now = now
        self._due = due
        self._adding_as: tuple[str, str] | None = None
        self._db = open_database(self.path, timeout=timeout, inspect=refuse_newer)
        self._conn = self._db.conn
        try:
            migrate(self._db, self.path)
        except BaseException:
            self._db.close()
            raise

    @classmethod
    def open(cls, path: str | Path | None = None, **options: Any) -> Self:
        """Open a store; use it as a context manager to close it again."""
        return cls(path, **options)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection; closing twice is harmless."""
        self._db.close()

    @property
    def read_only(self) -> bool:
        """Tell whether this store was opened for reading only (changes are refused)."""
        return self._db.read_only

    @property
    def schema_version(self) -> int:
        """Return the number of schema migrations applied to this database."""
        with sqlite_errors(self.path):
            return schema_version(self._db)

    # Inquiries

    def add(self, inquiry: Inquiry, event: str | None = None, detail: str = "") -> int:
        """Store an inquiry as a new one, set its id and return it (any old id is ignored).

        Its first revision records `event`: by default "created", or what
        `adding_as()` names around the call.
        """
        if event is None:
            event, detail = self._adding_as or (RevisionEvent.CREATED.value, detail)
        moment = timestamp(self._now())
        previous_id = inquiry.id
        try:
            with self._transaction():
                # An explicit id: SQLite would hand a trashed inquiry's id out again.
                inquiry.id = next_inquiry_id(self._conn)
                self._conn.execute(
                    "INSERT INTO inquiries (id, parliament, kind, status, created_at, updated_at, "
                    "data) VALUES (?, ?, ?, ?, ?, ?, '{}')",
                    (
                        inquiry.id,
                        inquiry.parliament,
                        inquiry.kind,
                        inquiry.status.value,
                        moment,
                        moment,
                    ),
                )
                write_inquiry(
                    self._conn,
                    inquiry,
                    moment,
                    self._due_of(inquiry),
                    inserted=True,
                    event=event,
                    detail=detail,
                )
        except BaseException:
            # The row was rolled back; an id pointing at nothing must not leak out.
            inquiry.id = previous_id
            raise
        return inquiry.id

    @contextmanager
    def adding_as(self, event: str, detail: str = "") -> Iterator[None]:
        """Let every add() inside the block without an event of its own record this one.

        An import hands the store to the importer, which adds the inquiry it
        read: the history should say "imported from …", not "created".
        """
        previous = self._adding_as
        self._adding_as = (event, detail)
        try:
            yield
        finally:
            self._adding_as = previous

    def save(
        self, inquiry: Inquiry, event: str = RevisionEvent.EDITED.value, detail: str = ""
    ) -> bool:
        """Save an inquiry's current state in one transaction, keeping the old one as a revision.

        Saving data identical to the stored version adds no revision and keeps updated_at.
        Return whether a revision (recording `event`) was added.
        """
        if inquiry.id is None:
            raise ValueError("save() needs an inquiry with an id; use add() for new ones")
        moment = timestamp(self._now())
        with self._transaction():
            return write_inquiry(
                self._conn,
                inquiry,
                moment,
                self._due_of(inquiry),
                inserted=False,
                event=event,
                detail=detail,
            )

    def update(
        self,
        inquiry_id: int,
        change: Callable[[Inquiry], None],
        event: str = RevisionEvent.EDITED.value,
        detail: str = "",
    ) -> Inquiry:
        """Read an inquiry, apply change() and save it, all in one write transaction.

        Two processes changing different fields at once both land: the second
        waits for the first's write lock and then reads the first's result.
        """
        moment = timestamp(self._now())
        with self._transaction():
            inquiry = self.get(inquiry_id)
            change(inquiry)
            write_inquiry(
                self._conn,
                inquiry,
                moment,
                self._due_of(inquiry),
                inserted=False,
                event=event,
                detail=detail,
            )
        return inquiry

    def mark(self, inquiry_id: int, event: str, detail: str = "") -> None:
        """Record an event that changed no data (an export) as a revision of the stored state."""
        moment = timestamp(self._now())
        with self._transaction():
            mark_revision(self._conn, inquiry_id, moment, event, detail)

    def get(self, inquiry_id: int) -> Inquiry:
        """Return the stored inquiry with this id."""
        with sqlite_errors(self.path):
            row = self._conn.execute(
                "SELECT data FROM inquiries WHERE id = ?", (inquiry_id,)
            ).fetchone()
        if row is None:
            raise unknown_inquiry(inquiry_id)
        return self._decode(row[0], inquiry_id)

    def status(self, inquiry_id: int) -> Status:
        """Return the stored stage of an inquiry, read from its list column alone."""
        with sqlite_errors(self.path):
            row = self._conn.execute(
                "SELECT status FROM inquiries WHERE id = ?", (inquiry_id,)
            ).fetchone()
        if row is None:
            raise unknown_inquiry(inquiry_id)
        return Status(row[0])

    def delete(self, inquiry_id: int) -> None:
        """Move an inquiry with all its revisions to the trash (restore_deleted() undoes it)."""
        moment = timestamp(self._now())
        with self._transaction():
            self._require(inquiry_id)
            move_to_trash(self._conn, inquiry_id, moment)

    def deleted(self) -> builtins.list[DeletedInquiry]:
        """Return the inquiries in the trash, most recently deleted first."""
        with sqlite_errors(self.path):
            return trash_rows(self._conn)

    def restore_deleted(self, inquiry_id: int) -> Inquiry:
        """Bring an inquiry back from the trash under its old id, with its revisions."""
        moment = timestamp(self._now())
        with self._transaction():
            _created, data = take_from_trash(self._conn, inquiry_id)
            inquiry = self._decode(data, inquiry_id)
            write_inquiry(
                self._conn,
                inquiry,
                moment,
                self._due_of(inquiry),
                inserted=True,
                event=RevisionEvent.UNDELETED.value,
            )
        return inquiry

    def purge(self, inquiry_id: int) -> None:
        """Remove an inquiry from the trash for good."""
        with self._transaction():
            purge_from_trash(self._conn, inquiry_id)

    def list(
        self,
        parliament: str | None = None,
        status: Status | str | None = None,
        kind: str | None = None,
        order: str = "updated",
        limit: int | None = None,
        offset: int = 0,
    ) -> list[InquirySummary]:
        """Return one page of inquiry summaries, filtered and sorted (see records.ORDERS)."""
        if order not in ORDERS:
            raise ValueError(f"unknown order {order!r}; choose one of {sorted(ORDERS)}")
        where, params = _filters(parliament, status, kind)
        sql = f"SELECT {_COLUMNS} FROM inquiries{where} ORDER BY {ORDERS[order]} LIMIT ? OFFSET ?"
        with sqlite_errors(self.path):
            rows = self._conn.execute(sql, [*params, -1 if limit is None else limit, offset])
            return [summary_from_row(row) for row in rows]

    def count(
        self,
        parliament: str | None = None,
        status: Status | str | None = None,
        kind: str | None = None,
    ) -> int:
        """Return how many inquiries match the same filters as list()."""
        where, params = _filters(parliament, status, kind)
        with sqlite_errors(self.path):
            row = self._conn.execute(f"SELECT count(*) FROM inquiries{where}", params).fetchone()
        return int(row[0])

    def count_due(
        self, status: Status | str, from_day: date | None = None, before: date | None = None
    ) -> int:
        """Return how many inquiries of a status are due in [from_day, before) (None: open end)."""
        where, params = _due_range(status, from_day, before)
        with sqlite_errors(self.path):
            row = self._conn.execute(f"SELECT count(*) FROM inquiries{where}", params).fetchone()
        return int(row[0])

    def list_due(
        self,
        status: Status | str,
        from_day: date | None = None,
        before: date | None = None,
        limit: int | None = None,
    ) -> builtins.list[InquirySummary]:
        """Return inquiries of a status due in [from_day, before), earliest first."""
        where, params = _due_range(status, from_day, before)
        sql = f"SELECT {_COLUMNS} FROM inquiries{where} ORDER BY due, id LIMIT ?"
        with sqlite_errors(self.path):
            rows = self._conn.execute(sql, [*params, -1 if limit is None else limit])
            return [summary_from_row(row) for row in rows]

    def open_dates(self) -> builtins.list[Inquiry]:
        """Return the inquiries not answered or withdrawn with list columns and dates only."""
        # Enough to count and show deadlines: json_extract leaves the text unread.
        # A broken row yields "!", so the error names it instead of failing the query.
        sql = (
            "SELECT id, parliament, kind, term, number, drucksache, title, "
            "CASE WHEN json_valid(data) THEN json_extract(data, '$.dates') ELSE '!' END "
            "FROM inquiries WHERE status NOT IN (?, ?) ORDER BY id"
        )
        found = []
        with sqlite_errors(self.path):
            rows = self._conn.execute(sql, (Status.ANSWERED.value, Status.WITHDRAWN.value))
            for inquiry_id, parliament, kind, term, number, drucksache, title, dates in rows:
                try:
                    known = decode_dates(json.loads(dates or "{}"))
                except (TypeError, ValueError, AttributeError):
                    raise _damaged(inquiry_id) from None
                found.append(
                    Inquiry(
                        parliament,
                        kind,
                        id=inquiry_id,
                        term=term,
                        number=number,
                        drucksache=drucksache,
                        title=paragraph(title),
                        dates=known,
                    )
                )
        return found

    def tracking_data(self) -> builtins.list[Inquiry]:
        """Return every inquiry with its tracking data only (dates, ministries, askers).

        No text is read: the answer, where there is one, holds its date, ministry
        and the labels each of its parts answers (the statistics count joint answers).
        """
        found = []
        with sqlite_errors(self.path):
            for row in self._conn.execute(TRACKING_SQL):
                try:
                    found.append(tracking_inquiry(row))
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise _damaged(row[0]) from None
        return found

    def search(self, query: str, limit: int = 50, offset: int = 0) -> builtins.list[InquirySummary]:
        """Return the inquiries whose text matches the user's words, best match first."""
        expression = fts_query(query)
        if expression is None:
            return []
        with sqlite_errors(self.path):
            return search_page(self._conn, expression, limit, offset)

    def count_search(self, query: str) -> int:
        """Return how many inquiries search() would find without a limit."""
        expression = fts_query(query)
        if expression is None:
            return 0
        with sqlite_errors(self.path):
            return count_matches(self._conn, expression)

    # Revisions

    def revisions(self, inquiry_id: int) -> builtins.list[Revision]:
        """Return the saved versions of an inquiry, newest first."""
        with sqlite_errors(self.path):
            self._require(inquiry_id)
            rows = self._conn.execute(
                "SELECT id, saved_at, event, detail FROM revisions WHERE inquiry_id = ? "
                "ORDER BY id DESC",
                (inquiry_id,),
            )
            return [
                Revision(row[0], inquiry_id, datetime.fromisoformat(row[1]), row[2], row[3])
                for row in rows
            ]

    def revision(self, inquiry_id: int, revision_id: int) -> Inquiry:
        """Return an inquiry as it was saved in one of its revisions."""
        with sqlite_errors(self.path):
            row = self._conn.execute(
                "SELECT data FROM revisions WHERE id = ? AND inquiry_id = ?",
                (revision_id, inquiry_id),
            ).fetchone()
        if row is None:
            raise DeskError(
                _("Die Anfrage {id} hat keine Fassung {revision}.").format(
                    id=inquiry_id, revision=revision_id
                )
            )
        return self._decode(row[0], inquiry_id)

    def restore(self, inquiry_id: int, revision_id: int) -> Inquiry:
        """Make an earlier revision the whole current state (itself saved as a new revision)."""
        inquiry = self.revision(inquiry_id, revision_id)
        self.save(inquiry, RevisionEvent.RESTORED.value, json.dumps({"revision": revision_id}))
        return inquiry

    # Sources remembered across inquiries

    def remember_source(self, source: Source) -> None:
        """Remember a source by its URL so other inquiries can cite it again."""
        with self._transaction():
            remember_source(self._conn, source)

    def find_source(self, url: str) -> Source | None:
        """Return the remembered source with this URL (its id is empty: ids are per inquiry)."""
        with sqlite_errors(self.path):
            row = self._conn.execute(
                "SELECT url, title, publisher, accessed, archive_url FROM sources WHERE url = ?",
                (url,),
            ).fetchone()
        return None if row is None else source_from_row(row)

    # Backups

    def backup(self, dest_dir: str | Path, keep: int = 5) -> Path:
        """Copy the database into a timestamped file in dest_dir, keeping the newest `keep`."""
        return backup_database(self._conn, self.path.stem, Path(dest_dir), self._now(), keep)

    # Internals

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # IMMEDIATE takes the write lock up front: a concurrent writer makes us
        # wait (busy timeout) instead of failing halfway through the transaction.
        if self._db.read_only:
            raise read_only_error(self.path)
        with sqlite_errors(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def _due_of(self, inquiry: Inquiry) -> date | None:
        # A deadline rule that cannot decide (say, no profile for the
        # parliament) must never stop a save: nothing typed may be lost.
        try:
            return self._due(inquiry)
        except (DeskError, OverflowError):  # OverflowError: a deadline beyond the year 9999
            return stored_due(inquiry)

    def _require(self, inquiry_id: int) -> None:
        found = self._conn.execute("SELECT 1 FROM inquiries WHERE id = ?", (inquiry_id,))
        if found.fetchone() is None:
            raise unknown_inquiry(inquiry_id)

    def _decode(self, data: str, inquiry_id: int) -> Inquiry:
        try:
            inquiry = decode(json.loads(data))
        except ValueError:
            raise _damaged(inquiry_id) from None
        inquiry.id = inquiry_id
        return inquiry


def _damaged(inquiry_id: int) -> DeskError:
    """Return the error for a stored inquiry whose data cannot be read."""
    return DeskError(
        _("Die gespeicherte Anfrage {id} ist beschädigt und kann nicht gelesen werden.").format(
            id=inquiry_id
        )
    )


def _filters(
    parliament: str | None, status: Status | str | None, kind: str | None
) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for column, value in (("parliament", parliament), ("status", status), ("kind", kind)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(Status(value).value if column == "status" else value)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _due_range(
    status: Status | str, from_day: date | None, before: date | None
) -> tuple[str, list[Any]]:
    # Only dated rows: the deadline view never lists inquiries without a due date.
    clauses, params = ["status = ?", "due IS NOT NULL"], [Status(status).value]
    if from_day is not None:
        clauses.append("due >= ?")
        params.append(from_day.isoformat())
    if before is not None:
        clauses.append("due < ?")
        params.append(before.isoformat())
    return " WHERE " + " AND ".join(clauses), params
