"""The PDF reader gives the corpus page text: lines in reading order, pages between form feeds.

Three kinds of PDF: the app's own export (notes at the page feet), PDFs that
LibreOffice makes of corpus text layers in other fonts (optional: needs
soffice), and an image-only page. Lines are compared after collapsing runs
of whitespace and dropping empty lines: a text layer keeps no trailing
spaces and no blank lines, so that is the only tolerance.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desk_app.formats.read.pdf.lines import Line, Piece
from desk_app.formats.read.pdf.page_text import PAGE_BREAK, page_lines, page_text
from desk_app.formats.read.pdf.text_layer import NO_TEXT, TextLayer, read_text_layer
from desk_app.formats.write.pdf.writer import to_pdf
from desk_app.model import DeskError, FootnoteRef, Inquiry, Paragraph, Run, plain_text
from desk_app.model.numbering import footnote_numbers
from desk_app.rules.registry import ProfileRegistry
from tests.formats.pdf_samples import note_text, stress_inquiry

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"
NI = "ni_19_11147_kleine_anfrage_mit_antwort"  # notes at the foot of page 1, no form feeds
BT = "bt_21_7449_kleine_anfrage_mit_antwort"  # form feeds, header rows of two and three parts
NI_HEADER = "Niedersächsischer Landtag – 19. Wahlperiode Drucksache"
_NOTE_START = re.compile(r"(\d{1,2}) \S")
_PAGE_NUMBER = re.compile(r"(.+?) (– \d+ –) (.+)")  # left, centre, right of a running header
_RIGHT = re.compile(r" (?=Drucksache \d)| (?=\d\d\.\d\d\.\d{4}$)")  # a head line's right side
_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)
_BREAK = 'fo:break-before="page"'
NO_SOFFICE = "LibreOffice (soffice) ist nicht installiert; die LibreOffice-PDFs sind optional"


def normal_lines(text: str) -> list[str]:
    """Return a page's non-empty lines with runs of whitespace collapsed."""
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def corpus_pages(name: str, header: str | None = None) -> list[list[str]]:
    """Return a corpus document's pages as lines; without form feeds, a page starts at header."""
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    if PAGE_BREAK in text or header is None:
        return [page.split("\n") for page in text.split(PAGE_BREAK)]
    pages: list[list[str]] = []
    for line in text.split("\n"):
        if line.startswith(header) or not pages:
            pages.append([])
        pages[-1].append(line)
    return pages


def _note_block(lines: list[str]) -> tuple[int, list[int]]:
    """Return where a page's notes begin and their numbers: numbered lines, each marked above."""
    for index, line in enumerate(lines):
        if not _NOTE_START.match(line):
            continue
        numbers = [int(m.group(1)) for m in map(_NOTE_START.match, lines[index:]) if m]
        body = "\n".join(lines[:index])
        consecutive = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
        if consecutive and all(re.search(rf"[^\s\d]{n}(?=\s|$)", body) for n in numbers):
            return index, numbers
    return len(lines), []


def _inline(text: str) -> str:
    """Return a line's text as ODF characters, its head parts split by tabs."""
    return escape(" ".join(text.split()))


def _mark(text: str, numbers: list[int], element: dict[int, str]) -> str:
    """Replace the first glued marker of each note number by its ODF element."""
    for number in numbers:
        pattern = rf"(?<=[^\s\d]){number}(?=\s|$)"
        text = re.sub(pattern, element[number].replace("\\", "\\\\"), text, count=1)
    return text


def corpus_fodt(
    pages: list[list[str]], font: str, real_notes: bool = False, justify: bool = False
) -> str:
    """Return a flat ODF text document that prints each source line as one line of its page.

    Markers are superscripts and notes smaller, as in a Drucksache; with
    real_notes the notes are LibreOffice footnotes at the page foot, with
    justify the longest lines are stretched to the full width (Blocksatz,
    wider word gaps). The page is wide and tall enough that no line wraps and
    no page overflows.
    """
    size = 9.0
    longest = max(len(line.strip()) for page in pages for line in page)
    width = longest * size * 0.65 / 28.35 + 4
    height = max(len(page) for page in pages) * size * 1.5 / 28.35 + 4
    paragraphs: list[str] = []
    for number, lines in enumerate(pages):
        start, notes = _note_block(lines)
        sup = {n: f'<text:span text:style-name="Sup">{n}</text:span>' for n in notes}
        if real_notes:
            sup = _footnotes(lines[start:], notes)
            lines = lines[:start]
        for index, line in enumerate(lines):
            style = "Note" if index >= start else "Body"
            if justify and style == "Body" and len(line.strip()) >= 0.9 * longest:
                style = "Block"
            text = _inline(line) if index >= start else _mark(_inline(line), notes, sup)
            columns = _columns(line) if index < 2 else [line]
            if len(columns) > 1:
                style, text = "Head", "<text:tab/>".join(map(_inline, columns))
            if number and not index:
                style += "Break"
            paragraphs.append(f'<text:p text:style-name="{style}">{text}</text:p>')
    return _document(font, size, width, height, "".join(paragraphs))


def _columns(line: str) -> list[str]:
    """Split a head line into what a Drucksache sets left, centred and right."""
    match = _PAGE_NUMBER.fullmatch(line.strip())
    if match:
        return list(match.groups())
    parts = _RIGHT.split(line.strip(), maxsplit=1)
    return [parts[0], "", parts[1]] if len(parts) == 2 else parts  # right part at the right tab


def _footnotes(lines: list[str], numbers: list[int]) -> dict[int, str]:
    """Return each note as a LibreOffice footnote element, a paragraph per source line."""
    bodies: dict[int, list[str]] = {}
    current = 0
    for line in lines:
        match = _NOTE_START.match(line)
        if match and int(match.group(1)) in numbers and int(match.group(1)) not in bodies:
            current, line = int(match.group(1)), line[len(match.group(1)) :]
            bodies[current] = []
        if current:
            bodies[current].append(f'<text:p text:style-name="Footnote">{_inline(line)}</text:p>')
    return {
        n: f'<text:note text:id="ftn{n}" text:note-class="footnote">'
        f"<text:note-citation>{n}</text:note-citation>"
        f"<text:note-body>{''.join(body)}</text:note-body></text:note>"
        for n, body in bodies.items()
    }


def _paragraph_style(name: str, size: float, properties: str = "", inner: str = "") -> str:
    """Return an ODF paragraph style of a size, with paragraph properties and tab stops."""
    return (
        f'<style:style style:name="{name}" style:family="paragraph" '
        f'style:parent-style-name="Standard"><style:paragraph-properties {properties}>'
        f"{inner}</style:paragraph-properties>"
        f'<style:text-properties fo:font-size="{size}pt"/></style:style>'
    )


def _document(font: str, size: float, width: float, height: float, body: str) -> str:
    """Return the flat ODF document around its paragraphs."""
    line = width - 3  # the margins
    tabs = (
        f'<style:tab-stops><style:tab-stop style:position="{line / 2:.2f}cm" '
        f'style:type="center"/><style:tab-stop style:position="{line:.2f}cm" '
        'style:type="right"/></style:tab-stops>'
    )
    block = 'fo:text-align="justify" fo:text-align-last="justify"'
    kinds = (("Body", size, ""), ("Note", size - 2, ""), ("Head", size, ""), ("Block", size, block))
    styles = "".join(
        _paragraph_style(
            name + suffix,
            name_size,
            f"{properties} {_BREAK if suffix else ''}",
            tabs if name == "Head" else "",
        )
        for name, name_size, properties in kinds
        for suffix in ("", "Break")
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document {_ODF} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        f'<office:font-face-decls><style:font-face style:name="F" svg:font-family="\'{font}\'"/>'
        "</office:font-face-decls><office:styles>"
        '<style:style style:name="Standard" style:family="paragraph">'
        '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
        f'<style:text-properties style:font-name="F" fo:font-size="{size}pt" fo:hyphenate="false"/>'
        f"</style:style>{_paragraph_style('Footnote', size - 2)}</office:styles>"
        f"<office:automatic-styles>{styles}"
        '<style:style style:name="Sup" style:family="text">'
        '<style:text-properties style:text-position="super 58%"/></style:style>'
        '<style:page-layout style:name="PL"><style:page-layout-properties '
        f'fo:page-width="{width:.2f}cm" fo:page-height="{height:.2f}cm" fo:margin-top="1.5cm" '
        'fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>'
        "</style:page-layout></office:automatic-styles><office:master-styles>"
        '<style:master-page style:name="Standard" style:page-layout-name="PL"/>'
        f"</office:master-styles><office:body><office:text>{body}</office:text>"
        "</office:body></office:document>"
    )


def soffice_pdfs(documents: dict[str, str], folder: Path) -> dict[str, bytes]:
    """Convert flat ODF documents to PDF with LibreOffice in one run; return the PDFs by name."""
    for name, document in documents.items():
        (folder / f"{name}.fodt").write_text(document, encoding="utf-8")
    subprocess.run(
        [
            "soffice",
            # A private profile, so that a LibreOffice run elsewhere cannot block this one.
            f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *(str(folder / f"{name}.fodt") for name in documents),
        ],
        capture_output=True,
        check=True,
        timeout=300,
    )
    return {name: (folder / f"{name}.pdf").read_bytes() for name in documents}


# The LibreOffice cases: document, page split, font, LibreOffice footnotes, Blocksatz.
LIBREOFFICE_CASES = {
    "ni-dejavu-footnotes": (NI, NI_HEADER, "DejaVu Serif", True, False),
    "ni-liberation-justified": (NI, NI_HEADER, "Liberation Sans", False, True),
    "bt-dejavu": (BT, None, "DejaVu Serif", False, False),
    "bt-liberation-justified": (BT, None, "Liberation Sans", False, True),
}


def _layer(*lines: tuple[int, float, float, list[Piece]], pages: int = 1) -> TextLayer:
    """Build a text layer by hand: (page, y, x, pieces) per line, pages of A4 height."""
    built = [Line(page, y, x, list(pieces)) for page, y, x, pieces in lines]
    return TextLayer(built, [A4[1]] * pages)


def test_the_parts_of_one_row_become_one_line_joined_by_a_space() -> None:
    layer = _layer(
        (0, 800.0, 70.0, [Piece("Deutscher Bundestag", 12.0)]),
        (0, 800.5, 420.0, [Piece("Drucksache 21/114", 12.0)]),
        (0, 780.0, 70.0, [Piece("Kleine Anfrage", 11.0)]),
    )
    assert page_text(layer) == "Deutscher Bundestag Drucksache 21/114\nKleine Anfrage"


def test_every_page_has_its_place_between_form_feeds_even_an_empty_one() -> None:
    layer = _layer(
        (0, 700.0, 70.0, [Piece("erste Seite", 11.0)]),
        (2, 700.0, 70.0, [Piece("dritte Seite", 11.0)]),
        pages=3,
    )
    assert page_text(layer) == "erste Seite\f\fdritte Seite"


def test_a_note_number_at_the_foot_is_set_apart_from_its_text() -> None:
    layer = _layer(
        (0, 700.0, 70.0, [Piece("Der Text des Absatzes steht in der Grundschrift.", 11.0)]),
        (0, 60.0, 70.0, [Piece("1", 9.0), Piece("https://www.example.org/", 9.0)]),
        (0, 50.0, 70.0, [Piece("2", 6.0), Piece("Ebenda.", 9.0)]),
    )
    assert normal_lines(page_text(layer))[1:] == ["1 https://www.example.org/", "2 Ebenda."]


def test_a_number_drawn_apart_in_body_text_is_left_as_it_stands() -> None:
    # Without the page's word for it (a smaller size), "3" before "Kinder" is no note.
    layer = _layer(
        (0, 700.0, 70.0, [Piece("3", 11.0), Piece("Kinder besuchen die Schule.", 11.0)]),
        (0, 60.0, 70.0, [Piece("1", 9.0), Piece(". Absatz", 9.0)]),
    )
    assert page_text(layer) == "3Kinder besuchen die Schule.\n1. Absatz"


def test_lines_keep_their_geometry() -> None:
    layer = _layer(
        (0, 700.0, 70.0, [Piece("Der Text des Absatzes", 11.0), Piece("2", 7.0)]),
        (0, 60.0, 72.0, [Piece("1", 9.0), Piece("Quelle", 9.0)]),
    )
    body, note = page_lines(layer)[0]
    assert (body.y, body.x, body.size, body.foot, body.markers) == (700.0, 70.0, 11.0, False, [2])
    assert (note.y, note.x, note.size, note.foot, note.text) == (60.0, 72.0, 9.0, True, "1 Quelle")


def test_small_print_above_the_body_text_is_no_foot() -> None:
    layer = _layer(
        (0, 800.0, 70.0, [Piece("Drucksache 17/8765", 9.0)]),
        (0, 700.0, 70.0, [Piece("Der Text des Absatzes steht in der Grundschrift.", 11.0)]),
        (0, 60.0, 70.0, [Piece("Datum des Originals: 19.02.2020", 8.0)]),
    )
    assert [line.foot for line in page_lines(layer)[0]] == [False, False, True]


def test_an_image_only_pdf_is_refused_with_one_sentence() -> None:
    # Imported here: the writer defers Pillow until a bitmap is drawn; collection must not load it.
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    scan = Image.new("L", (120, 170), 255)
    ImageDraw.Draw(scan).rectangle((10, 10, 110, 30), fill=0)  # a printed line, as pixels
    page.drawImage(ImageReader(scan), 0, 0, *A4)  # the scanned page: an image, no characters
    page.setFillGray(0.4)
    page.circle(300, 300, 50, fill=1)
    page.showPage()
    page.save()
    with pytest.raises(DeskError) as raised:
        read_text_layer(buffer.getvalue())
    assert str(raised.value) == NO_TEXT


def _marked(inlines: list, numbers: dict[str, int]) -> str:
    """Return inlines as text with each footnote marker as its number."""
    return "".join(
        str(numbers[item.footnote_id]) if isinstance(item, FootnoteRef) else item.text
        for item in inlines
        if isinstance(item, FootnoteRef | Run)
    )


def _paragraphs(inquiry: Inquiry) -> list[Paragraph]:
    """Return the inquiry's paragraphs that carry markers, in printing order."""
    paragraphs: list[Paragraph] = [inquiry.title, *inquiry.preamble]
    for question in inquiry.questions:
        paragraphs += question.text
        for sub in question.subquestions:
            paragraphs += sub
    return paragraphs


def _body_paragraphs(inquiry: Inquiry) -> list[str]:
    """Return the inquiry's texts in printing order, markers as numbers."""
    numbers = footnote_numbers(inquiry)
    return [_marked(p.inlines, numbers) for p in _paragraphs(inquiry)]


def _words_before_markers(inquiry: Inquiry) -> dict[str, str]:
    """Return for each note the word its marker follows."""
    words: dict[str, str] = {}
    for paragraph in _paragraphs(inquiry):
        before = ""
        for item in paragraph.inlines:
            if isinstance(item, FootnoteRef):
                words[item.footnote_id] = before.split()[-1]
            elif isinstance(item, Run):
                before += item.text
    return words


_NOTE_LINE = re.compile(r"\d+ Quelle\d{3} Beleg")


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def exported() -> tuple[Inquiry, bytes]:
    """Export the 100-note stress inquiry as the app prints it."""
    inquiry = stress_inquiry()
    return inquiry, to_pdf(inquiry, ProfileRegistry.load().get("NW"))


def test_the_app_export_has_one_page_text_per_pdf_page(exported) -> None:
    _inquiry, data = exported
    layer = read_text_layer(data)
    pages = page_text(layer).split(PAGE_BREAK)
    assert len(pages) == len(layer.heights) > 10
    assert all(normal_lines(page) for page in pages)
    assert normal_lines(pages[0])[0] == "LANDTAG NORDRHEIN-WESTFALEN Drucksache 17/8765"
    for number, page in enumerate(pages[1:], start=2):
        assert normal_lines(page)[:2] == [
            f"– {number} –",
            "LANDTAG NORDRHEIN-WESTFALEN - 17. Wahlperiode Drucksache 17/8765",
        ]


def test_the_app_export_keeps_each_note_at_its_markers_page_foot(exported) -> None:
    inquiry, data = exported
    numbers = footnote_numbers(inquiry)
    layer = read_text_layer(data)
    pages = [normal_lines(page) for page in page_text(layer).split(PAGE_BREAK)]
    words_before = _words_before_markers(inquiry)
    for key, number in numbers.items():
        # The marker is glued to the word before it ("lautet7", "Teilfrage 038?"), as in the corpus.
        marker = re.compile(rf"(?<!\S){re.escape(words_before[key])}{number}(?=[\s?]|$)")
        note = f"{number} {note_text(int(key[1:]))}"

        def marks(line: str, marker: re.Pattern[str] = marker) -> bool:
            return not _NOTE_LINE.match(line) and bool(marker.search(line))

        marked = [i for i, page in enumerate(pages) if any(marks(x) for x in page)]
        assert len(marked) == 1, (number, marked)
        page = pages[marked[0]]
        note_at = next(i for i, x in enumerate(page) if x.startswith(note))
        assert note_at > max(i for i, x in enumerate(page) if marks(x))
    for lines in page_lines(layer):
        for line in lines:
            # The page geometry agrees: every note line is set in the foot, no body line is.
            if _NOTE_LINE.match(line.text):
                assert line.foot, line.text
            if line.size >= 11.0:
                assert not line.foot, line.text


def test_the_app_export_reads_in_order_without_a_lost_character(exported) -> None:
    inquiry, data = exported
    numbers = footnote_numbers(inquiry)
    layer = read_text_layer(data)
    body_size = 11.0
    body: list[str] = []
    notes: list[str] = []
    for lines in page_lines(layer):
        for line in lines:
            (body if line.size >= body_size else notes).append(line.text)
    notes = [x for x in notes if not x.startswith(("Datum des Originals", "– ", "LANDTAG"))]
    text = _squeeze("".join(body))
    position = 0
    for paragraph in _body_paragraphs(inquiry):
        found = text.find(_squeeze(paragraph), position)
        assert found >= position, paragraph[:60]
        position = found + len(_squeeze(paragraph))
    in_order = sorted(inquiry.footnotes.items(), key=lambda item: numbers[item[0]])
    expected = "".join(f"{numbers[key]}{plain_text(note.text)}" for key, note in in_order)
    assert _squeeze("".join(notes)) == _squeeze(expected)


@pytest.fixture(scope="module")
def libreoffice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Make the LibreOffice PDFs of the corpus cases, in one LibreOffice run."""
    if shutil.which("soffice") is None:
        pytest.skip(NO_SOFFICE)
    documents = {
        case: corpus_fodt(corpus_pages(name, header), font, real_notes, justify)
        for case, (name, header, font, real_notes, justify) in LIBREOFFICE_CASES.items()
    }
    return soffice_pdfs(documents, tmp_path_factory.mktemp("libreoffice"))


@pytest.mark.slow
@pytest.mark.parametrize("case", LIBREOFFICE_CASES)
def test_a_libreoffice_pdf_gives_the_corpus_lines_page_by_page(
    libreoffice: dict[str, bytes], case: str
) -> None:
    name, header, *_how = LIBREOFFICE_CASES[case]
    source = ["\n".join(lines) for lines in corpus_pages(name, header)]
    pages = page_text(read_text_layer(libreoffice[case])).split(PAGE_BREAK)
    assert len(pages) == len(source)
    for number, (got, want) in enumerate(zip(pages, source, strict=True)):
        assert normal_lines(got) == normal_lines(want), f"Seite {number + 1}"


@pytest.mark.slow
def test_libreoffice_notes_stand_last_on_their_page_with_glued_markers(
    libreoffice: dict[str, bytes],
) -> None:
    layer = read_text_layer(libreoffice["ni-dejavu-footnotes"])
    first = normal_lines(page_text(layer).split(PAGE_BREAK)[0])
    assert "Hintergründe des „Justizskandals“1 um einen ehemaligen Staatsanwalt" in first
    assert any(line.endswith("sich absetzen.3") for line in first)
    note = "1 https://www.tagesschau.de/investigativ/ndr/korrupter-staatsanwalt-100.html"
    assert first[-9:-7] == [note, "2 Ebenda."]
    assert first[-1] == "ein,yashar-100.html"
    # The geometry agrees: the nine note lines lie in the foot, the six markers are set small.
    lines = page_lines(layer)[0]
    assert [line.foot for line in lines] == [False] * (len(lines) - 9) + [True] * 9
    assert [line.markers for line in lines if line.markers] == [[1], [2], [3], [4], [5], [6]]
