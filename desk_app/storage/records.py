"""What the store hands out besides whole inquiries: list rows and revisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from desk_app.model import Status

# The columns a list or search reads; never `data`, which can be large.
SUMMARY_COLUMNS = (
    "id",
    "parliament",
    "kind",
    "term",
    "number",
    "drucksache",
    "title",
    "status",
    "due",
    "updated_at",
)

# Sort orders a caller may ask for, mapped to fixed SQL (never user text).
ORDERS = {
    "updated": "updated_at DESC, id DESC",
    "created": "id DESC",
    "due": "due IS NULL, due, id",
    "title": "title COLLATE NOCASE, id",
    "id": "id",
}


@dataclass(frozen=True, slots=True)
class InquirySummary:
    """Hold the columns of one inquiry that lists and search results show."""

    id: int
    parliament: str
    kind: str
    term: int | None
    number: str | None
    drucksache: str | None
    title: str
    status: Status
    due: date | None
    updated_at: datetime


class RevisionEvent(StrEnum):
    """Name what made a revision: the history groups and labels revisions by it."""

    CREATED = "created"
    IMPORTED = "imported"
    EDITED = "edited"
    SET = "set"  # one field set by name (`desk set`)
    SUBMITTED = "submitted"
    EXPORTED = "exported"  # a marker: the data are the stored state at the export
    ANSWER_IMPORTED = "answer_imported"
    RESTORED = "restored"
    RESTORE_UNDONE = "restore_undone"
    UNDELETED = "undeleted"  # brought back from the trash
    UNKNOWN = "unknown"  # saved before revisions recorded their event


@dataclass(frozen=True, slots=True)
class Revision:
    """Name one saved version of an inquiry and the event that made it."""

    id: int
    inquiry_id: int
    saved_at: datetime
    event: str = RevisionEvent.UNKNOWN.value
    detail: str = ""  # what the event needs to be told apart (a format, a file name), as JSON
    author: str = ""  # who saved it: the login or the name set in the settings ("" before 0005)


def summary_from_row(row: tuple[Any, ...]) -> InquirySummary:
    """Build a summary from a row selected in SUMMARY_COLUMNS order."""
    values = dict(zip(SUMMARY_COLUMNS, row, strict=True))
    return InquirySummary(
        id=values["id"],
        parliament=values["parliament"],
        kind=values["kind"],
        term=values["term"],
        number=values["number"],
        drucksache=values["drucksache"],
        title=values["title"],
        status=Status(values["status"]),
        due=date.fromisoformat(values["due"]) if values["due"] else None,
        updated_at=datetime.fromisoformat(values["updated_at"]),
    )


def timestamp(moment: datetime) -> str:
    """Return a moment as a fixed-width UTC ISO string, so text order is time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")
