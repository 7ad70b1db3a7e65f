"""Time the import of a 50-page answer Drucksache in process (issue 13: at most 1 s, median).

The document is built from a real Bundestag answer (tests/corpus/documents/
bt_21_235_antwort_auf_21_114.txt): its head and first page, then its
restated questions and answers again and again as questions 1 to N, set in
its page width with its running header and page breaks, until it has 50
pages: a text layer of the form the corpus holds. The import is the desk's
answer import into a fresh store (recognise, read, attach, store), median
of RUNS after one warm-up. The peer is the bare reading of the same file
(open, decode, split into lines), so the ratio says what the reading costs
beyond touching the text at all.

The same pages are also imported as PDFs: set with reportlab's canvas (the
library of the app's own writer) in Helvetica, and printed by LibreOffice in
Liberation Sans and DejaVu Serif (the corpus tests' flat ODF, every source
line one printed line; skipped without soffice). Their peer is poppler's
`pdftotext` on the same file as a whole process (skipped where not installed).
Run from the repository root: .venv/bin/python bench/bench_import_answer.py
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Result, median, report, samples_ms

SOURCE = Path("tests/corpus/documents/bt_21_235_antwort_auf_21_114.txt")
PAGES = 50
LINES_PER_PAGE = 46
RUNS = 7
PDF_RUNS = 5
TARGET_MS = 1000.0
BENCH = "import (50-page answer)"
# The source restates its six questions so; each repetition numbers them on.
QUESTION = re.compile(r"^[1-6]\. (?=Welche |Von welchen )")
RUNNING = "Drucksache 21/235 – {page} – Deutscher Bundestag – 21. Wahlperiode"
FURNITURE = (
    "Die Antwort wurde",
    "Die Drucksache enthält",
    "Gesamtherstellung",
    "Vertrieb:",
    "ISSN",
)


def answer_pages(pages: int = PAGES) -> str:
    """Return a text layer of an answer with `pages` pages, from the real answer's lines."""
    lines = SOURCE.read_text(encoding="utf-8").replace("\f", "\n").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("1. Welche"))
    head, body = lines[:first], [line for line in lines[first:] if not _furniture(line)]
    result = list(head)
    number = 0
    while len(result) < pages * LINES_PER_PAGE:
        for line in body:
            if QUESTION.match(line):
                number += 1
                line = QUESTION.sub(f"{number}. ", line, count=1)
            result.append(line)
    text = []
    for page in range(pages):
        chunk = result[page * LINES_PER_PAGE : (page + 1) * LINES_PER_PAGE]
        if page:
            chunk = [RUNNING.format(page=page + 1), *chunk]
        text.append("\n".join(chunk))
    return "\f".join(text) + "\n"


def _furniture(line: str) -> bool:
    """Tell whether a line of the source is page furniture, left out before repeating."""
    return line.startswith(FURNITURE) or bool(re.fullmatch(r"Drucksache 21/235 – \d+ – .*", line))


def canvas_pdf(text: str) -> bytes:
    """Return the pages set line by line in 10 pt Helvetica on A4, as a simple press would."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    for number, lines in enumerate(text.rstrip("\n").split("\f")):
        if number:
            page.showPage()
        page.setFont("Helvetica", 10)
        for row, line in enumerate(lines.split("\n")):
            page.drawString(56, 800 - 16.5 * row, line)
    page.save()
    return buffer.getvalue()


def libreoffice_pdfs(text: str, folder: Path) -> dict[str, bytes]:
    """Return the pages printed by LibreOffice in two fonts, or nothing without soffice."""
    if shutil.which("soffice") is None:
        return {}
    from tests.formats.test_pdf_page_text import corpus_fodt, soffice_pdfs

    pages = [page.split("\n") for page in text.rstrip("\n").split("\f")]
    fonts = {"liberation": "Liberation Sans", "dejavu": "DejaVu Serif"}
    documents = {name: corpus_fodt(pages, font) for name, font in fonts.items()}
    return soffice_pdfs(documents, folder)


def _importer(folder: Path, path: Path) -> Callable[[], object]:
    """Return a function that imports the answer at path into a fresh store each call."""
    from desk_app.service import Desk

    stores = iter(range(1000))

    def import_once() -> object:
        desk = Desk(folder / f"desk{next(stores)}.sqlite3")
        try:
            return desk.import_answer(path)
        finally:
            desk.close()

    return import_once


def pdf_results(text: str, folder: Path) -> list[Result]:
    """Time the import of the pages as PDFs, the text layer alone, and pdftotext beside them."""
    from desk_app.formats.read.pdf.text_layer import read_text_layer

    pdfs = {"reportlab Helvetica": canvas_pdf(text)}
    printed = libreoffice_pdfs(text, folder)
    if printed:
        pdfs["LibreOffice Liberation Sans"] = printed["liberation"]
        pdfs["LibreOffice DejaVu Serif"] = printed["dejavu"]
    results = []
    for label, data in pdfs.items():
        path = folder / f"antwort_{len(results)}.pdf"
        path.write_bytes(data)
        import_once = _importer(folder, path)
        outcome = import_once()
        questions = len(outcome.inquiry.questions)  # type: ignore[attr-defined]
        times = samples_ms(import_once, PDF_RUNS)
        layer = samples_ms(lambda data=data: read_text_layer(data), PDF_RUNS)
        note = f"{questions} questions, median of {PDF_RUNS}"
        results += [
            Result(
                BENCH, f"desk import, PDF ({label})", median(times), target=TARGET_MS, note=note
            ),
            Result(BENCH, f"text layer alone ({label})", median(layer)),
            _pdftotext(path, label),
        ]
    if not printed:
        results.append(
            Result(BENCH, "LibreOffice PDFs", float("nan"), note="skipped: soffice not installed")
        )
    return results


def _pdftotext(path: Path, label: str) -> Result:
    """Time poppler's pdftotext on the file as a whole process, the peer of the import."""
    name = f"peer: pdftotext process ({label})"
    if shutil.which("pdftotext") is None:
        return Result(BENCH, name, float("nan"), note="skipped: poppler-utils not installed")

    def run() -> None:
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)

    return Result(BENCH, name, median(samples_ms(run, PDF_RUNS)), note=f"median of {PDF_RUNS}")


def main() -> None:
    """Build the document, time the import and the bare read, and report both."""
    from desk_app.service import Desk, ImportOutcome

    text = answer_pages()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "antwort_50_seiten.txt"
        path.write_text(text, encoding="utf-8")
        stores = iter(range(1000))

        def import_once() -> ImportOutcome:
            desk = Desk(Path(folder) / f"desk{next(stores)}.sqlite3")
            try:
                return desk.import_answer(path)
            finally:
                desk.close()

        outcome = import_once()
        times = samples_ms(import_once, RUNS)
        bare = samples_ms(lambda: path.read_text(encoding="utf-8").splitlines(), RUNS)
        pdfs = pdf_results(text, Path(folder))
    questions = len(outcome.inquiry.questions)
    value = median(times)
    report(
        [
            Result(
                BENCH,
                "desk import (answer, text layer)",
                value,
                target=TARGET_MS,
                note=f"{PAGES} pages, {questions} questions, median of {RUNS}",
            ),
            Result(BENCH, "bare read of the same file", median(bare)),
            Result(BENCH, "ratio import / bare read", value / max(median(bare), 1e-6), unit="×"),
            *pdfs,
        ]
    )


if __name__ == "__main__":
    main()
