"""Move a whole store between a SQLite file and a server, revisions and trash included.

The source is read from one snapshot, the target written in one transaction
that is committed only when its counts and checksums equal the source's: a
copy that went wrong leaves the target as empty as it was. A server's backup
is such a copy into a new SQLite file, which opens as a store of its own and
can be copied back.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from desk_app.i18n import _
from desk_app.model import DeskError
from desk_app.model.codec import decode
from desk_app.storage.backup import rotate_backups
from desk_app.storage.records import SUMMARY_COLUMNS
from desk_app.storage.rows import fts_values


class CopyableStore(Protocol):
    """What a copy needs of a store (InquiryStore has it)."""

    path: Any

    def snapshot(self) -> AbstractContextManager[Any]:
        """Yield the connection inside a read transaction of one moment."""

    def loading(self) -> AbstractContextManager[Any]:
        """Yield the connection inside one write transaction."""

    def index_text(self, inquiry_id: int, values: dict[str, str]) -> None:
        """Index an inquiry's text inside loading()."""

    def after_load(self) -> None:
        """Finish a load inside loading()."""

    def close(self) -> None:
        """Close the store."""


# Each table with its columns in a fixed order, and the key its rows are sorted by.
TABLES: dict[str, tuple[Sequence[str], str]] = {
    "inquiries": ((*SUMMARY_COLUMNS, "created_at", "version", "data"), "id"),
    "revisions": (("id", "inquiry_id", "saved_at", "data", "event", "detail", "author"), "id"),
    "trash": (
        (
            "inquiry_id",
            "parliament",
            "kind",
            "number",
            "drucksache",
            "title",
            "created_at",
            "deleted_at",
            "revisions",
            "data",
        ),
        "inquiry_id",
    ),
    "sources": (("url", "title", "publisher", "accessed", "archive_url"), "url"),
}


@dataclass(frozen=True, slots=True)
class CopyReport:
    """Say what a copy moved: rows per table and the checksum both sides agreed on."""

    rows: dict[str, int]
    checksum: str


def copy_store(source: CopyableStore, target: CopyableStore) -> CopyReport:
    """Copy every row of source into the empty target, verified; return what was copied."""
    with source.snapshot() as reading:
        tables = {name: list(_rows(reading, name)) for name in TABLES}
    expected = _summary(tables)
    with target.loading() as writing:
        if any(_count(writing, name) for name in TABLES):
            raise DeskError(
                _(
                    "{target} enthält schon Anfragen oder Quellen; kopiert wird nur in einen "
                    "leeren Speicher, damit nichts überschrieben wird."
                ).format(target=target.path)
            )
        for name, rows in tables.items():
            _insert(writing, name, rows)
        for row in tables["inquiries"]:
            inquiry = decode(json.loads(row[-1]))
            target.index_text(row[0], fts_values(inquiry))
        target.after_load()
        found = _summary({name: list(_rows(writing, name)) for name in TABLES})
        if found != expected:
            raise DeskError(
                _(
                    "Die Kopie nach {target} stimmt nicht mit dem Original überein; "
                    "sie wurde verworfen, das Ziel ist unverändert."
                ).format(target=target.path)
            )
    return expected


def backup_server(
    store: CopyableStore,
    open_file: Callable[[Path], CopyableStore],
    dest_dir: Path,
    moment: datetime,
    keep: int,
) -> Path:
    """Copy a server's store into a timestamped SQLite file in dest_dir, keeping `keep`.

    `open_file` opens (creates) the store of the new file.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    stem = _database_name(str(getattr(store.path, "url", "")))
    target = dest_dir / f"{stem}-{moment:%Y%m%d-%H%M%S}.sqlite3"
    partial = dest_dir / f".{target.name}.partial"
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        copy = open_file(partial)
        try:
            copy_store(store, copy)
        finally:
            copy.close()
        _single_file(partial)
        os.replace(partial, target)
        rotate_backups(dest_dir, stem, keep)
    except (OSError, sqlite3.Error) as error:
        raise DeskError(
            _("Die Sicherung nach {folder} ist fehlgeschlagen ({error}).").format(
                folder=dest_dir, error=error
            )
        ) from None
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
    return target


def _single_file(path: Path) -> None:
    """Leave WAL: a backup is one self-contained file, as the SQLite store's backups are."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _database_name(url: str) -> str:
    import psycopg.conninfo

    try:
        name = psycopg.conninfo.conninfo_to_dict(url).get("dbname")
    except psycopg.ProgrammingError:
        name = None
    cleaned = "".join(c if c.isalnum() or c in "-_" else "_" for c in str(name or ""))
    return cleaned or "server"


def _rows(conn: Any, table: str) -> Iterator[tuple[Any, ...]]:
    columns, key = TABLES[table]
    cursor = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {key}")
    for row in cursor:
        yield tuple(row)


def _count(conn: Any, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _insert(conn: Any, table: str, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    columns, _key = TABLES[table]
    marks = ", ".join("?" for _column in columns)
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def _summary(tables: dict[str, list[tuple[Any, ...]]]) -> CopyReport:
    """Return the row counts and one checksum over every value of every table, in order."""
    digest = hashlib.sha256()
    for name, rows in tables.items():
        digest.update(name.encode())
        for row in rows:
            digest.update(json.dumps(row, ensure_ascii=False, default=str).encode())
    return CopyReport({name: len(rows) for name, rows in tables.items()}, digest.hexdigest())
