"""Very long paragraphs are cut into chunks of whole lines: same print, same notes, fast."""

from __future__ import annotations

import random

import pytest

from desk_app.formats.write.pdf import long_text as pdf_long_text
from desk_app.formats.write.pdf.fonts import register_fonts
from desk_app.formats.write.pdf.markup import text_segments
from desk_app.formats.write.pdf.page import TEXT_WIDTH
from desk_app.formats.write.pdf.story import ParagraphMaker, build_story
from desk_app.formats.write.pdf.styles import build_styles
from desk_app.formats.write.pdf.writer import render_pdf
from desk_app.formats.write.plan import build_plan
from desk_app.model import Footnote, FootnoteRef, Paragraph, Run, paragraph
from desk_app.rules.registry import ProfileRegistry
from tests.formats.pdf_reading import text_runs
from tests.formats.pdf_samples import _WORDS, stress_inquiry


def _long_inquiry(markers: bool):
    """Return the stress inquiry with a ~100 KB paragraph, bold and italic runs, maybe noted."""
    rng = random.Random(7)
    inquiry = stress_inquiry(notes=20)
    inlines: list = []
    for index in range(60):
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(60, 200)))
        inlines.append(Run(words + " ", bold=index % 7 == 3, italic=index % 5 == 2))
        if markers and index % 3 == 0:
            fid = f"long{index}"
            inquiry.footnotes[fid] = Footnote(fid, [paragraph(f"Lang{index} " + words[:300])])
            inlines.append(FootnoteRef(fid))
    inquiry.preamble.insert(2, Paragraph(inlines))
    return build_plan(inquiry, ProfileRegistry.load().get("NW"))


def _lines(data: bytes) -> list[list[tuple[float, str]]]:
    return [[(round(r.y, 2), r.text.strip()) for r in page] for page in text_runs(data)]


def test_a_normal_paragraph_is_left_alone():
    faces = register_fonts()
    maker = ParagraphMaker(faces, TEXT_WIDTH)
    para = maker.make(text_segments("Ein kurzer Absatz. " * 500), build_styles(faces).body)
    assert pdf_long_text.cut_long_paragraphs([para], TEXT_WIDTH) == [para]


def test_a_long_paragraph_prints_the_same_lines_in_chunks(monkeypatch):
    plan = _long_inquiry(markers=False)
    chunked = render_pdf(plan).data
    monkeypatch.setattr(pdf_long_text, "LONG_TEXT", 10**9)
    assert _lines(chunked) == _lines(render_pdf(plan).data)


@pytest.mark.parametrize("markers", [False, True])
def test_a_long_paragraph_is_cut_and_its_notes_stay_on_their_markers_page(markers):
    plan = _long_inquiry(markers)
    faces = register_fonts()
    maker = ParagraphMaker(faces, TEXT_WIDTH)

    story = build_story(plan, build_styles(faces), maker)
    assert len(pdf_long_text.cut_long_paragraphs(story, TEXT_WIDTH)) > len(story) + 5
    result = render_pdf(plan)
    assert result.placement.misplaced() == []
    assert set(result.placement.note_pages) == {note.number for note in plan.notes}
