"""Schema versions: each migration runs once, in its own transaction.

Migrations are frozen SQL, never sqlite-utils table helpers, so that a
database made by any released version is upgraded the same way forever.
Never edit or reorder a released migration; append a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desk_app.i18n import _
from desk_app.model import DeskError
from desk_app.storage.database import Database, sqlite_errors

if TYPE_CHECKING:
    from sqlite_utils.migrations import Migrations

# sqlite-utils' migration set, named and recorded as it always was. Importing
# sqlite_utils costs ~45 ms of every start, so the applied names are read with
# plain SQL and sqlite-utils is loaded only when a migration is pending.
MIGRATION_SET = "anfragen-desk"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite_utils' Migrations.migrations_table


class _Executes(Protocol):
    """Run SQL: our Database, or the sqlite-utils one a migration is handed."""

    def execute(self, sql: str, /) -> object: ...


_STEPS: list[tuple[str, Callable[[_Executes], None]]] = []


def _migration(name: str) -> Callable[[Callable[[_Executes], None]], Callable[[_Executes], None]]:
    """Register a migration under its name, in the order of the file."""

    def register(step: Callable[[_Executes], None]) -> Callable[[_Executes], None]:
        _STEPS.append((name, step))
        return step

    return register


@_migration("0001_initial")
def _initial(db: _Executes) -> None:
    # `data` (the codec JSON) is the last column: list queries read only the
    # columns before it, so SQLite never touches its overflow pages.
    db.execute(
        """
        CREATE TABLE inquiries (
            id INTEGER PRIMARY KEY,
            parliament TEXT NOT NULL,
            kind TEXT NOT NULL,
            term INTEGER,
            number TEXT,
            drucksache TEXT,
            title TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            due TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            data TEXT NOT NULL
        )
        """
    )
    # `due` too: the deadline view sorts by it.
    for column in ("parliament", "status", "kind", "drucksache", "updated_at", "due"):
        db.execute(f"CREATE INDEX idx_inquiries_{column} ON inquiries ({column})")
    db.execute(
        """
        CREATE TABLE revisions (
            id INTEGER PRIMARY KEY,
            inquiry_id INTEGER NOT NULL REFERENCES inquiries (id) ON DELETE CASCADE,
            saved_at TEXT NOT NULL,
            data TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_revisions_inquiry_id ON revisions (inquiry_id)")
    # A self-contained FTS table (rowid = inquiry id) written by the store:
    # the indexed plain text lives inside the JSON, so there is no column an
    # external-content table could point at, and SQLite 3.40 cannot delete
    # from a contentless table without the old text.
    db.execute(
        """
        CREATE VIRTUAL TABLE inquiry_fts USING fts5 (
            title, preamble, questions, footnotes,
            tokenize = "unicode61 remove_diacritics 2"
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sources (
            url TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            publisher TEXT NOT NULL DEFAULT '',
            accessed TEXT,
            archive_url TEXT NOT NULL DEFAULT ''
        )
        """
    )


@_migration("0002_status_due_index")
def _status_due_index(db: _Executes) -> None:
    # The deadline view counts and reads open inquiries by status and due date
    # at every autosave; without this index that took ~0.5 s at 100,000 rows.
    db.execute("CREATE INDEX idx_inquiries_status_due ON inquiries (status, due)")


@_migration("0003_trash")
def _trash(db: _Executes) -> None:
    # A deleted inquiry leaves the live tables whole (lists, search and the
    # deadline view need no filter) and waits here, with its revisions, until
    # it is restored under the same id.
    db.execute(
        """
        CREATE TABLE trash (
            inquiry_id INTEGER PRIMARY KEY,
            parliament TEXT NOT NULL,
            kind TEXT NOT NULL,
            number TEXT,
            drucksache TEXT,
            title TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            revisions TEXT NOT NULL,
            data TEXT NOT NULL
        )
        """
    )


@_migration("0004_revision_events")
def _revision_events(db: _Executes) -> None:
    # What made each revision (created, imported, edited, exported …), so the
    # history can group and label them. Revisions saved before this knew no
    # event: they stay "unknown", which the history reads as edits.
    db.execute("ALTER TABLE revisions ADD COLUMN event TEXT NOT NULL DEFAULT 'unknown'")
    db.execute("ALTER TABLE revisions ADD COLUMN detail TEXT NOT NULL DEFAULT ''")


@_migration("0005_authors_and_versions")
def _authors_and_versions(db: _Executes) -> None:
    # Who saved each revision (a faction office shares one store), and a version
    # per inquiry that every changing save counts up, so that a save against a
    # version someone else has replaced meanwhile is refused, not lost. Both
    # columns land after `data`: lists never read them.
    db.execute("ALTER TABLE revisions ADD COLUMN author TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE inquiries ADD COLUMN version INTEGER NOT NULL DEFAULT 1")


@cache
def _migrations() -> Migrations:
    """Return the sqlite-utils migration set, importing sqlite-utils at its first use."""
    from sqlite_utils.migrations import Migrations

    assert Migrations.migrations_table == MIGRATIONS_TABLE
    migrations = Migrations(MIGRATION_SET)
    for name, step in _STEPS:
        migrations(name=name)(step)
    return migrations


def known_migrations() -> list[str]:
    """Return the names of all migrations this version knows, oldest first."""
    return [name for name, _step in _STEPS]


def applied_migrations(db: Database) -> list[str]:
    """Return the names of this app's migrations the database has applied, in that order."""
    # The query sqlite-utils' Migrations.applied() runs, without importing it.
    if not _table_exists(db, MIGRATIONS_TABLE):
        return []
    rows = db.execute(
        f"SELECT name FROM [{MIGRATIONS_TABLE}] WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    )
    return [row[0] for row in rows]


def schema_version(db: Database) -> int:
    """Return how many of this app's migrations the database has applied."""
    return len(applied_migrations(db))


def refuse_newer(db: Database, path: Path) -> None:
    """Refuse a database whose schema is newer than this program's, reading only."""
    # Runs before the opener sets WAL or takes a write lock, so a refused
    # file stays byte for byte as the newer program left it.
    with sqlite_errors(path):
        known = len(known_migrations())
        stored = int(db.execute("PRAGMA user_version").fetchone()[0])
        applied = applied_migrations(db)
        unknown = set(applied) - set(known_migrations())
        if stored > known or unknown:
            version = max(stored, len(applied))
            raise DeskError(
                _(
                    "Die Datenbank {path} hat die Schema-Version {version}, dieses Programm kennt "
                    "nur bis Version {known}; sie stammt aus einer neueren Version von "
                    "Anfragen-Desk, bitte aktualisieren Sie das Programm."
                ).format(path=path, version=version, known=known)
            )


def migrate(db: Database, path: Path) -> None:
    """Bring the database to the latest schema, refusing foreign or newer files."""
    refuse_newer(db, path)
    with sqlite_errors(path):
        applied = applied_migrations(db)
        if not applied and _has_foreign_tables(db):
            raise DeskError(
                _("{path} ist keine Anfragen-Desk-Datenbank (sie enthält fremde Tabellen).").format(
                    path=path
                )
            )
        if set(known_migrations()) - set(applied):
            if db.read_only:
                raise DeskError(
                    _(
                        "Die Datenbank {path} muss auf die Schema-Version {version} "
                        "gebracht werden, ist hier aber schreibgeschützt."
                    ).format(path=path, version=len(known_migrations()))
                )
            from sqlite_utils import Database as UtilsDatabase

            # Plugins could change the connection behind our back; this app has none.
            utils_db = UtilsDatabase(db.conn, execute_plugins=False)
            _migrations().apply(utils_db)
            # user_version lets external tools see the schema version too.
            db.execute(f"PRAGMA user_version = {schema_version(db)}")


def _table_exists(db: Database, name: str) -> bool:
    """Tell whether a table exists (sqlite-utils' Table.exists(), in SQL)."""
    row = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
    ).fetchone()
    return row is not None


def _has_foreign_tables(db: Database) -> bool:
    ours = {MIGRATIONS_TABLE}
    names = {
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    return bool(names - ours)
