"""The PDF's layout work grows as the notes do: counted, never timed (issue 18)."""

from __future__ import annotations

from collections import Counter
from typing import Any, NamedTuple

import pytest
from reportlab.platypus.paragraph import Paragraph

from desk_app.formats.write.pdf import footnote_frame
from desk_app.formats.write.pdf.footnote_frame import FootnoteFrame
from desk_app.formats.write.pdf.notes import NoteLedger
from desk_app.formats.write.pdf.writer import PdfRender, render_pdf
from desk_app.formats.write.plan import RenderPlan, build_plan
from desk_app.rules.registry import ProfileRegistry
from tests.formats.pdf_samples import long_inquiry

# Below a few hundred notes the fixed part of the sample (its title, questions and one
# very long note) still shapes the pages; from 400 on the work per note is flat.
SMALL, LARGE = 500, 2000
MAX_RATIO = 4.5  # four times the notes: at most this much more of any work (4 is linear)


class Counted(NamedTuple):
    """Hold a rendered inquiry and how often each costly layout step ran."""

    plan: RenderPlan
    result: PdfRender
    counts: Counter[str]


def _counted(notes: int) -> Counted:
    """Render an inquiry with this many notes and count the layout steps that cost."""
    counts: Counter[str] = Counter()
    break_lines = Paragraph.breakLines

    def counted_break_lines(self: Paragraph, width: Any) -> Any:
        counts["line breakings"] += 1
        counts["words given to line breaking"] += len(self.frags)
        result = break_lines(self, width)
        counts["lines broken"] += len(result.lines)
        return result

    def counting(name: str, original: Any, size: Any = None) -> Any:
        def step(*args: Any, **kwargs: Any) -> Any:
            counts[name] += 1 if size is None else size(*args)
            return original(*args, **kwargs)

        return step

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Paragraph, "breakLines", counted_break_lines)
        labels = counting("fragments read for markers", footnote_frame._labels, len)
        patch.setattr(footnote_frame, "_labels", labels)
        pieces = counting("note pieces poured", NoteLedger._pour, lambda _ledger, p, *_: len(p))
        patch.setattr(NoteLedger, "_pour", pieces)
        patch.setattr(NoteLedger, "_height", counting("note heights asked", NoteLedger._height))
        patch.setattr(FootnoteFrame, "_split_at", counting("splits", FootnoteFrame._split_at))
        # Plain paragraphs in proportion (34 per 100 notes, as benchmarked): one mix at each size.
        inquiry = long_inquiry(notes, notes * 34 // 100)
        plan = build_plan(inquiry, ProfileRegistry.load().get(inquiry.parliament))
        return Counted(plan, render_pdf(plan), counts)


@pytest.fixture(scope="module")
def small() -> Counted:
    return _counted(SMALL)


@pytest.fixture(scope="module")
def large() -> Counted:
    return _counted(LARGE)


def test_layout_work_per_note_stays_flat_as_notes_grow(small, large):
    assert set(small.counts) == set(large.counts) and len(small.counts) == 7
    ratios = {name: large.counts[name] / small.counts[name] for name in small.counts}
    assert all(ratio <= MAX_RATIO for ratio in ratios.values()), ratios
    # Each note, each body paragraph (about 2 per 3 notes here) and each piece carried
    # to a next page breaks its lines once: breaking tried pieces again made it 2.9.
    assert large.counts["line breakings"] < 2.5 * LARGE


def test_two_thousand_notes_each_begin_on_their_markers_page(large):
    placement = large.result.placement
    numbers = {note.number for note in large.plan.notes}
    assert len(numbers) == LARGE
    assert placement.misplaced() == []
    assert set(placement.marker_pages) == set(placement.note_pages) == numbers
    assert all(placement.note_pages[n] == placement.marker_pages[n] for n in numbers)
