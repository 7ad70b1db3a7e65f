"""Every save keeps the earlier version; any version can be seen and restored."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desk_app.model import DeskError, paragraph
from desk_app.storage import InquiryStore
from tests.storage.conftest import make_inquiry


def test_add_records_the_first_revision(store: InquiryStore) -> None:
    inquiry_id = store.add(make_inquiry())
    [revision] = store.revisions(inquiry_id)
    assert revision.inquiry_id == inquiry_id
    assert revision.saved_at == datetime(2024, 3, 1, 9, 0, 1, tzinfo=UTC)


def test_each_save_adds_a_revision_newest_first(store: InquiryStore) -> None:
    inquiry = make_inquiry("Erste Fassung")
    inquiry_id = store.add(inquiry)
    for title in ("Zweite Fassung", "Dritte Fassung"):
        inquiry.title = paragraph(title)
        store.save(inquiry)
    revisions = store.revisions(inquiry_id)
    assert len(revisions) == 3
    assert [r.id for r in revisions] == sorted((r.id for r in revisions), reverse=True)
    titles = [store.revision(inquiry_id, r.id).title for r in revisions]
    assert titles == [paragraph(t) for t in ("Dritte Fassung", "Zweite Fassung", "Erste Fassung")]


def test_saving_unchanged_data_adds_no_revision(store: InquiryStore) -> None:
    inquiry = make_inquiry()
    inquiry_id = store.add(inquiry)
    before = store.list()[0].updated_at
    store.save(inquiry)
    assert len(store.revisions(inquiry_id)) == 1
    assert store.list()[0].updated_at == before


def test_restore_makes_an_old_version_current_as_a_new_revision(store: InquiryStore) -> None:
    inquiry = make_inquiry("Alt")
    inquiry_id = store.add(inquiry)
    first = store.revisions(inquiry_id)[0]
    inquiry.title = paragraph("Neu")
    store.save(inquiry)

    restored = store.restore(inquiry_id, first.id)

    assert restored.title == paragraph("Alt")
    assert store.get(inquiry_id).title == paragraph("Alt")
    assert store.list()[0].title == "Alt"
    assert len(store.revisions(inquiry_id)) == 3
    assert store.search("Alt")[0].id == inquiry_id
    assert store.search("Neu") == []


def test_revision_of_another_inquiry_is_refused(store: InquiryStore) -> None:
    first = store.add(make_inquiry())
    second = store.add(make_inquiry())
    revision_of_first = store.revisions(first)[0].id
    with pytest.raises(DeskError, match=f"Die Anfrage {second} hat keine Fassung"):
        store.revision(second, revision_of_first)


def test_delete_removes_the_inquiry_and_its_revisions(store: InquiryStore) -> None:
    inquiry_id = store.add(make_inquiry("Zu löschen"))
    kept = store.add(make_inquiry("Bleibt"))
    store.delete(inquiry_id)
    with pytest.raises(DeskError):
        store.revisions(inquiry_id)
    assert store.search("löschen") == []
    assert [s.id for s in store.list()] == [kept]
    assert store._conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == 1


@pytest.mark.parametrize("action", ["get", "delete", "revisions", "save"])
def test_unknown_id_gives_one_clear_sentence(store: InquiryStore, action: str) -> None:
    with pytest.raises(DeskError) as caught:
        if action == "save":
            inquiry = make_inquiry()
            inquiry.id = 42
            store.save(inquiry)
        else:
            getattr(store, action)(42)
    assert str(caught.value) == "Keine Anfrage mit der Nummer 42."


def test_save_without_id_is_a_programming_error(store: InquiryStore) -> None:
    with pytest.raises(ValueError):
        store.save(make_inquiry())


def test_add_assigns_a_new_id_even_to_a_stored_inquiry(store: InquiryStore) -> None:
    inquiry = make_inquiry()
    first = store.add(inquiry)
    second = store.add(inquiry)
    assert first != second
    assert store.count() == 2
