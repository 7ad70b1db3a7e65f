"""What the store is given is what it gives back, field by field."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings

from desk_app.model import Inquiry
from desk_app.storage import InquiryStore
from tests.strategies import inquiries


def test_add_then_get_returns_an_equal_inquiry(tmp_path: Path) -> None:
    with InquiryStore(tmp_path / "desk.sqlite3") as store:

        @settings(max_examples=100, deadline=None)
        @given(inquiries())
        def check(inquiry: Inquiry) -> None:
            new_id = store.add(inquiry)
            assert inquiry.id == new_id
            assert store.get(new_id) == inquiry

        check()


def test_round_trip_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    with InquiryStore(path) as store:

        @settings(max_examples=10, deadline=None)
        @given(inquiries())
        def add(inquiry: Inquiry) -> None:
            store.add(inquiry)
            saved.append(inquiry)

        saved: list[Inquiry] = []
        add()
    with InquiryStore(path) as store:
        for inquiry in saved:
            assert inquiry.id is not None
            assert store.get(inquiry.id) == inquiry
