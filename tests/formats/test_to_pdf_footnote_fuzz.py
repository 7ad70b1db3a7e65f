"""Random inquiries: every note begins on its marker's page, whole, and clear of the body."""

from __future__ import annotations

import re

import pytest

from desk_app.formats.write.pdf.styles import BODY_SIZE, NOTE_SIZE
from desk_app.formats.write.pdf.writer import render_pdf
from desk_app.formats.write.plan import build_plan
from desk_app.model import plain_text
from desk_app.rules.registry import ProfileRegistry
from tests.formats.pdf_random import random_inquiry
from tests.formats.pdf_reading import note_rule, reader, text_runs
from tests.formats.pdf_samples import note_text

FAST, SLOW = range(30), range(1000, 1220)


@pytest.fixture(scope="module")
def profiles() -> ProfileRegistry:
    return ProfileRegistry.load()


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def check_document(seed: int, profiles: ProfileRegistry) -> None:
    """Render one random inquiry and check its notes against its markers, page by page."""
    inquiry = random_inquiry(seed)
    plan = build_plan(inquiry, profiles.get(inquiry.parliament))
    result = render_pdf(plan)
    placement = result.placement
    numbers = {note.number for note in plan.notes}
    assert placement.misplaced() == [], seed
    assert set(placement.marker_pages) == set(placement.note_pages) == numbers, seed
    note_pages: list[str] = []
    for index, runs in enumerate(text_runs(result.data)):
        rule = note_rule(result.data, index) or 0.0  # a page without notes: no rule
        notes = [r for r in runs if r.y < rule]
        # Descent of the lowest body line and ascent of the first note stay clear of the rule.
        assert all(r.y - 0.25 * r.size > rule for r in runs if r.size >= BODY_SIZE), (seed, index)
        assert all(r.y + 0.95 * NOTE_SIZE < rule and r.size <= NOTE_SIZE for r in notes), seed
        note_pages.append(" ".join(r.text for r in notes if r.size == NOTE_SIZE))
    assert len(note_pages) == len(reader(result.data).pages)
    for number in numbers:
        pages = [i + 1 for i, text in enumerate(note_pages) if note_text(number) in text]
        assert pages == [placement.marker_pages[number]], (seed, number)
    # Nothing lost, repeated or mixed in: the note area holds exactly the notes' text.
    printed = _squeeze("".join(note_pages))
    assert len(printed) == sum(len(_squeeze(plain_text(note.text))) for note in plan.notes), seed
    for note in plan.notes:
        assert printed.count(_squeeze(plain_text(note.text))) == 1, (seed, note.number)


@pytest.mark.parametrize("seed", FAST)
def test_random_inquiries_put_each_note_on_its_markers_page(seed, profiles):
    check_document(seed, profiles)


@pytest.mark.slow
@pytest.mark.parametrize("seed", SLOW)
def test_many_random_inquiries_put_each_note_on_its_markers_page(seed, profiles):
    check_document(seed, profiles)
