"""The PDF reader reports the pages it reads, reads a file once per import, and stops on request."""

from __future__ import annotations

import pytest

from desk_app.formats.read.pdf.reader import from_pdf_bytes
from desk_app.formats.read.pdf.text_layer import read_text_layer
from desk_app.formats.read.reading import current_reading, reading
from desk_app.formats.write.pdf.writer import to_pdf
from desk_app.rules.registry import ProfileRegistry
from tests.formats.pdf_samples import seed_inquiry


class Stop(Exception):
    """What the import's check raises (the service raises Cancelled)."""


@pytest.fixture(scope="module")
def registry():
    return ProfileRegistry.load()


@pytest.fixture(scope="module")
def seed_pdf(registry):
    inquiry = seed_inquiry(registry)
    return to_pdf(inquiry, registry.get(inquiry.parliament), None)


def test_every_page_is_reported_in_order(seed_pdf):
    heard: list[tuple[int, int]] = []
    with reading(lambda done, total: heard.append((done, total))):
        layer = read_text_layer(seed_pdf)
    pages = len(layer.heights)
    assert heard == [(done, pages) for done in range(pages + 1)]


def test_the_same_bytes_are_read_once_inside_one_reading(seed_pdf):
    heard: list[int] = []
    with reading(lambda done, total: heard.append(done)):
        first = read_text_layer(seed_pdf)
        again = read_text_layer(bytes(seed_pdf))  # read from the file a second time
    assert again is first and heard.count(0) == 1
    assert current_reading() is None  # the layer is let go with the reading
    assert read_text_layer(seed_pdf) is not first


def test_a_stop_raised_by_the_page_report_passes_through_unchanged(seed_pdf):
    def pages_read(done: int, total: int) -> None:
        if done == 1:
            raise Stop

    with reading(pages_read), pytest.raises(Stop):  # not turned into "damaged"
        read_text_layer(seed_pdf)


def test_the_check_between_steps_stops_the_read_after_the_pages(seed_pdf, registry):
    checks: list[int] = []

    def check() -> None:
        checks.append(1)
        if len(checks) == 2:  # after the parliament was chosen: before the blocks
            raise Stop

    with reading(check=check), pytest.raises(Stop):
        from_pdf_bytes(seed_pdf, registry)
    assert len(checks) == 2
    with reading(check=checks.clear):  # a check that never stops: the read is whole
        result = from_pdf_bytes(seed_pdf, registry)
    assert result.inquiry.questions
