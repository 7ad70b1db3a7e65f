"""DOCX text: many notes numbered by position, hostile text verbatim, labels, user templates."""

from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Inches

from desk_app.formats.write.docx.writer import export_docx, to_docx
from desk_app.model import DeskError, FootnoteRef, Paragraph, Question, Run, paragraph
from desk_app.rules.registry import ProfileRegistry
from tests.formats.docx_inquiries import SEED_URLS, many_notes_inquiry, seed_inquiry
from tests.formats.docx_read import NS, R_ID, Docx, W, text_of

HOSTILE = "a<b & c>d \"q\" 'x' **fett** <w:t>x</w:t> ]]> &amp; č ő „zitiert“ ß"


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load()


def test_sixty_notes_are_all_present_and_numbered_by_position(registry):
    document = Docx(to_docx(many_notes_inquiry(60), registry.get("NW")))
    texts = document.note_texts()
    by_reference = [texts[note_id] for note_id in document.reference_ids()]
    assert by_reference == [f"Quelle {number}" for number in range(1, 61)]
    assert list(texts.values()) == by_reference  # stored in reference order too
    styles = [style for style, _text in document.paragraphs()]
    assert "Quote" in styles and "AnfrageUnterfrage" in styles


def test_markers_in_title_questions_and_subquestions_are_references(registry):
    document = Docx(to_docx(many_notes_inquiry(60), registry.get("NW")))
    by_style: dict[str, int] = {}
    for para in document.document.iter(f"{{{W}}}p"):
        style = para.find("w:pPr/w:pStyle", NS)
        name = "" if style is None else style.get(f"{{{W}}}val")
        refs = len(para.findall(".//w:footnoteReference", NS))
        by_style[name] = by_style.get(name, 0) + refs
    assert by_style["Title"] == 1
    assert by_style["AnfrageFrage"] > 0 and by_style["AnfrageUnterfrage"] > 0
    assert sum(by_style.values()) == 60


def test_nested_bold_and_italic_survive(registry):
    document = Docx(to_docx(many_notes_inquiry(60), registry.get("NW")))
    runs = list(document.document.iter(f"{{{W}}}r"))
    both = [
        r
        for r in runs
        if r.find("w:rPr/w:b", NS) is not None and r.find("w:rPr/w:i", NS) is not None
    ]
    assert [text_of(r) for r in both][:1] == [" und fett-kursiv"]


def test_hostile_text_arrives_verbatim(registry):
    inquiry = seed_inquiry()
    inquiry.title = paragraph(HOSTILE)
    inquiry.preamble = [Paragraph([Run("vor\tnach "), Run(HOSTILE, bold=True)])]
    inquiry.signature = [HOSTILE]
    document = Docx(to_docx(inquiry, registry.get("NW")))
    texts = [text for _style, text in document.paragraphs()]
    assert texts.count(HOSTILE) == 2  # title and signature
    assert f"vor\tnach {HOSTILE}" in texts
    assert (
        docx.Document(io.BytesIO(to_docx(inquiry, registry.get("NW")))).core_properties.title
        == HOSTILE
    )


def test_control_characters_are_dropped_with_a_warning(registry):
    inquiry = seed_inquiry()
    inquiry.title = paragraph("Klingel\x07 und \x01Start\ud800")
    result = export_docx(inquiry, registry.get("NW"))
    texts = [text for _style, text in Docx(result.data).paragraphs()]
    assert "Klingel und Start" in texts
    assert any("U+0007" in line for line in result.warnings)
    assert any("U+0001" in line for line in result.warnings)


def test_only_http_https_and_mailto_become_links(registry):
    inquiry = seed_inquiry()
    note = "javascript:alert(1) file:///etc/passwd mailto:a@b.de https://x.de/a."
    inquiry.footnotes["1"].text = [paragraph(note)]
    document = Docx(to_docx(inquiry, registry.get("NW")))
    rels = document.rels("word/footnotes.xml")
    targets = {
        rels[link.get(R_ID)].get("Target")
        for link in document.part("word/footnotes.xml").iter(f"{{{W}}}hyperlink")
    }
    assert targets == {"mailto:a@b.de", "https://x.de/a", SEED_URLS[1]}
    assert document.note_texts()[document.reference_ids()[0]] == note


def test_a_note_cited_twice_gets_one_footnote_and_a_noteref(registry):
    inquiry = seed_inquiry()
    inquiry.questions[0].text[0].inlines.append(FootnoteRef("1"))
    document = Docx(to_docx(inquiry, registry.get("NW")))
    assert len(document.notes()) == 3
    fields = [f.get(f"{{{W}}}instr") for f in document.document.iter(f"{{{W}}}fldSimple")]
    assert fields == [" NOTEREF _RefNote1 \\f \\h "]
    marks = document.document.findall(".//w:bookmarkStart[@w:name='_RefNote1']", NS)
    assert len(marks) == 1


def test_subquestion_labels_word_cannot_print_are_typed(registry):
    inquiry = seed_inquiry()
    inquiry.questions = [Question([paragraph("Viele?")], [[paragraph("x")] for _ in range(28)])]
    document = Docx(to_docx(inquiry, registry.get("NW")))
    subs = [text for style, text in document.paragraphs() if style == "AnfrageUnterfrage"]
    # Word would print "aa)" then "bb)"; the model says "aa)" then "ab)".
    assert subs[26] == "x" and subs[27] == "ab)\tx"


def test_a_user_template_supplies_styles_page_and_footnotes(registry, tmp_path):
    template = docx.Document(io.BytesIO(to_docx(seed_inquiry(), registry.get("NW"))))
    template.styles["Normal"].font.name = "Georgia"
    template.sections[0].page_width = Inches(8.5)
    template.add_paragraph("Alter Inhalt der Vorlage")
    path = tmp_path / "vorlage.docx"
    template.save(str(path))

    document = Docx(to_docx(many_notes_inquiry(5), registry.get("NW"), template=path))
    assert "Alter Inhalt der Vorlage" not in [text for _s, text in document.paragraphs()]
    assert list(document.note_texts().values()) == [f"Quelle {n}" for n in range(1, 6)]
    assert "_rels/footnotes.xml.rels" not in " ".join(document.names)  # old links are gone
    size = document.document.find("w:body/w:sectPr/w:pgSz", NS)
    assert size.get(f"{{{W}}}w") == str(int(8.5 * 1440))
    fonts = document.part("word/styles.xml").find("w:style[@w:styleId='Normal']/w:rPr/w:rFonts", NS)
    assert fonts.get(f"{{{W}}}ascii") == "Georgia"


def test_a_broken_template_gives_one_clear_sentence(registry, tmp_path):
    path = tmp_path / "kaputt.docx"
    path.write_bytes(b"kein zip")
    with pytest.raises(DeskError, match="Word-Vorlage"):
        to_docx(seed_inquiry(), registry.get("NW"), template=path)


def test_a_title_longer_than_a_document_property_is_cut_there_only(registry):
    inquiry = seed_inquiry()
    inquiry.title = paragraph(" ".join(["Warum"] * 60))
    data = to_docx(inquiry, registry.get("NW"))
    assert len(docx.Document(io.BytesIO(data)).core_properties.title) == 255
    assert ("Title", " ".join(["Warum"] * 60)) in Docx(data).paragraphs()
