"""How one inquiry maps onto rows: its list columns, search text, revision and sources."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from desk_app.i18n import _
from desk_app.model import DeskError, Inquiry, Source, plain, plain_text
from desk_app.model.codec import encode
from desk_app.storage.conflict import StaleInquiry
from desk_app.storage.records import RevisionEvent

if TYPE_CHECKING:
    from desk_app.storage.dialect import Dialect


class Written(NamedTuple):
    """Say what write_inquiry() did: whether it wrote a revision, the version and data now."""

    changed: bool
    version: int
    data: str  # the stored JSON: the base a later merge compares both edits with


def write_inquiry(
    conn: Any,
    dialect: Dialect,
    inquiry: Inquiry,
    moment: str,
    due: date | None,
    *,
    inserted: bool,
    event: str = RevisionEvent.EDITED.value,
    detail: str = "",
    author: str = "",
    expected: int | None = None,
) -> Written:
    """Write an inquiry's row, search text, revision and sources inside the caller's transaction.

    Data identical to the stored row refreshes the list columns only: no
    revision, and updated_at and the version stay, so an idle autosave leaves
    no trace. With `expected`, a row whose version moved on since the caller
    read it is not written: StaleInquiry says who saved in between.
    Return whether a revision (recording `event`) was written, and the version now stored.
    """
    assert inquiry.id is not None
    data = json.dumps(encode(inquiry), ensure_ascii=False, separators=(",", ":"))
    summary = summary_values(inquiry, due)
    row = conn.execute(
        f"SELECT data, version FROM inquiries WHERE id = ?{dialect.row_lock}", (inquiry.id,)
    ).fetchone()
    if row is None:
        raise unknown_inquiry(inquiry.id)
    changed = row[0] != data
    # A save that would write what is stored overwrites nobody's change, however old its base.
    if changed and expected is not None and row[1] != expected:
        raise stale(conn, inquiry.id, row[1])
    assignments = ", ".join(f"{column} = :{column}" for column in summary)
    if changed:
        assignments += ", data = :data, updated_at = :moment, version = version + 1"
    conn.execute(
        f"UPDATE inquiries SET {assignments} WHERE id = :id",
        {**summary, "data": data, "moment": moment, "id": inquiry.id},
    )
    if not changed:
        return Written(False, row[1], data)
    dialect.index.write(conn, inquiry.id, fts_values(inquiry), inserted)
    conn.execute(
        "INSERT INTO revisions (inquiry_id, saved_at, data, event, detail, author) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (inquiry.id, moment, data, event, detail, author),
    )
    for source in inquiry.sources.values():
        remember_source(conn, source)
    return Written(True, row[1] + 1, data)


def stale(conn: Any, inquiry_id: int, version: int) -> StaleInquiry:
    """Return the refusal of a save against an old version, naming the last saver."""
    last = conn.execute(
        "SELECT author, saved_at FROM revisions WHERE inquiry_id = ? ORDER BY id DESC LIMIT 1",
        (inquiry_id,),
    ).fetchone()
    author, saved_at = (last[0], last[1]) if last is not None else ("", "")
    return StaleInquiry(inquiry_id, version, author, saved_at)


def mark_revision(
    conn: Any, inquiry_id: int, moment: str, event: str, detail: str, author: str = ""
) -> None:
    """Record an event that changed no data (an export) as a revision of the stored state."""
    inserted = conn.execute(
        "INSERT INTO revisions (inquiry_id, saved_at, data, event, detail, author) "
        "SELECT id, ?, data, ?, ?, ? FROM inquiries WHERE id = ?",
        (moment, event, detail, author, inquiry_id),
    )
    if inserted.rowcount == 0:
        raise unknown_inquiry(inquiry_id)


def remember_source(conn: Any, source: Source) -> None:
    """Insert or refresh a remembered source keyed by its URL; sources without URL are skipped."""
    if not source.url:
        return
    conn.execute(
        "INSERT INTO sources (url, title, publisher, accessed, archive_url) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET title = excluded.title, "
        "publisher = excluded.publisher, accessed = excluded.accessed, "
        "archive_url = excluded.archive_url",
        (
            source.url,
            source.title,
            source.publisher,
            source.accessed.isoformat() if source.accessed else None,
            source.archive_url,
        ),
    )


def source_from_row(row: tuple[Any, ...]) -> Source:
    """Build a Source from (url, title, publisher, accessed, archive_url); its id is empty."""
    accessed = date.fromisoformat(row[3]) if row[3] else None
    return Source("", row[0], row[1], row[2], accessed, row[4])


def unknown_inquiry(inquiry_id: int) -> DeskError:
    """Return the error for an inquiry id that is not in the database."""
    return DeskError(_("Keine Anfrage mit der Nummer {id}.").format(id=inquiry_id))


def stored_due(inquiry: Inquiry) -> date | None:
    """Return the due date known without deadline rules: the last extension, else the override."""
    for extension in reversed(inquiry.dates.extensions):
        if extension.new_due is not None:
            return extension.new_due
    return inquiry.dates.due_override


def summary_values(inquiry: Inquiry, due: date | None) -> dict[str, Any]:
    """Return the list columns derived from an inquiry, ready for SQL."""
    return {
        "parliament": inquiry.parliament,
        "kind": inquiry.kind,
        "term": inquiry.term,
        "number": inquiry.number,
        "drucksache": inquiry.drucksache,
        "title": plain(inquiry.title.inlines),
        "status": inquiry.status.value,
        "due": due.isoformat() if due else None,
    }


def fts_values(inquiry: Inquiry) -> dict[str, str]:
    """Return the plain text of the four searchable columns."""
    questions = [
        plain_text(text)
        for question in inquiry.questions
        for text in (question.text, *question.subquestions)
    ]
    notes = [plain_text(note.text) for note in inquiry.footnotes.values()]
    # A footnote reads as its cited source too, so the source's title finds it.
    notes += [f"{source.title} {source.publisher}".strip() for source in inquiry.sources.values()]
    return {
        "title": plain(inquiry.title.inlines),
        "preamble": plain_text(inquiry.preamble),
        "questions": "\n".join(questions),
        "footnotes": "\n".join(note for note in notes if note),
    }
