"""The PDF export, read back: layout lines, notes beside their markers, fonts, verbatim text."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from pypdf.generic import DictionaryObject

from desk_app.formats.catalog import EXPORTERS, export_inquiry
from desk_app.formats.write.pdf.writer import render_pdf, to_pdf
from desk_app.formats.write.plan import build_plan
from desk_app.model import Footnote, FootnoteRef, Inquiry, Originator, Paragraph, Question, Run
from desk_app.rules.registry import ProfileRegistry
from tests.formats.pdf_reading import page_texts, reader
from tests.formats.pdf_samples import seed_inquiry

HOSTILE = "a<b und c>d, R&D, <b>nicht fett</b>, offen <i>kursiv, &amp; č ő ł „zitiert“ – ende"


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load()


@pytest.fixture(scope="module")
def seed_pdf(registry) -> bytes:
    return to_pdf(seed_inquiry(registry), registry.get("NW"))


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_seed_notes_sit_on_the_page_of_their_marker(seed_pdf, registry):
    pages = [_flat(text) for text in page_texts(seed_pdf)]
    inquiry = seed_inquiry(registry)
    markers = {1: r"selbst ?1", 2: r"75 Mio\. Euro ?2", 3: r"eingebunden würden ?3"}
    for number, pattern in markers.items():
        url = "".join(inquiry.footnotes[str(number)].text[0].inlines[0].text.split())
        marker_pages = [i for i, text in enumerate(pages) if re.search(pattern, text)]
        note_pages = [i for i, text in enumerate(pages) if url in text.replace(" ", "")]
        assert len(marker_pages) == 1, number
        assert marker_pages[0] in note_pages, number


def test_seed_placement_self_check_is_clean(registry):
    result = render_pdf(build_plan(seed_inquiry(registry), registry.get("NW")))
    assert result.placement.misplaced() == []
    assert sorted(result.placement.note_pages) == [1, 2, 3]


def test_seed_has_all_five_questions_and_the_signature(seed_pdf):
    text = _flat(" ".join(page_texts(seed_pdf)))
    for start in (
        "1. Welche Absprachen",
        "2. Wie garantiert",
        "3. Inwieweit",
        "4. Welche konkreten",
    ):
        assert start in text
    assert (
        "5. Welche Änderungen plant die Landesregierung am Teilhabe- und Integrationsgesetz" in text
    )
    assert "Berivan Aymaz" in text and "Sigrid Beer" in text


def test_drucksache_layout_has_header_running_header_and_page_one_footer(seed_pdf):
    pages = page_texts(seed_pdf)
    assert len(pages) >= 2
    first = pages[0]
    for line in (
        "LANDTAG NORDRHEIN-WESTFALEN",
        "17. Wahlperiode",
        "Drucksache 17/8765",
        "19.02.2020",
    ):
        assert line in first
    assert "Kleine Anfrage 3417" in first
    footer = "Datum des Originals: 19.02.2020/Ausgegeben: 19.02.2020"
    assert footer in first
    for number, later in enumerate(pages[1:], start=2):
        assert "LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode" in later
        assert "Drucksache 17/8765" in later
        assert f"– {number} –" in later
        assert footer not in later


def test_submission_layout_has_no_drucksache_header(registry):
    pdf = to_pdf(seed_inquiry(registry), registry.get("NW"), "submission")
    pages = page_texts(pdf)
    assert "Landtag Nordrhein-Westfalen" in pages[0] and "17. Wahlperiode" in pages[0]
    assert not any("Drucksache" in text or "Datum des Originals" in text for text in pages)
    assert "Seite 2" in pages[1]


def test_unknown_fields_are_left_out_never_printed_as_placeholders(registry):
    pdf = to_pdf(seed_inquiry(registry, drucksache=None), registry.get("NW"), "drucksache")
    text = " ".join(page_texts(pdf))
    assert "{" not in text and "None" not in text
    assert "Drucksache" not in text


def test_page_number_goes_where_the_profile_puts_it(registry):
    inquiry = seed_inquiry(registry, drucksache="20/15144")
    inquiry.parliament, inquiry.term, inquiry.number = "BT", 20, None
    pages = page_texts(to_pdf(inquiry, registry.get("BT"), "drucksache"))
    assert "Drucksache 20/15144 – 2 –" in pages[1]
    assert pages[1].count("– 2 –") == 1


def test_two_exports_are_byte_identical(registry, seed_pdf):
    assert to_pdf(seed_inquiry(registry), registry.get("NW")) == seed_pdf


def test_metadata_comes_from_the_plan(seed_pdf):
    meta = reader(seed_pdf).metadata
    assert meta.title.startswith("Wie bewahrt die Landesregierung")
    assert meta.author == "Berivan Aymaz und Sigrid Beer"
    assert meta.subject == "Landtag Nordrhein-Westfalen – Kleine Anfrage 3417"
    assert "Drs. 17/8765" in meta["/Keywords"]
    assert meta.creator == "Anfragen-Desk"


def _fonts(pdf: bytes) -> list[DictionaryObject]:
    fonts = []
    for page in reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.append(font.get_object())
    return fonts


def test_every_font_is_embedded_and_none_is_base14(seed_pdf):
    fonts = _fonts(seed_pdf)
    assert {str(f["/BaseFont"]).split("+")[-1] for f in fonts} >= {
        "LiberationSans",
        "LiberationSans-Bold",
    }
    for font in fonts:
        assert "Helvetica" not in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"]


def test_pdffonts_reports_every_font_embedded(seed_pdf, tmp_path):
    if not shutil.which("pdffonts"):
        pytest.skip("pdffonts (poppler-utils) is not installed")
    path = tmp_path / "seed.pdf"
    path.write_bytes(seed_pdf)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    fonts = rows.splitlines()[2:]
    assert fonts and all(row.split()[-5] == "yes" for row in fonts)


def _hostile(registry) -> Inquiry:
    inquiry = seed_inquiry(registry)
    inquiry.title = Paragraph([Run(HOSTILE, bold=True)])
    inquiry.preamble = [Paragraph([Run(HOSTILE), FootnoteRef("x")]), Paragraph([Run("<i>")])]
    inquiry.questions = [Question([Paragraph([Run("Gilt 1 < 2 & 3 > 2?")])])]
    note = (
        "Siehe https://ok.example.de/a?b=1&c=2, mailto:buero@example.de, "
        "ftp://files.example.org/x und javascript:alert(1)."
    )
    inquiry.footnotes = {"x": Footnote("x", [Paragraph([Run(note)])])}
    inquiry.originators = [Originator("Łukasz Nováček", "SPD")]
    inquiry.signature = ["Łukasz Nováček"]
    inquiry.dates.signed = date(2020, 2, 19)
    return inquiry


def test_hostile_text_appears_exactly_as_typed(registry):
    pdf = to_pdf(_hostile(registry), registry.get("NW"))
    text = _flat(" ".join(page_texts(pdf)))
    assert text.count(HOSTILE) == 2
    assert "<i>" in text and "Gilt 1 < 2 & 3 > 2?" in text
    assert "Łukasz Nováček" in text


def test_only_http_https_and_mailto_links_are_clickable(registry):
    pdf = to_pdf(_hostile(registry), registry.get("NW"))
    uris = {
        annot.get_object()["/A"]["/URI"]
        for page in reader(pdf).pages
        for annot in page.get("/Annots", [])
    }
    assert uris == {"https://ok.example.de/a?b=1&c=2", "mailto:buero@example.de"}
    assert "ftp://files.example.org/x" in " ".join(page_texts(pdf))


def test_catalog_offers_pdf(registry):
    assert EXPORTERS["pdf"].suffix == "pdf"
    data = export_inquiry(seed_inquiry(registry), "pdf", registry, "submission")
    assert data.startswith(b"%PDF-")
