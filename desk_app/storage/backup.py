"""Copy a live database into timestamped backup files and keep the newest few."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from desk_app.i18n import _
from desk_app.model import DeskError


def backup_database(
    conn: sqlite3.Connection, stem: str, dest_dir: Path, moment: datetime, keep: int
) -> Path:
    """Write a consistent copy of the database to dest_dir and delete all but `keep` copies."""
    if keep < 1:
        raise ValueError("keep must be at least 1")
    target = dest_dir / f"{stem}-{moment:%Y%m%d-%H%M%S}.sqlite3"
    partial = dest_dir / f".{target.name}.partial"
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
        _copy(conn, partial)
        # Rename into place: a failed backup never looks like a good one.
        # Two backups in the same second: the newer one replaces the older.
        os.replace(partial, target)
        rotate_backups(dest_dir, stem, keep)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise DeskError(
            _("Die Sicherung nach {folder} ist fehlgeschlagen ({error}).").format(
                folder=dest_dir, error=error
            )
        ) from None
    return target


def backups(dest_dir: Path, stem: str) -> list[Path]:
    """Return the backup files of a database in dest_dir, oldest first."""
    pattern = re.compile(re.escape(stem) + r"-\d{8}-\d{6}\.sqlite3")
    if not dest_dir.is_dir():
        return []
    return sorted(path for path in dest_dir.iterdir() if pattern.fullmatch(path.name))


def _copy(conn: sqlite3.Connection, partial: Path) -> None:
    partial.unlink(missing_ok=True)
    copy = sqlite3.connect(partial)
    try:
        # The online backup API copies a consistent snapshot while others write.
        conn.backup(copy)
        # A single self-contained file is what a backup should be, not WAL.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()


def rotate_backups(dest_dir: Path, stem: str, keep: int) -> None:
    """Delete all but the newest `keep` backups of a database in dest_dir."""
    for old in backups(dest_dir, stem)[:-keep]:
        old.unlink(missing_ok=True)
