"""update(): read, change and write in one transaction; concurrent writers lose no change."""

from __future__ import annotations

import threading

import pytest

from desk_app.model import DeskError, paragraph
from desk_app.storage import InquiryStore
from tests.storage.conftest import make_inquiry


def test_update_changes_and_returns_the_inquiry(store: InquiryStore) -> None:
    inquiry_id = store.add(make_inquiry("Alt"))
    changed = store.update(inquiry_id, lambda inquiry: setattr(inquiry, "notes", "neu"))
    assert changed.notes == "neu"
    assert store.get(inquiry_id).notes == "neu"
    assert len(store.revisions(inquiry_id)) == 2


def test_a_failing_change_writes_nothing(store: InquiryStore) -> None:
    inquiry_id = store.add(make_inquiry("Alt"))

    def refuse(inquiry) -> None:
        inquiry.notes = "halb"
        raise DeskError("Geht nicht.")

    with pytest.raises(DeskError):
        store.update(inquiry_id, refuse)
    assert store.get(inquiry_id).notes == ""


def test_a_second_writer_waits_and_sees_the_first_writers_change(location, store) -> None:
    inquiry_id = store.add(make_inquiry("Alt"))
    opened, inside, release = threading.Barrier(2), threading.Event(), threading.Event()

    def slow_title(inquiry) -> None:
        inside.set()
        release.wait(10)  # hold the write transaction open while the other writer starts
        inquiry.title = paragraph("Neuer Titel")

    def first_writer() -> None:
        # One connection per thread, as two processes would have.
        with InquiryStore.open(location, timeout=10) as mine:
            opened.wait(10)
            mine.update(inquiry_id, slow_title)

    def second_writer() -> None:
        with InquiryStore.open(location, timeout=10) as other:
            opened.wait(10)
            inside.wait(10)
            threading.Timer(0.3, release.set).start()  # the first finishes while we wait
            other.update(inquiry_id, lambda inquiry: setattr(inquiry, "notes", "Notiz"))

    threads = [threading.Thread(target=first_writer), threading.Thread(target=second_writer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    final = store.get(inquiry_id)
    assert final.notes == "Notiz"
    assert final.title.inlines[0].text == "Neuer Titel"
