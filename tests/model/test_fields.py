"""`desk set` semantics: typed values, clear errors, derived status."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.model import DeskError, Inquiry, Status
from desk_app.model.fields import parse_date, set_field


def test_dates_accept_iso_and_german_forms():
    assert parse_date("2020-02-19") == parse_date("19.02.2020") == date(2020, 2, 19)


@pytest.mark.parametrize("bad", ["2025-02-30", "31.04.2024", "gestern", "2020-2-19", ""])
def test_impossible_or_malformed_dates_are_refused(bad):
    with pytest.raises(DeskError):
        parse_date(bad)


def test_status_follows_the_tracked_facts():
    inquiry = Inquiry("NW", "kleine-anfrage")
    assert inquiry.status is Status.DRAFT
    set_field(inquiry, "dates.submitted", "2020-02-19")
    assert inquiry.status is Status.SUBMITTED
    set_field(inquiry, "drucksache", "17/8765")
    assert inquiry.status is Status.PUBLISHED
    set_field(inquiry, "dates.answered", "18.03.2020")
    assert inquiry.status is Status.ANSWERED
    set_field(inquiry, "withdrawn", "ja")
    assert inquiry.status is Status.WITHDRAWN


def test_empty_value_clears_and_unknown_field_is_named():
    inquiry = Inquiry("NW", "kleine-anfrage", drucksache="17/1")
    set_field(inquiry, "drucksache", "")
    assert inquiry.drucksache is None
    with pytest.raises(DeskError, match="gibt es nicht"):
        set_field(inquiry, "dates.tomorrow", "2020-01-01")
    with pytest.raises(DeskError):
        set_field(inquiry, "term", "siebzehn")


def test_title_keeps_its_footnote_markers():
    from desk_app.model import FootnoteRef, Paragraph, Run

    inquiry = Inquiry("NW", "kleine-anfrage", title=Paragraph([Run("Alt"), FootnoteRef("f")]))
    set_field(inquiry, "title", "Neu")
    assert inquiry.title.inlines == [Run("Neu"), FootnoteRef("f")]
