"""The store: every read and write of inquiries, revisions and sources."""

from __future__ import annotations

import builtins
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from desk_app.i18n import _
from desk_app.model import DeskError, Inquiry, Source, Status, paragraph
from desk_app.model.codec import decode, decode_dates
from desk_app.model.location import Location, ServerAddress
from desk_app.storage.backup import backup_database
from desk_app.storage.database import DEFAULT_TIMEOUT, Database, open_database, resolve_location
from desk_app.storage.migrations import migrate, refuse_newer, schema_version
from desk_app.storage.query import tracking_inquiry
from desk_app.storage.records import (
    SUMMARY_COLUMNS,
    InquirySummary,
    Revision,
    RevisionEvent,
    summary_from_row,
    timestamp,
)
from desk_app.storage.rows import (
    Written,
    mark_revision,
    remember_source,
    source_from_row,
    stored_due,
    unknown_inquiry,
    write_inquiry,
)
from desk_app.storage.trash import (
    DeletedInquiry,
    move_to_trash,
    next_inquiry_id,
    purge_from_trash,
    take_from_trash,
    trash_rows,
)

if TYPE_CHECKING:
    from desk_app.storage.server.database import ServerDatabase
    from desk_app.storage.server.listener import ChangeListener

Clock = Callable[[], datetime]
DueRule = Callable[[Inquiry], date | None]
_COLUMNS = ", ".join(SUMMARY_COLUMNS)


def _local_now() -> datetime:
    return datetime.now().astimezone()


class InquiryStore:
    """Keep inquiries, their revisions and remembered sources in a SQLite file or on a server."""

    def __init__(
        self,
        path: str | Path | ServerAddress | None = None,
        *,
        now: Clock = _local_now,
        due: DueRule = stored_due,
        timeout: float = DEFAULT_TIMEOUT,
        author: str = "",
    ) -> None:
        """Open the store at a path or server address (default: DESK_DB or the data folder).

        Its schema is brought up to date. `author` is recorded with every revision.
        """
        self.path: Location = resolve_location(path)
        self._now = now
        self._due = due
        self.author = author
        self._adding_as: tuple[str, str] | None = None
        # The version (and stored data) of each inquiry as this store last read or
        # wrote it: a save checks against that version (seen_version), so that no
        # one's change is lost unseen, and a merge compares both edits with the data.
        self._seen: dict[int, Written] = {}
        self._db: Database | ServerDatabase
        if isinstance(self.path, ServerAddress):
            from desk_app.storage.server.database import open_server

            self._db = open_server(self.path)
        else:
            self._db = open_database(self.path, timeout=timeout, inspect=refuse_newer)
            try:
                migrate(self._db, self.path)
            except BaseException:
                self._db.close()
                raise
        self._conn: Any = self._db.conn
        self._dialect = self._db.dialect

    @classmethod
    def open(cls, path: str | Path | ServerAddress | None = None, **options: Any) -> Self:
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

    def listen(self) -> ChangeListener | None:
        """Return a listener for colleagues' changes on a server's store (None for a file)."""
        if not isinstance(self.path, ServerAddress):
            return None
        from desk_app.storage.server.listener import ChangeListener, backend_pid

        return ChangeListener(self.path, backend_pid(self._conn), self.author)

    @property
    def schema_version(self) -> int:
        """Return the number of schema migrations applied to this database."""
        if not isinstance(self._db, Database):
            return self._db.schema_version()
        with self._db.errors():  # the file's migrations module builds on its Database
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
                if self._dialect.id_lock:
                    self._conn.execute(self._dialect.id_lock)
                # An explicit id: SQLite would hand a trashed inquiry's id out again.
                inquiry.id = next_inquiry_id(self._conn)
                self._conn.execute(
                    # Version 0 until the data are written: the first version is 1.
                    "INSERT INTO inquiries (id, parliament, kind, status, created_at, updated_at, "
                    "version, data) VALUES (?, ?, ?, ?, ?, ?, 0, '{}')",
                    (
                        inquiry.id,
                        inquiry.parliament,
                        inquiry.kind,
                        inquiry.status.value,
                        moment,
                        moment,
                    ),
                )
                written = write_inquiry(
                    self._conn,
                    self._dialect,
                    inquiry,
                    moment,
                    self._due_of(inquiry),
                    inserted=True,
                    event=event,
                    detail=detail,
                    author=self.author,
                )
        except BaseException:
            # The row was rolled back; an id pointing at nothing must not leak out.
            inquiry.id = previous_id
            raise
        self._seen[inquiry.id] = written
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
        self,
        inquiry: Inquiry,
        event: str = RevisionEvent.EDITED.value,
        detail: str = "",
        *,
        expected: int | None = None,
    ) -> bool:
        """Save an inquiry's current state in one transaction, keeping the old one as a revision.

        Saving data identical to the stored version adds no revision and keeps updated_at.
        With `expected` (the version() read with the inquiry), a save against a
        version someone else replaced meanwhile raises StaleInquiry and writes nothing.
        Return whether a revision (recording `event`) was added.
        """
        if inquiry.id is None:
            raise ValueError("save() needs an inquiry with an id; use add() for new ones")
        moment = timestamp(self._now())
        with self._transaction():
            written = write_inquiry(
                self._conn,
                self._dialect,
                inquiry,
                moment,
                self._due_of(inquiry),
                inserted=False,
                event=event,
                detail=detail,
                author=self.author,
                expected=expected,
            )
        self._seen[inquiry.id] = written
        return written.changed

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
            inquiry = self._read(inquiry_id, self._dialect.row_lock)
            change(inquiry)
            written = write_inquiry(
                self._conn,
                self._dialect,
                inquiry,
                moment,
                self._due_of(inquiry),
                inserted=False,
                event=event,
                detail=detail,
                author=self.author,
            )
        self._seen[inquiry_id] = written
        return inquiry

    def mark(self, inquiry_id: int, event: str, detail: str = "") -> None:
        """Record an event that changed no data (an export) as a revision of the stored state."""
        moment = timestamp(self._now())
        with self._transaction():
            mark_revision(self._conn, inquiry_id, moment, event, detail, self.author)

    def get(self, inquiry_id: int) -> Inquiry:
        """Return the stored inquiry with this id."""
        return self._read(inquiry_id)

    def seen_version(self, inquiry_id: int) -> int | None:
        """Return the version this store last read or wrote of an inquiry (None: never)."""
        seen = self._seen.get(inquiry_id)
        return None if seen is None else seen.version

    def seen_data(self, inquiry_id: int) -> str | None:
        """Return the stored data (JSON) as this store last read or wrote it (None: never)."""
        seen = self._seen.get(inquiry_id)
        return None if seen is None else seen.data

    def stored(self, inquiry_id: int) -> tuple[Inquiry, int, str]:
        """Return the stored inquiry, its version and data, leaving what this store has seen.

        For a conflict: the colleague's version is shown, but the edit on screen
        stays based on the version it was read at until the user decides.
        """
        data, version = self._row(inquiry_id)
        return self._decode(data, inquiry_id), version, data

    def version(self, inquiry_id: int) -> int:
        """Return the inquiry's version: every save that changed it counted it up by one."""
        with self._db.errors():
            row = self._conn.execute(
                "SELECT version FROM inquiries WHERE id = ?", (inquiry_id,)
            ).fetchone()
        if row is None:
            raise unknown_inquiry(inquiry_id)
        return int(row[0])

    def status(self, inquiry_id: int) -> Status:
        """Return the stored stage of an inquiry, read from its list column alone."""
        with self._db.errors():
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
            move_to_trash(self._conn, self._dialect, inquiry_id, moment)

    def deleted(self) -> builtins.list[DeletedInquiry]:
        """Return the inquiries in the trash, most recently deleted first."""
        with self._db.errors():
            return trash_rows(self._conn)

    def restore_deleted(self, inquiry_id: int) -> Inquiry:
        """Bring an inquiry back from the trash under its old id, with its revisions."""
        moment = timestamp(self._now())
        with self._transaction():
            _created, data = take_from_trash(self._conn, inquiry_id)
            inquiry = self._decode(data, inquiry_id)
            written = write_inquiry(
                self._conn,
                self._dialect,
                inquiry,
                moment,
                self._due_of(inquiry),
                inserted=True,
                event=RevisionEvent.UNDELETED.value,
                author=self.author,
            )
        self._seen[inquiry_id] = written
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
        orders = self._dialect.orders
        if order not in orders:
            raise ValueError(f"unknown order {order!r}; choose one of {sorted(orders)}")
        where, params = _filters(parliament, status, kind)
        sql = f"SELECT {_COLUMNS} FROM inquiries{where} ORDER BY {orders[order]} LIMIT ? OFFSET ?"
        with self._db.errors():
            rows = self._conn.execute(sql, [*params, self._limit(limit), offset])
            return [summary_from_row(row) for row in rows]

    def count(
        self,
        parliament: str | None = None,
        status: Status | str | None = None,
        kind: str | None = None,
    ) -> int:
        """Return how many inquiries match the same filters as list()."""
        where, params = _filters(parliament, status, kind)
        with self._db.errors():
            row = self._conn.execute(f"SELECT count(*) FROM inquiries{where}", params).fetchone()
        return int(row[0])

    def count_due(
        self, status: Status | str, from_day: date | None = None, before: date | None = None
    ) -> int:
        """Return how many inquiries of a status are due in [from_day, before) (None: open end)."""
        where, params = _due_range(status, from_day, before)
        with self._db.errors():
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
        with self._db.errors():
            rows = self._conn.execute(sql, [*params, self._limit(limit)])
            return [summary_from_row(row) for row in rows]

    def open_dates(self) -> builtins.list[Inquiry]:
        """Return the inquiries not answered or withdrawn with list columns and dates only."""
        sql = self._dialect.open_dates_sql
        found = []
        with self._db.errors():
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
        with self._db.errors():
            for row in self._conn.execute(self._dialect.tracking_sql):
                try:
                    found.append(tracking_inquiry(row))
                except (TypeError, ValueError, AttributeError, KeyError):
                    raise _damaged(row[0]) from None
        return found

    def search(self, query: str, limit: int = 50, offset: int = 0) -> builtins.list[InquirySummary]:
        """Return the inquiries whose text matches the user's words, best match first."""
        with self._db.errors():
            return self._dialect.index.page(self._conn, query, limit, offset)

    def count_search(self, query: str) -> int:
        """Return how many inquiries search() would find without a limit."""
        with self._db.errors():
            return self._dialect.index.count(self._conn, query)

    # Revisions

    def revisions(self, inquiry_id: int) -> builtins.list[Revision]:
        """Return the saved versions of an inquiry, newest first."""
        with self._db.errors():
            self._require(inquiry_id)
            rows = self._conn.execute(
                "SELECT id, saved_at, event, detail, author FROM revisions WHERE inquiry_id = ? "
                "ORDER BY id DESC",
                (inquiry_id,),
            )
            return [
                Revision(row[0], inquiry_id, datetime.fromisoformat(row[1]), row[2], row[3], row[4])
                for row in rows
            ]

    def revision(self, inquiry_id: int, revision_id: int) -> Inquiry:
        """Return an inquiry as it was saved in one of its revisions."""
        with self._db.errors():
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
        with self._db.errors():
            row = self._conn.execute(
                "SELECT url, title, publisher, accessed, archive_url FROM sources WHERE url = ?",
                (url,),
            ).fetchone()
        return None if row is None else source_from_row(row)

    # Backups

    def backup(self, dest_dir: str | Path, keep: int = 5) -> Path:
        """Copy the store into a timestamped SQLite file in dest_dir, keeping the newest `keep`.

        A server's store is copied whole (storage/copying.py) from one snapshot.
        """
        if isinstance(self.path, ServerAddress):
            from desk_app.storage.copying import backup_server

            return backup_server(self, type(self), Path(dest_dir), self._now(), keep)
        return backup_database(self._conn, self.path.stem, Path(dest_dir), self._now(), keep)

    # Whole-store copies (storage/copying.py)

    @contextmanager
    def snapshot(self) -> Iterator[Any]:
        """Yield the connection inside a read transaction that sees one moment of the store."""
        with self._db.errors():
            self._conn.execute(self._dialect.begin_snapshot)
            try:
                yield self._conn
            finally:
                if self._conn.in_transaction:
                    with suppress(Exception):
                        self._conn.execute("ROLLBACK")

    @contextmanager
    def loading(self) -> Iterator[Any]:
        """Yield the connection inside one write transaction, for copying rows in whole."""
        with self._transaction():
            yield self._conn

    def index_text(self, inquiry_id: int, values: dict[str, str]) -> None:
        """Index an inquiry's text inside loading() (its row is already there)."""
        self._dialect.index.write(self._conn, inquiry_id, values, True)

    def after_load(self) -> None:
        """Finish a load inside loading(): counters continue after the copied ids."""
        for statement in self._dialect.after_load:
            self._conn.execute(statement)

    # Internals

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # The dialect's BEGIN waits for other writers rather than failing halfway.
        if self._db.read_only:
            raise self._db.read_only_error()
        with self._db.errors():
            self._conn.execute(self._dialect.begin)
            try:
                yield
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    # A connection that broke cannot roll back; the server already has.
                    with suppress(Exception):
                        self._conn.execute("ROLLBACK")
                raise

    def _due_of(self, inquiry: Inquiry) -> date | None:
        # A deadline rule that cannot decide (say, no profile for the
        # parliament) must never stop a save: nothing typed may be lost.
        try:
            return self._due(inquiry)
        except (DeskError, OverflowError):  # OverflowError: a deadline beyond the year 9999
            return stored_due(inquiry)

    def _read(self, inquiry_id: int, lock: str = "") -> Inquiry:
        """Return the stored inquiry, its row locked for this transaction where `lock` says."""
        data, version = self._row(inquiry_id, lock)
        inquiry = self._decode(data, inquiry_id)
        self._seen[inquiry_id] = Written(False, version, data)
        return inquiry

    def _row(self, inquiry_id: int, lock: str = "") -> tuple[str, int]:
        """Return an inquiry's stored data and version."""
        with self._db.errors():
            row = self._conn.execute(
                f"SELECT data, version FROM inquiries WHERE id = ?{lock}", (inquiry_id,)
            ).fetchone()
        if row is None:
            raise unknown_inquiry(inquiry_id)
        return str(row[0]), int(row[1])

    def _limit(self, limit: int | None) -> int | None:
        return self._dialect.no_limit if limit is None else limit

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
