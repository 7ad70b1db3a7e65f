"""Read exported PDFs back for the tests: text per page, text lines with positions, rules."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass

from pypdf import PdfReader

# A horizontal rule as reportlab draws it: "x1 y m x2 y l S".
_RULE = re.compile(rb"([\d.]+) ([\d.]+) m ([\d.]+) ([\d.]+) l S")


@dataclass(frozen=True, slots=True)
class TextRun:
    """Hold one piece of shown text with its baseline height and font size."""

    y: float
    size: float
    text: str


def reader(data: bytes) -> PdfReader:
    """Open PDF bytes."""
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    """Return the extracted text of each page (pypdf)."""
    return [page.extract_text() for page in reader(data).pages]


def text_runs(data: bytes) -> list[list[TextRun]]:
    """Return the text runs of each page with their position and size."""
    pages: list[list[TextRun]] = []
    for page in reader(data).pages:
        runs: list[TextRun] = []

        def visit(text, cm, tm, _font, size, runs=runs):
            if text.strip():
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                runs.append(TextRun(y, round(size * tm[3] * cm[3], 2), text))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def lowest_rule(data: bytes, page_index: int) -> float | None:
    """Return the height of the lowest horizontal rule on a page (the note separator)."""
    content = reader(data).pages[page_index].get_contents()
    heights = [
        float(m.group(2))
        for m in _RULE.finditer(content.get_data() if content is not None else b"")
        if m.group(2) == m.group(4)
    ]
    return min(heights) if heights else None


def note_rule(data: bytes, page_index: int) -> float | None:
    """Return the height of a page's note separator; None on a page without notes."""
    content = reader(data).pages[page_index].get_contents()
    heights = sorted(
        float(m.group(2))
        for m in _RULE.finditer(content.get_data() if content is not None else b"")
        if m.group(2) == m.group(4)
    )
    # The highest rule is the header's (page 1) or the running header's (later pages).
    return heights[0] if len(heights) > 1 else None


def pdftotext_bboxes(data: bytes) -> list[tuple[float, str]]:
    """Return (xMax, word) of every word as pdftotext sees it; needs poppler-utils."""
    assert shutil.which("pdftotext")
    html = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")
    words = re.finditer(
        r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</word>', html
    )
    return [(float(m.group(1)), m.group(2)) for m in words]
