"""Who has which inquiry open on the server (the soft lock), as each desk's listener says it."""

from __future__ import annotations

from desk_app.storage import InquiryStore
from tests.pg_server import admin
from tests.storage.conftest import make_inquiry


def test_a_desk_sees_who_else_has_an_inquiry_open_and_not_itself(pg_url):
    with (
        InquiryStore(pg_url, author="anna") as anna,
        InquiryStore(pg_url, author="bernd") as bernd,
    ):
        first, second = anna.add(make_inquiry("Radwege")), anna.add(make_inquiry("Brücken"))
        hers, his = anna.listen(), bernd.listen()
        assert hers is not None and his is not None
        try:
            hers.announce(first)
            assert his.editors(first) == ["anna"] and hers.editors(first) == []
            his.announce(first)
            assert hers.editors(first) == ["bernd"]
            assert set(his.editors(first)) == {"anna"}
            hers.announce(second)  # she moved on: first is his alone
            assert his.editors(first) == [] and his.editors(second) == ["anna"]
            hers.announce(None)
            assert his.editors(second) == []
        finally:
            hers.close()
            his.close()


def test_a_desk_that_went_away_without_a_word_stops_counting(pg_server, pg_url):
    with InquiryStore(pg_url, author="anna") as anna, InquiryStore(pg_url) as other:
        inquiry_id = anna.add(make_inquiry("Radwege"))
        hers, watching = anna.listen(), other.listen()
        assert hers is not None and watching is not None
        try:
            hers.announce(inquiry_id)
            assert watching.editors(inquiry_id) == ["anna"]
            # Her laptop was shut: the row is no longer refreshed.
            admin(pg_server, "UPDATE presence SET seen_at = now() - interval '2 minutes'", "desk")
            assert watching.editors(inquiry_id) == []
        finally:
            hers.close()
            watching.close()


def test_closing_the_listener_says_nothing_is_open_any_more(pg_url):
    with InquiryStore(pg_url, author="anna") as anna, InquiryStore(pg_url) as other:
        inquiry_id = anna.add(make_inquiry("Radwege"))
        hers, watching = anna.listen(), other.listen()
        assert hers is not None and watching is not None
        hers.announce(inquiry_id)
        hers.close()
        try:
            assert watching.editors(inquiry_id) == []
        finally:
            watching.close()
