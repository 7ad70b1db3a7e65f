"""Listing: summaries without the data column, filtered, sorted and paged."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desk_app.model import DeskError, Extension, Inquiry, Status
from desk_app.storage import InquiryStore, InquirySummary
from tests.storage.conftest import FakeClock, make_inquiry


def test_summary_holds_the_listed_columns(store: InquiryStore) -> None:
    inquiry = make_inquiry("Förderung")
    inquiry.term, inquiry.number, inquiry.drucksache = 17, "3417", "17/8765"
    inquiry.dates.due_override = date(2020, 3, 4)
    inquiry_id = store.add(inquiry)
    assert store.list() == [
        InquirySummary(
            id=inquiry_id,
            parliament="NW",
            kind="kleine-anfrage",
            term=17,
            number="3417",
            drucksache="17/8765",
            title="Förderung",
            status=Status.PUBLISHED,
            due=date(2020, 3, 4),
            updated_at=datetime(2024, 3, 1, 9, 0, 1, tzinfo=UTC),
        )
    ]


def test_status_and_due_follow_the_saved_inquiry(store: InquiryStore) -> None:
    inquiry = make_inquiry()
    store.add(inquiry)
    assert store.list()[0].status is Status.DRAFT
    inquiry.dates.submitted = date(2020, 2, 19)
    inquiry.dates.due_override = date(2020, 3, 4)
    inquiry.dates.extensions.append(Extension(new_due=date(2020, 3, 18)))
    store.save(inquiry)
    [summary] = store.list()
    assert summary.status is Status.SUBMITTED
    assert summary.due == date(2020, 3, 18)


def test_an_injected_due_rule_fills_the_due_column(db_path: Path, clock: FakeClock) -> None:
    with InquiryStore(db_path, now=clock, due=lambda inquiry: date(2030, 1, 1)) as store:
        store.add(make_inquiry())
        assert store.list()[0].due == date(2030, 1, 1)


@pytest.fixture
def many(store: InquiryStore) -> InquiryStore:
    for number in range(30):
        parliament = "NW" if number % 3 else "BY"
        kind = "grosse-anfrage" if number % 5 == 0 else "kleine-anfrage"
        inquiry = make_inquiry(f"Anfrage {number:02}", parliament=parliament, kind=kind)
        if number % 2:
            inquiry.dates.submitted = date(2024, 1, 1)
        store.add(inquiry)
    return store


def test_filters_combine_and_count_agrees(many: InquiryStore) -> None:
    found = many.list(parliament="NW", status=Status.SUBMITTED, kind="kleine-anfrage")
    expected = [n for n in range(30) if n % 3 and n % 2 and n % 5]
    assert sorted(s.title for s in found) == [f"Anfrage {n:02}" for n in expected]
    assert many.count(parliament="NW", status="submitted", kind="kleine-anfrage") == len(expected)
    assert many.count() == 30
    assert many.list(parliament="HB") == []


def test_newest_first_by_default_and_pages_do_not_overlap(many: InquiryStore) -> None:
    everything = many.list()
    assert [s.title for s in everything[:2]] == ["Anfrage 29", "Anfrage 28"]
    pages = [many.list(limit=7, offset=offset) for offset in range(0, 30, 7)]
    assert [s for page in pages for s in page] == everything
    assert [len(page) for page in pages] == [7, 7, 7, 7, 2]


def test_other_orders(many: InquiryStore) -> None:
    assert many.list(order="title", limit=2)[0].title == "Anfrage 00"
    assert many.list(order="id")[0].id < many.list(order="id")[-1].id
    with pytest.raises(ValueError):
        many.list(order="title; DROP TABLE inquiries")


def test_unknown_status_is_a_programming_error(store: InquiryStore) -> None:
    with pytest.raises(ValueError):
        store.list(status="vergessen")


def test_list_never_reads_the_data_column(sqlite_store: InquiryStore) -> None:
    # SQLite stores `data` last, in overflow pages a list must never touch.
    store = sqlite_store
    store.add(make_inquiry())
    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)
    store.list()
    store.search("Förderung")
    store.count()
    store._conn.set_trace_callback(None)
    ours = [sql for sql in statements if not sql.startswith("--")]  # not FTS5's own
    assert ours and not any(re.search(r"\bdata\b", sql) for sql in ours)


def test_a_failing_due_rule_does_not_stop_saving(db_path: Path, clock: FakeClock) -> None:
    def no_profile(inquiry: Inquiry) -> date | None:
        raise DeskError("Kein Profil für XX.")

    with InquiryStore(db_path, now=clock, due=no_profile) as store:
        inquiry = make_inquiry(parliament="XX")
        inquiry.dates.due_override = date(2024, 5, 1)
        store.add(inquiry)
        assert store.list()[0].due == date(2024, 5, 1)
