"""PDF import: our own export's text content, and published Drucksachen with notes at page feet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desk_app.formats.catalog import import_file
from desk_app.formats.read.pdf.reader import from_pdf_bytes
from desk_app.formats.write.pdf.writer import to_pdf
from desk_app.model import FootnoteRef, Run, plain, plain_text
from tests.formats.docx_inquiries import many_notes_inquiry, seed_inquiry
from tests.formats.samples import forms
from tests.formats.samples.make_pdf import make_pdf
from tests.formats.samples.roundtrip import printed_view, words_of
from tests.formats.samples.spec import Item


def test_seed_export_reads_back_with_the_same_text_and_structure(registry):
    original = seed_inquiry()
    data = to_pdf(original, registry.get("NW"), "drucksache")
    result = from_pdf_bytes(data, registry)
    assert words_of(result.inquiry) == words_of(original)
    # Here even the structure survives: the paragraph cut by a page break is whole again.
    assert printed_view(result.inquiry) == printed_view(original)


def test_notes_markers_bold_italic_and_quotes_read_back(registry):
    original = many_notes_inquiry(40)
    original.drucksache = "18/123"
    data = to_pdf(original, registry.get("NW"), "drucksache")
    result = from_pdf_bytes(data, registry)
    assert printed_view(result.inquiry) == printed_view(original)


def test_file_import_through_the_catalog(registry, tmp_path: Path):
    path = tmp_path / "drs.pdf"
    path.write_bytes(to_pdf(seed_inquiry(), registry.get("NW"), "drucksache"))
    assert import_file(path, registry).inquiry.drucksache == "17/8765"


def _nw(registry):
    return from_pdf_bytes(make_pdf(forms.nw_inquiry()), registry)


def test_nw_drucksache_header_footer_and_notice(registry):
    result = _nw(registry)
    inquiry = result.inquiry
    assert (inquiry.parliament, inquiry.term, inquiry.number) == ("NW", 17, "3417")
    assert inquiry.drucksache == "17/8765"
    assert inquiry.dates.signed == inquiry.dates.issued == date(2020, 2, 19)
    text = plain_text(inquiry.preamble)
    assert "Veröffentlichungen" not in text and "Wahlperiode" not in text
    assert "- 2 -" not in text


def test_nw_notes_at_page_feet_join_their_markers(registry):
    inquiry = _nw(registry).inquiry
    assert len(inquiry.footnotes) == 3
    # Glued to a word before the full stop, after a space, and before the question mark.
    assert [FootnoteRef("1"), Run(".")] == inquiry.preamble[0].inlines[-2:]
    assert any(
        isinstance(item, Run) and item.text.endswith("Euro ")
        for para in inquiry.preamble
        for item in para.inlines
    )
    assert inquiry.questions[0].text[0].inlines[-2:] == [FootnoteRef("3"), Run("?")]
    assert plain_text(inquiry.footnotes["3"].text) == forms.URL_LONG  # rejoined at its hyphen
    assert inquiry.sources and next(iter(inquiry.sources.values())).url == forms.URL_LONG


def test_nw_paragraph_across_the_page_break_is_one(registry):
    inquiry = _nw(registry).inquiry
    texts = [plain(para.inlines) for para in inquiry.preamble]
    assert any(
        text.endswith("so die Ankündigung.") and text.startswith("Die Landesregierung")
        for text in texts
    )
    assert all(text[0].isupper() or text[0].isdigit() for text in texts)


def test_quoted_questions_of_an_earlier_inquiry_stay_in_the_preamble(registry):
    inquiry = _nw(registry).inquiry
    assert len(inquiry.questions) == 3
    assert "2. Wer trägt die Kosten?" in plain_text(inquiry.preamble)
    assert inquiry.lead_in == "Vor diesem Hintergrund fragen wir die Landesregierung:"


def test_reprint_with_two_dates(registry):
    spec = forms.nw_inquiry()
    spec.items.insert(2, Item("header", "", right="Neudruck"))
    spec.first_footer += " (Neudruck 24.02.2020)"
    inquiry = from_pdf_bytes(make_pdf(spec), registry).inquiry
    assert inquiry.dates.issued == date(2020, 2, 19)
    assert inquiry.dates.reprinted == date(2020, 2, 24)


@pytest.mark.parametrize(
    ("form", "parliament", "questions", "subs", "lead_in"),
    [
        (forms.bt_inquiry, "BT", 2, 0, "Wir fragen die Bundesregierung:"),
        (forms.by_inquiry, "BY", 2, 3, "Die Staatsregierung wird gefragt:"),
        (forms.bw_inquiry, "BW", 2, 0, "Ich frage die Landesregierung:"),
        (forms.ni_inquiry, "NI", 2, 0, ""),
    ],
)
def test_published_forms(registry, form, parliament, questions, subs, lead_in):
    result = from_pdf_bytes(make_pdf(form()), registry)
    inquiry = result.inquiry
    assert inquiry.parliament == parliament and inquiry.lead_in == lead_in
    assert len(inquiry.questions) == questions
    assert len(inquiry.questions[0].subquestions) == subs
    assert inquiry.originators and inquiry.title.inlines
    assert not any("Einleitungssatz" in line for line in result.uncertain)


def test_bw_begruendung_and_bt_signature_date(registry):
    bw = from_pdf_bytes(make_pdf(forms.bw_inquiry()), registry).inquiry
    assert "Grundschulen fehlen" in plain_text(bw.preamble) and bw.signature == ["Peter Klein"]
    bt = from_pdf_bytes(make_pdf(forms.bt_inquiry()), registry).inquiry
    assert bt.faction == "CDU/CSU" and bt.dates.signed == date(2025, 3, 18)
