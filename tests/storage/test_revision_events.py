"""Each revision records the event that made it; older databases upgrade with "unknown"."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desk_app.model import DeskError, paragraph
from desk_app.storage import InquiryStore, RevisionEvent
from tests.faults.make_fixture import FIXTURES
from tests.storage.conftest import make_inquiry


def test_a_store_of_the_old_schema_finds_its_revisions_with_an_event(tmp_path: Path) -> None:
    db = tmp_path / "alt.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v3.sqlite3", db)
    conn = sqlite3.connect(db)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(revisions)")]
    conn.close()
    assert "event" not in columns  # the fixture really is the old schema

    with InquiryStore.open(db) as store:
        old = store.revisions(1)
        assert len(old) == 2
        assert {revision.event for revision in old} == {RevisionEvent.UNKNOWN}
        assert {revision.detail for revision in old} == {""}
        inquiry = store.get(1)
        inquiry.notes = "nach dem Upgrade"
        store.save(inquiry)
        newest, *_rest = store.revisions(1)
        assert newest.event == RevisionEvent.EDITED


def test_add_save_update_and_mark_record_their_events(store: InquiryStore) -> None:
    inquiry = make_inquiry("Erste")
    inquiry_id = store.add(inquiry)
    inquiry.title = paragraph("Zweite")
    assert store.save(inquiry, RevisionEvent.ANSWER_IMPORTED.value, '{"file": "a.pdf"}')
    assert not store.save(inquiry, RevisionEvent.EDITED.value)  # unchanged: no revision
    store.update(inquiry_id, lambda found: setattr(found, "notes", "x"), RevisionEvent.SET.value)
    store.mark(inquiry_id, RevisionEvent.EXPORTED.value, '{"format": "pdf"}')
    events = [(r.event, r.detail) for r in store.revisions(inquiry_id)]
    assert events == [
        ("exported", '{"format": "pdf"}'),
        ("set", ""),
        ("answer_imported", '{"file": "a.pdf"}'),
        ("created", ""),
    ]
    marker, changed = store.revisions(inquiry_id)[:2]
    assert store.revision(inquiry_id, marker.id) == store.revision(inquiry_id, changed.id)
    assert store.get(inquiry_id).notes == "x"


def test_adding_as_names_the_event_of_adds_inside_the_block(store: InquiryStore) -> None:
    with store.adding_as(RevisionEvent.IMPORTED.value, '{"file": "k.docx"}'):
        imported = store.add(make_inquiry())
    created = store.add(make_inquiry())
    assert store.revisions(imported)[0].event == RevisionEvent.IMPORTED
    assert store.revisions(imported)[0].detail == '{"file": "k.docx"}'
    assert store.revisions(created)[0].event == RevisionEvent.CREATED


def test_the_trash_keeps_each_revisions_event(store: InquiryStore) -> None:
    inquiry = make_inquiry("Erste")
    inquiry_id = store.add(inquiry)
    inquiry.title = paragraph("Zweite")
    store.save(inquiry)
    store.mark(inquiry_id, RevisionEvent.EXPORTED.value, '{"format": "md"}')
    store.delete(inquiry_id)
    store.restore_deleted(inquiry_id)
    events = [r.event for r in store.revisions(inquiry_id)]
    assert events == ["undeleted", "exported", "edited", "created"]


def test_a_trash_row_from_before_events_comes_back_as_unknown(store: InquiryStore) -> None:
    inquiry_id = store.add(make_inquiry("Vorher"))
    store.delete(inquiry_id)
    # A trash row as the previous schema wrote it: [saved_at, data] per revision.
    conn = store._conn
    kept = json.loads(conn.execute("SELECT revisions FROM trash").fetchone()[0])
    old_form = json.dumps([entry[:2] for entry in kept])
    conn.execute("UPDATE trash SET revisions = ?", (old_form,))
    if conn.in_transaction:
        conn.commit()
    store.restore_deleted(inquiry_id)
    assert [r.event for r in store.revisions(inquiry_id)] == ["undeleted", "unknown"]


def test_marking_an_unknown_inquiry_is_one_sentence(store: InquiryStore) -> None:
    with pytest.raises(DeskError, match="Keine Anfrage mit der Nummer 42"):
        store.mark(42, RevisionEvent.EXPORTED.value)
