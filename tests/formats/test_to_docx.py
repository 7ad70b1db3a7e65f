"""The DOCX export of the seed: real footnotes, the NRW layout on A4, stable bytes."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from desk_app.formats.catalog import export_inquiry
from desk_app.formats.write.docx.writer import export_docx, to_docx
from desk_app.rules.registry import ProfileRegistry
from tests.formats.docx_inquiries import SEED_TITLE, SEED_URLS, seed_inquiry
from tests.formats.docx_read import NS, R_ID, Docx, W

RT_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load()


@pytest.fixture(scope="module")
def seed(registry) -> Docx:
    return Docx(to_docx(seed_inquiry(), registry.get("NW"), "drucksache"))


def test_seed_has_three_real_footnotes_in_order(seed):
    assert list(seed.note_texts().values()) == list(SEED_URLS)
    assert seed.reference_ids() == list(seed.note_texts())
    separators = [
        note.get(f"{{{W}}}type")
        for note in seed.part("word/footnotes.xml").findall("w:footnote", NS)
    ]
    assert separators[:2] == ["separator", "continuationSeparator"]
    footnote_pr = seed.part("word/settings.xml").find("w:footnotePr", NS)
    assert [n.get(f"{{{W}}}id") for n in footnote_pr] == ["-1", "0"]


def test_footnote_links_are_real_external_hyperlinks(seed):
    rels = seed.rels("word/footnotes.xml")
    links = seed.part("word/footnotes.xml").iter(f"{{{W}}}hyperlink")
    targets = [rels[link.get(R_ID)] for link in links]
    assert [rel.get("Target") for rel in targets] == list(SEED_URLS)
    assert all(rel.get("TargetMode") == "External" for rel in targets)
    assert all(rel.get("Type") == RT_HYPERLINK for rel in targets)


def test_references_sit_in_the_preamble_paragraphs_that_cite_them(seed):
    cited = [
        para
        for para in seed.document.iter(f"{{{W}}}p")
        if para.find(".//w:footnoteReference", NS) is not None
    ]
    texts = ["".join(t.text for t in para.iter(f"{{{W}}}t")) for para in cited]
    assert "Stellungnahme selbst" in texts[0]
    assert "2022 75 Mio. Euro" in texts[1] and "eingebunden würden" in texts[1]


def test_page_is_a4_with_margins(seed):
    size = seed.document.find("w:body/w:sectPr/w:pgSz", NS)
    assert (size.get(f"{{{W}}}w"), size.get(f"{{{W}}}h")) == ("11906", "16838")
    margins = seed.document.find("w:body/w:sectPr/w:pgMar", NS)
    assert int(margins.get(f"{{{W}}}left")) >= 1134


def test_drucksache_layout_has_the_nrw_header_block_and_footer(seed):
    assert seed.header_texts("first_header") == [
        "LANDTAG NORDRHEIN-WESTFALEN\tDrucksache 17/8765",
        "17. Wahlperiode\t19.02.2020",
    ]
    assert seed.header_texts("first_footer") == [
        "Datum des Originals: 19.02.2020/Ausgegeben: 19.02.2020"
    ]
    running = seed.header_texts("header")
    assert running[0] == "LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode\tDrucksache 17/8765"
    assert running[1] == "\t– 2 –"  # the page number on a line of its own
    header = seed.header_part("header")
    fields = [f.get(f"{{{W}}}instr").strip() for f in header.iter(f"{{{W}}}fldSimple")]
    assert fields == ["PAGE"]
    assert seed.document.find("w:body/w:sectPr/w:titlePg", NS) is not None


def test_body_reads_in_the_order_of_an_nrw_inquiry(seed):
    styles = [style for style, text in seed.paragraphs() if text]
    texts = [text for _style, text in seed.paragraphs() if text]
    assert texts[:3] == [
        "Kleine Anfrage 3417",
        "der Abgeordneten Berivan Aymaz und Sigrid Beer BÜNDNIS 90/DIE GRÜNEN",
        SEED_TITLE,
    ]
    assert styles[:3] == ["AnfrageArt", "AnfrageUrheber", "Title"]
    assert styles.count("AnfrageFrage") == 5
    lead_in = texts.index("Vor diesem Hintergrund fragen wir die Landesregierung:")
    assert styles[lead_in + 1 : lead_in + 6] == ["AnfrageFrage"] * 5
    assert texts[-2:] == ["Berivan Aymaz", "Sigrid Beer"]


def test_questions_are_numbered_by_word(seed):
    numbering = seed.part("word/numbering.xml")
    questions = [
        para
        for para in seed.document.iter(f"{{{W}}}p")
        if para.find("w:pPr/w:pStyle[@w:val='AnfrageFrage']", NS) is not None
    ]
    num_ids = {para.find("w:pPr/w:numPr/w:numId", NS).get(f"{{{W}}}val") for para in questions}
    assert len(num_ids) == 1
    (num_id,) = num_ids
    num = numbering.find(f"w:num[@w:numId='{num_id}']", NS)
    abstract_id = num.find("w:abstractNumId", NS).get(f"{{{W}}}val")
    abstract = numbering.find(f"w:abstractNum[@w:abstractNumId='{abstract_id}']", NS)
    texts = [lvl.find("w:lvlText", NS).get(f"{{{W}}}val") for lvl in abstract.findall("w:lvl", NS)]
    assert texts == ["%1.", "%2)"]


def test_python_docx_reopens_the_file_with_its_styles(seed, registry):
    data = to_docx(seed_inquiry(), registry.get("NW"), "drucksache")
    document = docx.Document(io.BytesIO(data))
    names = {style.name for style in document.styles}
    assert {"footnote text", "footnote reference", "Title", "Quote", "Anfrage Frage"} <= names
    normal = document.styles["Normal"].element.find("w:rPr/w:rFonts", NS)
    assert {normal.get(f"{{{W}}}{a}") for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {
        "Liberation Sans"
    }
    section = document.sections[0]
    assert section.different_first_page_header_footer
    props = document.core_properties
    assert props.title == SEED_TITLE
    assert props.author == "Berivan Aymaz und Sigrid Beer"
    assert props.keywords == "Kleine Anfrage, Drs. 17/8765"
    assert props.created.date().isoformat() == "2020-02-19"
    assert props.last_printed is None


@pytest.mark.parametrize("layout", ["submission", "drucksache"])
def test_no_placeholder_or_none_is_printed(registry, layout):
    document = Docx(to_docx(seed_inquiry(drucksache=None), registry.get("NW"), layout))
    for name in document.names:
        if name.endswith(".xml") and name.startswith("word/") and "styles" not in name:
            text = "".join(document.part(name).itertext())
            assert "None" not in text and "{" not in text, name


def test_submission_layout_has_no_drucksache_header(registry):
    document = Docx(to_docx(seed_inquiry(), registry.get("NW"), "submission"))
    first = document.header_texts("first_header")
    assert first[0] == "Landtag Nordrhein-Westfalen\t19.02.2020"
    assert not any("Drucksache" in line for line in first)
    assert document.header_texts("first_footer") == [""]
    assert document.header_texts("header")[0].startswith("Landtag Nordrhein-Westfalen – 17.")


def test_drucksache_layout_without_a_number_leaves_the_number_out(registry):
    document = Docx(to_docx(seed_inquiry(drucksache=None), registry.get("NW"), "drucksache"))
    assert document.header_texts("first_header")[0] == "LANDTAG NORDRHEIN-WESTFALEN\t19.02.2020"


def test_bundestag_running_header_puts_the_page_field_in_the_line(registry):
    inquiry = seed_inquiry()
    inquiry.parliament, inquiry.term, inquiry.drucksache = "BT", 20, "20/15144"
    document = Docx(to_docx(inquiry, registry.get("BT"), "drucksache"))
    running = document.header_texts("header")
    assert running == ["Drucksache 20/15144 – 2 –\tDeutscher Bundestag – 20. Wahlperiode"]


def test_same_inquiry_gives_identical_bytes(registry):
    first = to_docx(seed_inquiry(), registry.get("NW"))
    second = to_docx(seed_inquiry(), registry.get("NW"))
    assert first == second
    for info in zipfile.ZipFile(io.BytesIO(first)).infolist():
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
    assert zipfile.ZipFile(io.BytesIO(first)).namelist()[0] == "[Content_Types].xml"


def test_catalog_exports_docx_through_the_registry(registry):
    data = export_inquiry(seed_inquiry(), "docx", registry, "drucksache")
    assert data == to_docx(seed_inquiry(), registry.get("NW"), "drucksache")
    assert export_docx(seed_inquiry(), registry.get("NW")).warnings == []
