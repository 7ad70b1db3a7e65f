"""The trash: deleted inquiries with their revisions, until they are restored or purged."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desk_app.i18n import _
from desk_app.model import DeskError
from desk_app.storage.records import RevisionEvent

if TYPE_CHECKING:
    from desk_app.storage.dialect import Dialect

_COLUMNS = "inquiry_id, parliament, kind, number, drucksache, title, deleted_at"


@dataclass(frozen=True, slots=True)
class DeletedInquiry:
    """Name one inquiry in the trash."""

    id: int
    parliament: str
    kind: str
    number: str | None
    drucksache: str | None
    title: str
    deleted_at: datetime


def move_to_trash(conn: Any, dialect: Dialect, inquiry_id: int, moment: str) -> None:
    """Move an inquiry's row and revisions into the trash, inside the caller's transaction."""
    # Each revision as [saved_at, data, event, detail, author]; trash rows written
    # before revisions knew their event hold [saved_at, data], before they knew
    # their author [saved_at, data, event, detail], and are read back as such.
    revisions = [
        list(row)
        for row in conn.execute(
            "SELECT saved_at, data, event, detail, author FROM revisions WHERE inquiry_id = ? "
            "ORDER BY id",
            (inquiry_id,),
        )
    ]
    conn.execute("DELETE FROM trash WHERE inquiry_id = ?", (inquiry_id,))
    conn.execute(
        "INSERT INTO trash (inquiry_id, parliament, kind, number, drucksache, title, "
        "created_at, deleted_at, revisions, data) SELECT id, parliament, kind, number, "
        "drucksache, title, created_at, ?, ?, data FROM inquiries WHERE id = ?",
        (moment, json.dumps(revisions, ensure_ascii=False, separators=(",", ":")), inquiry_id),
    )
    dialect.index.remove(conn, inquiry_id)
    conn.execute("DELETE FROM inquiries WHERE id = ?", (inquiry_id,))


def take_from_trash(conn: Any, inquiry_id: int) -> tuple[str, str]:
    """Put an inquiry's row (data still empty) and revisions back; return (created_at, data)."""
    row = conn.execute(
        "SELECT parliament, kind, created_at, revisions, data FROM trash WHERE inquiry_id = ?",
        (inquiry_id,),
    ).fetchone()
    if row is None:
        raise _not_in_trash(inquiry_id)
    parliament, kind, created_at, revisions, data = row
    conn.execute(
        "INSERT INTO inquiries (id, parliament, kind, status, created_at, updated_at, version, "
        "data) VALUES (?, ?, ?, 'draft', ?, ?, 0, '{}')",
        (inquiry_id, parliament, kind, created_at, created_at),
    )
    conn.executemany(
        "INSERT INTO revisions (inquiry_id, saved_at, data, event, detail, author) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [_revision_row(inquiry_id, kept) for kept in json.loads(revisions)],
    )
    conn.execute("DELETE FROM trash WHERE inquiry_id = ?", (inquiry_id,))
    return created_at, data


def _revision_row(inquiry_id: int, kept: list[str]) -> tuple[int, str, str, str, str, str]:
    """Return a trashed revision as a row; one trashed before events were kept is "unknown"."""
    saved_at, data, *rest = kept
    event, detail = rest[:2] if len(rest) >= 2 else (RevisionEvent.UNKNOWN.value, "")
    author = rest[2] if len(rest) >= 3 else ""
    return inquiry_id, saved_at, data, event, detail, author


def purge_from_trash(conn: Any, inquiry_id: int) -> None:
    """Remove an inquiry from the trash for good, inside the caller's transaction."""
    if conn.execute("DELETE FROM trash WHERE inquiry_id = ?", (inquiry_id,)).rowcount == 0:
        raise _not_in_trash(inquiry_id)


def _not_in_trash(inquiry_id: int) -> DeskError:
    return DeskError(
        _("Im Papierkorb liegt keine Anfrage mit der Nummer {id}.").format(id=inquiry_id)
    )


def trash_rows(conn: Any) -> list[DeletedInquiry]:
    """Return the inquiries in the trash, most recently deleted first."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM trash ORDER BY deleted_at DESC, inquiry_id DESC")
    return [
        DeletedInquiry(
            row[0], row[1], row[2], row[3], row[4], row[5], datetime.fromisoformat(row[6])
        )
        for row in rows
    ]


def next_inquiry_id(conn: Any) -> int:
    """Return an id that neither a live nor a deleted inquiry has, so a restore never collides."""
    live = conn.execute("SELECT coalesce(max(id), 0) FROM inquiries").fetchone()[0]
    trashed = conn.execute("SELECT coalesce(max(inquiry_id), 0) FROM trash").fetchone()[0]
    return max(int(live), int(trashed)) + 1
