"""Schema versions: each migration runs once, in its own transaction.

Migrations are frozen SQL, never sqlite-utils table helpers, so that a
database made by any released version is upgraded the same way forever.
Never edit or reorder a released migration; append a new one.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desk_app.model import DeskError
from desk_app.storage.database import sqlite_errors

MIGRATIONS = Migrations("anfragen-desk")


@MIGRATIONS(name="0001_initial")
def _initial(db: Database) -> None:
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


@MIGRATIONS(name="0002_status_due_index")
def _status_due_index(db: Database) -> None:
    # The deadline view counts and reads open inquiries by status and due date
    # at every autosave; without this index that took ~0.5 s at 100,000 rows.
    db.execute("CREATE INDEX idx_inquiries_status_due ON inquiries (status, due)")


@MIGRATIONS(name="0003_trash")
def _trash(db: Database) -> None:
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


def known_migrations() -> list[str]:
    """Return the names of all migrations this version knows, oldest first."""
    return [migration.name for migration in MIGRATIONS._migrations]


def schema_version(db: Database) -> int:
    """Return how many of this app's migrations the database has applied."""
    return len(MIGRATIONS.applied(db))


def migrate(db: Database, path: Path) -> None:
    """Bring the database to the latest schema, refusing foreign or newer files."""
    with sqlite_errors(path):
        applied = [migration.name for migration in MIGRATIONS.applied(db)]
        if not applied and _has_foreign_tables(db):
            raise DeskError(
                f"{path} ist keine Anfragen-Desk-Datenbank (sie enthält fremde Tabellen)."
            )
        if set(applied) - set(known_migrations()):
            raise DeskError(
                f"Die Datenbank {path} stammt aus einer neueren Version von Anfragen-Desk; "
                "bitte aktualisieren Sie das Programm."
            )
        if MIGRATIONS.pending(db):
            MIGRATIONS.apply(db)
            # user_version lets external tools see the schema version too.
            db.execute(f"PRAGMA user_version = {schema_version(db)}")


def _has_foreign_tables(db: Database) -> bool:
    ours = {Migrations.migrations_table}
    names = {
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    return bool(names - ours)
