"""DOCX import: our own export back to the same inquiry, and the parliaments' published forms."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from desk_app.formats.catalog import import_file
from desk_app.formats.read.docx.reader import from_docx, from_docx_bytes
from desk_app.formats.write.docx.writer import to_docx
from desk_app.model import FootnoteRef, Run
from desk_app.rules.registry import ProfileRegistry
from tests.formats.docx_inquiries import many_notes_inquiry, seed_inquiry
from tests.formats.samples import forms
from tests.formats.samples.make_docx import make_docx
from tests.formats.samples.roundtrip import printed_view


def _round_trip(inquiry, registry: ProfileRegistry):
    data = to_docx(inquiry, registry.get(inquiry.parliament), "drucksache")
    return from_docx_bytes(data, registry)


def test_seed_export_reads_back_as_the_same_inquiry(registry):
    original = seed_inquiry()
    result = _round_trip(original, registry)
    assert printed_view(result.inquiry) == printed_view(original)
    assert "Kleine Anfrage 3417" in " ".join(result.report)


def test_notes_in_title_quotes_and_sub_questions_read_back(registry):
    original = many_notes_inquiry(40)
    original.drucksache = "18/123"
    result = _round_trip(original, registry)
    assert printed_view(result.inquiry) == printed_view(original)


def test_multi_paragraph_questions_and_sub_questions_read_back(registry):
    original = seed_inquiry()
    original.questions[0].text.append(copy.deepcopy(original.preamble[0]))
    original.questions[1].subquestions = [
        [original.preamble[1]],
        [original.preamble[2], original.preamble[3]],
    ]
    result = _round_trip(original, registry)
    assert printed_view(result.inquiry) == printed_view(original)


def test_file_import_through_the_catalog(registry, tmp_path: Path):
    path = tmp_path / "anfrage.docx"
    path.write_bytes(to_docx(seed_inquiry(), registry.get("NW"), "drucksache"))
    assert import_file(path, registry).inquiry.number == "3417"


@pytest.mark.parametrize("typed", [True, False])
def test_nw_form_with_word_notes_and_quoted_old_questions(registry, typed: bool):
    inquiry = from_docx_bytes(make_docx(forms.nw_inquiry(), typed_numbers=typed), registry).inquiry
    assert inquiry.parliament == "NW" and inquiry.number == "3417"
    assert next(q.text[0].inlines[0] for q in inquiry.questions) == Run(
        "Wie viele Integrationsagenturen fördert das Land"
    )
    # The marker stands before the question mark, and the quoted old questions stay preamble.
    assert inquiry.questions[0].text[0].inlines[1:] == [FootnoteRef("3"), Run("?")]
    assert len(inquiry.questions) == 3
    assert any("Wer trägt die Kosten?" in str(p) for p in inquiry.preamble)
    assert len(inquiry.footnotes) == 3
    assert inquiry.dates.signed is not None and inquiry.drucksache == "17/8765"


@pytest.mark.parametrize(
    ("form", "parliament", "questions", "subs"),
    [
        (forms.bt_inquiry, "BT", 2, 0),
        (forms.by_inquiry, "BY", 2, 3),
        (forms.bw_inquiry, "BW", 2, 0),
        (forms.ni_inquiry, "NI", 2, 0),
    ],
)
def test_published_forms(registry, form, parliament: str, questions: int, subs: int):
    result = from_docx_bytes(make_docx(form()), registry)
    inquiry = result.inquiry
    assert inquiry.parliament == parliament
    assert len(inquiry.questions) == questions
    assert len(inquiry.questions[0].subquestions) == subs
    assert inquiry.title.inlines and inquiry.preamble is not None
    assert inquiry.drucksache is not None and inquiry.term is not None


def test_bw_begruendung_after_the_questions_is_the_preamble(registry):
    result = from_docx_bytes(make_docx(forms.bw_inquiry()), registry)
    assert "Grundschulen fehlen" in str(result.inquiry.preamble)
    assert result.inquiry.signature == ["Peter Klein"]
    assert not any("Text nach den Fragen" in line for line in result.uncertain)


def test_bt_faction_and_berlin_date(registry):
    inquiry = from_docx_bytes(make_docx(forms.bt_inquiry()), registry).inquiry
    assert inquiry.faction == "CDU/CSU"
    assert inquiry.dates.signed is not None and inquiry.dates.signed.day == 18


def test_unknown_parliament_without_override_is_refused(registry, tmp_path: Path):
    from desk_app.model import DeskError

    spec = forms.by_inquiry()
    spec.items = [item for item in spec.items if item.role != "header"]
    spec.items[0].text = "Kleine Anfrage"
    spec.items[3].text = "Wir fragen:"
    with pytest.raises(DeskError, match="Parlament"):
        from_docx_bytes(make_docx(spec), registry)
    path = tmp_path / "x.docx"
    path.write_bytes(make_docx(spec))
    assert from_docx(path, registry, parliament="BY").inquiry.parliament == "BY"
