"""Compare PDF text-layer readers on the app's own PDFs and on LibreOffice PDFs of corpus texts.

Run from the repository root: .venv/bin/python bench/compare_pdf_text_layers.py
The other readers are not project dependencies; install them beside the
checkout and name the folder, so that they cannot change the project's venv:

    .venv/bin/pip install --target /tmp/pdfcmp pdfminer.six pdfplumber pymupdf pypdfium2
    .venv/bin/python bench/compare_pdf_text_layers.py --with /tmp/pdfcmp

A reader that is not installed is left out of the tables. The LibreOffice
part needs soffice; --sweep reads every corpus document with the app's
reader (PDFium) and with the one it replaced (pypdf's visitor, kept here
as `pypdf_layer`), in two fonts, ragged and justified.
Decision record: docs/decisions/0012-pdf-text-layer.md.
"""

from __future__ import annotations

import argparse
import difflib
import io
import math
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader

from desk_app.formats.read.pdf.lines import Line, Piece
from desk_app.formats.read.pdf.page_text import PAGE_BREAK, page_text
from desk_app.formats.read.pdf.rows import ordered
from desk_app.formats.read.pdf.text_layer import TextLayer, read_text_layer
from desk_app.formats.write.pdf.writer import to_pdf
from desk_app.model import FootnoteRef, Inquiry, Run, plain_text
from desk_app.model.numbering import footnote_numbers
from desk_app.rules.registry import ProfileRegistry
from tests.formats.pdf_samples import long_inquiry, seed_inquiry, stress_inquiry
from tests.formats.test_pdf_page_text import (
    BT,
    CORPUS,
    NI,
    NI_HEADER,
    corpus_fodt,
    corpus_pages,
    normal_lines,
    soffice_pdfs,
)

RUNS = 5  # timed reads per reader and document, after one warm-up read
SWEEP_WIDTH = 200  # characters: the Hamburg texts keep a paragraph on one line
Pages = list[str]  # the text of each page, lines split by newlines

# LibreOffice cases: (document, page split, font, LibreOffice footnotes, Blocksatz).
SH, SL = "sh_20_2905_kleine_anfrage_mit_antwort", "sl_17_1331_anfrage_mit_antwort"
CASES = {
    "NI 19/11147 DejaVu Serif, Fußnoten": (NI, NI_HEADER, "DejaVu Serif", True, False),
    "NI 19/11147 Liberation Sans, Blocksatz": (NI, NI_HEADER, "Liberation Sans", False, True),
    "BT 21/7449 DejaVu Serif": (BT, None, "DejaVu Serif", False, False),
    "BT 21/7449 Liberation Sans, Blocksatz": (BT, None, "Liberation Sans", False, True),
    "SH 20/2905 DejaVu Serif, Blocksatz": (SH, None, "DejaVu Serif", False, True),
    "SL 17/1331 Liberation Sans": (SL, None, "Liberation Sans", False, False),
}


def desk_pages(data: bytes) -> Pages:
    """Read with the app's reader: PDFium's characters, rows.py's order, page_text's form."""
    return page_text(read_text_layer(data)).split(PAGE_BREAK)


def pypdf_desk_pages(data: bytes) -> Pages:
    """Read as the app did before PDFium: pypdf's visitor, rows.py's order, page_text's form."""
    return page_text(pypdf_layer(data)).split(PAGE_BREAK)


_SUBSET = re.compile(r"^[A-Z]{6}\+")
_BOLD = re.compile(r"bold|black|heavy|semibold|demi|fett", re.IGNORECASE)
_ITALIC = re.compile(r"italic|oblique|kursiv", re.IGNORECASE)


def pypdf_layer(data: bytes) -> TextLayer:
    """Return the text layer as the app's former pypdf reader built it, piece per operation."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    lines: list[Line] = []
    for index, page in enumerate(reader.pages):
        found: list[Line] = []
        current: list[Line | None] = [None]

        def visit(text, cm, tm, font, font_size, found=found, current=current, index=index):
            if not text or abs(tm[1]) > 1e-3 or abs(tm[2]) > 1e-3:
                return
            scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]) or 1.0
            size = round(float(font_size) * scale, 1)
            x = float(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])
            y = float(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
            name = _SUBSET.sub("", str((font or {}).get("/BaseFont", "")))
            for number, part in enumerate(text.split("\n")):
                if number:
                    current[0] = None
                if not part:
                    continue
                piece = Piece(part, size, bool(_BOLD.search(name)), bool(_ITALIC.search(name)), x)
                line = current[0]
                if line is None or abs(line.y - y) > 0.8 * max(size, line.size or size):
                    line = current[0] = Line(index, y, x)
                    found.append(line)
                line.pieces.append(piece)

        page.extract_text(visitor_text=visit)
        lines += ordered([line for line in found if line.text.strip()])
    return TextLayer(lines, [float(page.mediabox.height) for page in reader.pages])


def pypdf_pages(data: bytes) -> Pages:
    """Read with pypdf's own extract_text, page by page."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def pdfminer_pages(data: bytes) -> Pages:
    """Read with pdfminer.six's layout analysis (default parameters), page by page."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return [
        "".join(item.get_text() for item in page if isinstance(item, LTTextContainer))
        for page in extract_pages(io.BytesIO(data))
    ]


def pdfplumber_pages(data: bytes) -> Pages:
    """Read with pdfplumber's extract_text, page by page."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def pymupdf_pages(data: bytes, sort: bool = False) -> Pages:
    """Read with PyMuPDF's get_text, in stream order or sorted top to bottom."""
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        return [page.get_text("text", sort=sort) for page in pdf]


def pdfium_pages(data: bytes) -> Pages:
    """Read with pypdfium2 (PDFium's text page); put back a line-end hyphen it marks as soft."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        texts = [pdf[index].get_textpage().get_text_range() for index in range(len(pdf))]
    finally:
        pdf.close()
    return [text.replace("\r\n", "\n").replace("\ufffe", "-\n") for text in texts]


READERS: dict[str, tuple[str | None, Callable[[bytes], Pages]]] = {
    "desk (PDFium + rows + page_text)": (None, desk_pages),
    "desk before (pypdf + rows + page_text)": (None, pypdf_desk_pages),
    "pypdf extract_text": (None, pypdf_pages),
    "pdfminer.six": ("pdfminer", pdfminer_pages),
    "pdfplumber": ("pdfplumber", pdfplumber_pages),
    "PyMuPDF": ("pymupdf", pymupdf_pages),
    "PyMuPDF sort=True": ("pymupdf", lambda data: pymupdf_pages(data, sort=True)),
    "pypdfium2": ("pypdfium2", pdfium_pages),
}


@dataclass(slots=True)
class Agreement:
    """Hold how far a reader's pages agree with the source pages."""

    pages_right: bool
    exact_pages: int
    line_ratio: float  # mean difflib ratio of the normalised lines, per page
    in_order: float  # share of lines found in both that stand in the same order
    ms_per_page: float


def agreement(got: Pages, want: Pages, ms_per_page: float) -> Agreement:
    """Compare a reader's pages with the source's, line by line after collapsing whitespace."""
    exact, ratios, matched, common = 0, [], 0, 0
    for index, source in enumerate(want):
        a = normal_lines(source)
        b = normal_lines(got[index]) if index < len(got) else []
        exact += a == b
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        ratios.append(matcher.ratio())
        matched += sum(block.size for block in matcher.get_matching_blocks())
        common += sum((Counter(a) & Counter(b)).values())
    order = matched / common if common else 0.0
    return Agreement(len(got) == len(want), exact, statistics.mean(ratios), order, ms_per_page)


def timed(read: Callable[[bytes], Pages], data: bytes) -> tuple[Pages, float]:
    """Return a reader's pages and its median time per page in ms."""
    pages = read(data)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        read(data)
        times.append(time.perf_counter() - start)
    return pages, statistics.median(times) * 1000 / max(len(pages), 1)


def _glued_words(inquiry: Inquiry) -> dict[str, str]:
    """Return for each note the word its marker follows, the marker glued to it."""
    numbers = footnote_numbers(inquiry)
    words: dict[str, str] = {}
    texts = [inquiry.title, *inquiry.preamble]
    for question in inquiry.questions:
        texts += question.text + [p for sub in question.subquestions for p in sub]
    for paragraph in texts:
        before = ""
        for item in paragraph.inlines:
            if isinstance(item, FootnoteRef):
                words[item.footnote_id] = f"{before.split()[-1]}{numbers[item.footnote_id]}"
            elif isinstance(item, Run):
                before += item.text
    return words


def app_measures(inquiry: Inquiry, pages: Pages) -> tuple[int, int]:
    """Count the markers glued to their word and the notes read as "N text" on their page."""
    numbers = footnote_numbers(inquiry)
    glued = notes = 0
    lines = [normal_lines(page) for page in pages]
    for key, word in _glued_words(inquiry).items():
        marker = re.compile(rf"(?<!\S){re.escape(word)}(?=[\s?.,;:)“”]|$)")
        on = [i for i, page in enumerate(lines) if any(marker.search(x) for x in page)]
        glued += bool(on)
        opening = " ".join(plain_text(inquiry.footnotes[key].text).split())[:15]
        start = f"{numbers[key]} {opening}"
        notes += bool(on) and any(x.startswith(start) for x in lines[on[0]])
    return glued, notes


def app_table(readers: dict[str, Callable[[bytes], Pages]]) -> list[str]:
    """Measure every reader on the PDFs the app writes; return the table's rows."""
    registry = ProfileRegistry.load()
    nw = registry.get("NW")
    documents = {
        "Seed (3 S.)": seed_inquiry(registry),
        "Stress, 100 Fußnoten": stress_inquiry(),
        "Lang, 100 Fußnoten": long_inquiry(),
    }
    rows = [
        "| PDF | Leser | Seiten | Zeichen angeklebt | Fußnote „N Text“ auf Seite | ms/Seite |",
        "|---|---|---|---|---|---|",
    ]
    for label, inquiry in documents.items():
        data = to_pdf(inquiry, nw)
        count = len(PdfReader(io.BytesIO(data)).pages)
        total = len(inquiry.footnotes)
        for name, read in readers.items():
            pages, ms = timed(read, data)
            glued, notes = app_measures(inquiry, pages)
            right = "ja" if len(pages) == count else f"{len(pages)} statt {count}"
            rows.append(
                f"| {label} | {name} | {right} | {glued}/{total} | {notes}/{total} | {ms:.1f} |"
            )
    return rows


def libreoffice_table(readers: dict[str, Callable[[bytes], Pages]]) -> list[str]:
    """Measure every reader on LibreOffice PDFs of corpus texts; return the table's rows."""
    if shutil.which("soffice") is None:
        return ["(LibreOffice fehlt: soffice ist nicht installiert.)"]
    with tempfile.TemporaryDirectory() as folder:
        documents = {
            f"case{index}": corpus_fodt(corpus_pages(name, header), font, notes, justify)
            for index, (name, header, font, notes, justify) in enumerate(CASES.values())
        }
        pdfs = soffice_pdfs(documents, Path(folder))
    rows = [
        "| PDF | Leser | Seiten | Seiten gleich | Zeilen (difflib) | Reihenfolge | ms/Seite |",
        "|---|---|---|---|---|---|---|",
    ]
    for index, (label, (name, header, *_how)) in enumerate(CASES.items()):
        want = ["\n".join(lines) for lines in corpus_pages(name, header)]
        for reader, read in readers.items():
            got, ms = timed(read, pdfs[f"case{index}"])
            a = agreement(got, want, ms)
            right = "ja" if a.pages_right else f"{len(got)} statt {len(want)}"
            rows.append(
                f"| {label} | {reader} | {right} | {a.exact_pages}/{len(want)} "
                f"| {a.line_ratio:.3f} | {a.in_order:.3f} | {a.ms_per_page:.1f} |"
            )
    return rows


def corpus_sweep() -> list[str]:
    """Read every corpus document the app's way, in both fonts, ragged and justified."""
    if shutil.which("soffice") is None:
        return ["(LibreOffice fehlt: soffice ist nicht installiert.)"]
    documents, sources = {}, {}
    for path in sorted(CORPUS.glob("*.txt")):
        if max(map(len, path.read_text(encoding="utf-8").split("\n"))) > SWEEP_WIDTH:
            continue  # a paragraph saved as one line: no page is that wide
        for font in ("DejaVu Serif", "Liberation Sans"):
            for justify in (False, True):
                case = f"{path.stem} {font}{', Blocksatz' if justify else ''}"
                sources[case] = corpus_pages(path.stem)
                documents[case] = corpus_fodt(sources[case], font, False, justify)
    with tempfile.TemporaryDirectory() as folder:
        names = {case: f"sweep{index}" for index, case in enumerate(documents)}
        pdfs = soffice_pdfs({names[c]: d for c, d in documents.items()}, Path(folder))
    rows = [
        "| PDF | Seiten | gleich (PDFium) | gleich (pypdf) | ms/Seite PDFium | ms/Seite pypdf |",
        "|---|---|---|---|---|---|",
    ]
    totals = [0, 0, 0, 0.0, 0.0]
    for case, pages in sources.items():
        cells: list[str] = [case]
        for number, read in enumerate((desk_pages, pypdf_desk_pages)):
            got, ms = timed(read, pdfs[names[case]])
            same = sum(
                normal_lines("\n".join(want)) == normal_lines(have)
                for want, have in zip(pages, got, strict=False)
            )
            if not number:
                cells.append(f"{len(got)}/{len(pages)}")
                totals[0] += len(pages)
            cells.append(f"{same}/{len(pages)}")
            totals[1 + number] += same
            totals[3 + number] += ms * len(pages)
            cells.append(f"{ms:.1f}")
        case, count, same_new, ms_new, same_old, ms_old = cells
        rows.append(f"| {case} | {count} | {same_new} | {same_old} | {ms_new} | {ms_old} |")
    count = int(totals[0]) or 1
    new_ms, old_ms = totals[3] / count, totals[4] / count
    rows.append(
        f"| alle {len(sources)} PDFs | {count} | {totals[1]}/{count} | {totals[2]}/{count} "
        f"| {new_ms:.1f} | {old_ms:.1f} |"
    )
    return rows


def main() -> None:
    """Print both tables as Markdown."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with", dest="extra", help="folder holding the other readers")
    parser.add_argument(
        "--sweep", action="store_true", help="read every corpus document with the app's reader"
    )
    args = parser.parse_args()
    if args.sweep:
        print("\n".join(corpus_sweep()))
        return
    if args.extra:
        sys.path.append(args.extra)  # after the venv, so that its packages win
    readers = {}
    for name, (module, read) in READERS.items():
        try:
            if module:
                __import__(module)
        except ImportError:
            print(f"({name}: nicht installiert, übergangen)")
            continue
        readers[name] = read
    print("\n".join(app_table(readers)))
    print()
    print("\n".join(libreoffice_table(readers)))


if __name__ == "__main__":
    main()
