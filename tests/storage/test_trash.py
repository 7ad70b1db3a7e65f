"""Deleting moves an inquiry to the trash; restoring brings it back whole, under its old id."""

from __future__ import annotations

import pytest

from desk_app.model import DeskError, paragraph
from desk_app.storage import InquiryStore
from tests.storage.conftest import make_inquiry


def test_a_deleted_inquiry_leaves_lists_search_and_counts(store: InquiryStore) -> None:
    keep = store.add(make_inquiry("Radwege im Kreis"))
    gone = store.add(make_inquiry("Schulbau in Köln"))
    store.delete(gone)
    assert [row.id for row in store.list()] == [keep]
    assert store.count() == 1
    assert store.search("Schulbau") == []
    with pytest.raises(DeskError, match=f"Keine Anfrage mit der Nummer {gone}"):
        store.get(gone)
    [deleted] = store.deleted()
    assert (deleted.id, deleted.title) == (gone, "Schulbau in Köln")


def test_restoring_brings_back_text_revisions_and_search(store: InquiryStore) -> None:
    inquiry = make_inquiry("Erste Fassung")
    inquiry_id = store.add(inquiry)
    inquiry.title = paragraph("Zweite Fassung")
    store.save(inquiry)
    store.delete(inquiry_id)
    restored = store.restore_deleted(inquiry_id)
    assert restored.id == inquiry_id
    assert store.get(inquiry_id).title == paragraph("Zweite Fassung")
    titles = [store.revision(inquiry_id, r.id).title for r in store.revisions(inquiry_id)]
    assert paragraph("Erste Fassung") in titles and paragraph("Zweite Fassung") in titles
    assert [row.id for row in store.search("Fassung")] == [inquiry_id]
    assert store.deleted() == []


def test_a_new_inquiry_never_takes_the_id_of_one_in_the_trash(store: InquiryStore) -> None:
    first = store.add(make_inquiry("A"))
    last = store.add(make_inquiry("B"))
    store.delete(last)
    newer = store.add(make_inquiry("C"))
    assert newer not in (first, last)
    store.restore_deleted(last)
    assert {row.id for row in store.list()} == {first, last, newer}


def test_restoring_or_purging_what_is_not_in_the_trash_is_one_sentence(
    store: InquiryStore,
) -> None:
    inquiry_id = store.add(make_inquiry())
    with pytest.raises(DeskError, match="Im Papierkorb liegt keine Anfrage mit der Nummer 99"):
        store.restore_deleted(99)
    with pytest.raises(DeskError, match="Papierkorb"):
        store.purge(inquiry_id)
    assert store.count() == 1


def test_purging_empties_the_trash_for_good(store: InquiryStore) -> None:
    inquiry_id = store.add(make_inquiry())
    store.delete(inquiry_id)
    store.purge(inquiry_id)
    assert store.deleted() == []
    with pytest.raises(DeskError):
        store.restore_deleted(inquiry_id)
