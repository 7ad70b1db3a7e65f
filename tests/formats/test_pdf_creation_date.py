"""The PDF's creation date: the real time, or the fixed one that byte-stable output asks for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desk_app.formats.write.pdf.writer import FIXED_DATE_VARIABLE, to_pdf
from desk_app.model import DeskError
from tests.formats.pdf_reading import reader
from tests.formats.pdf_samples import seed_inquiry


def test_without_a_fixed_date_the_pdf_is_dated_now(registry, monkeypatch):
    monkeypatch.delenv(FIXED_DATE_VARIABLE, raising=False)
    before = datetime.now(UTC).replace(microsecond=0)
    pdf = to_pdf(seed_inquiry(registry), registry.get("NW"))
    after = datetime.now(UTC)
    created = reader(pdf).metadata.creation_date
    assert created.tzinfo is not None  # the local offset is written, so it compares in UTC
    assert before - timedelta(seconds=1) <= created <= after
    assert reader(pdf).metadata.modification_date == created


def test_a_fixed_date_gives_the_same_bytes_twice(registry, monkeypatch):
    monkeypatch.setenv(FIXED_DATE_VARIABLE, "1582070400")  # 2020-02-19 00:00 UTC
    first = to_pdf(seed_inquiry(registry), registry.get("NW"))
    assert reader(first).metadata.creation_date == datetime(2020, 2, 19, tzinfo=UTC)
    assert to_pdf(seed_inquiry(registry), registry.get("NW")) == first


def test_a_bad_fixed_date_is_one_sentence(registry, monkeypatch):
    monkeypatch.setenv(FIXED_DATE_VARIABLE, "gestern")
    with pytest.raises(DeskError, match="SOURCE_DATE_EPOCH muss eine ganze Zahl"):
        to_pdf(seed_inquiry(registry), registry.get("NW"))
