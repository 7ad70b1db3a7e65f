"""Give the page reader a PDF's lines as printed lines: page text that keeps bold, italic, gaps.

The lines are those of `page_text` (rows joined, raised markers glued to
their word, a note number set apart from its text); each keeps the faces
of its pieces, and a line below a gap wider than the document's usual line
step says so: geometry as extra evidence for the page reader's text rules.
"""

from __future__ import annotations

import itertools
import statistics

from desk_app.formats.read.pages.printed_line import PrintedLine, Span
from desk_app.formats.read.pdf.page_text import PageLine, page_lines
from desk_app.formats.read.pdf.rows import MARKER_SIZE
from desk_app.formats.read.pdf.text_layer import TextLayer

_STOPS = tuple(".,;:!?)")
INDENT = 8.0  # points set in from the margin that make a line a quotation's
PARAGRAPH_GAP = 1.3  # a step this much wider than the usual line step opens a paragraph


def printed_pages(layer: TextLayer) -> list[list[str]]:
    """Return every page's lines as printed lines, top to bottom."""
    pages = page_lines(layer)
    step = _line_step(pages)
    starts = [round(line.x) for lines in pages for line in lines]
    margin = statistics.mode(starts) if starts else 0
    result: list[list[str]] = []
    for lines in pages:
        printed: list[str] = []
        for index, line in enumerate(lines):
            previous = lines[index - 1] if index else None
            wide = previous is not None and previous.y - line.y > PARAGRAPH_GAP * step * line.size
            spans, raised = _spans(line)
            inset = line.x > margin + INDENT
            printed.append(PrintedLine(spans, gap_before=wide, markers=raised, indented=inset))
        result.append(printed)
    return result


def _spans(line: PageLine) -> tuple[list[Span], list[tuple[int, int]]]:
    """Return a line's pieces as runs, spaces made single, and where its raised numbers stand."""
    spans: list[Span] = []
    raised: list[tuple[int, int]] = []
    size = line.size
    text = ""
    for number, part in enumerate(line.parts):
        for index, piece in enumerate(part.pieces):
            chunk = " ".join(piece.text.split())
            if piece.text[:1].isspace() or (number and not index):
                chunk = " " + chunk
            if piece.text[-1:].isspace() and piece.text.strip():
                chunk += " "
            if number == 0 and index == 1 and line.spaced_number:
                chunk = " " + chunk.lstrip()  # "1https://…" set apart: "1 https://…"
            if text.endswith(" ") or not text:
                chunk = chunk.lstrip()
            if raised and raised[-1][1] == len(text) and chunk[:2].strip() in _STOPS:
                chunk = chunk.lstrip()  # pypdf's guessed space between a raised marker and "."
            if not chunk:
                continue
            digits = chunk.strip()
            if (number or index) and digits.isdigit() and piece.size < MARKER_SIZE * size:
                start = len(text) + chunk.index(digits)
                raised.append((start, start + len(digits)))
            spans.append((chunk, piece.bold, piece.italic))
            text += chunk
    return _trimmed(spans), raised


def _trimmed(spans: list[Span]) -> list[Span]:
    """Return runs without spaces at the line's end (the start has none)."""
    if spans:
        spans[-1] = (spans[-1][0].rstrip(), *spans[-1][1:])
    return [span for span in spans if span[0]]


def _line_step(pages: list[list[PageLine]]) -> float:
    """Return the usual step from one line to the next, as a multiple of the font size."""
    steps = [
        (a.y - b.y) / a.size
        for lines in pages
        for a, b in itertools.pairwise(lines)
        if a.size and abs(a.size - b.size) < 0.6 and 0.9 < (a.y - b.y) / a.size < 1.8
    ]
    return statistics.median(steps) if steps else 1.2
