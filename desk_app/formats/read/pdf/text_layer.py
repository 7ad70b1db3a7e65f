"""Read the text layer of a PDF with pypdf: lines of pieces with position, size and face.

No OCR: a PDF without text (a scan) or one we cannot decrypt is refused with
one clear sentence. pypdf reports a piece of text at every change of font
and at every new line; the x of a piece is only reliable at a line start.
"""

from __future__ import annotations

import io
import logging
import math
import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader

from desk_app.formats.read.pdf.lines import Line, Piece
from desk_app.formats.read.pdf.rows import ordered
from desk_app.model import DeskError

MAX_PAGES = 400  # an inquiry or answer has a few dozen pages at most
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_BOLD = re.compile(r"bold|black|heavy|semibold|demi|fett", re.IGNORECASE)
_ITALIC = re.compile(r"italic|oblique|kursiv", re.IGNORECASE)
NO_TEXT = (
    "Das PDF hat keine Textebene (etwa ein Scan); Anfragen-Desk liest PDFs ohne Texterkennung."
)


@dataclass(slots=True)
class TextLayer:
    """Hold the lines of every page, top to bottom, and the page heights."""

    lines: list[Line]
    heights: list[float]

    @property
    def text(self) -> str:
        """Return all characters, a line per line."""
        return "\n".join(line.text for line in self.lines)


def read_text_layer(data: bytes) -> TextLayer:
    """Return the text layer of PDF bytes, or raise a DeskError saying why there is none."""
    # pypdf logs every repaired defect; those are no concern of the user.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        _decrypt(reader)
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise DeskError(f"Das PDF hat {len(pages)} Seiten; das ist keine Anfrage.")
        lines: list[Line] = []
        heights: list[float] = []
        for index, page in enumerate(pages):
            heights.append(float(page.mediabox.height))
            lines += _page_lines(page, index)
    except DeskError:
        raise
    except Exception:  # pypdf raises many kinds of error on a damaged file; all mean the same
        raise DeskError("Die Datei ist kein lesbares PDF oder ist beschädigt.") from None
    if not any(line.text.strip() for line in lines):
        raise DeskError(NO_TEXT)
    return TextLayer(lines, heights)


def _decrypt(reader: PdfReader) -> None:
    """Open a PDF encrypted with an empty password (common for printing locks), else refuse."""
    if not reader.is_encrypted:
        return
    try:
        if reader.decrypt(""):
            return
    except Exception:  # a missing AES library or a broken key both mean: cannot read
        pass
    raise DeskError("Das PDF ist verschlüsselt; seine Textebene lässt sich nicht lesen.")


def _page_lines(page: Any, index: int) -> list[Line]:
    """Return a page's lines sorted top to bottom, then left to right."""
    lines: list[Line] = []
    current: Line | None = None
    # The current line's characters by size, kept as pieces arrive: asking Line.size
    # at every piece summed all earlier pieces, quadratic in a line of thousands.
    weights: dict[float, int] = {}

    def visit(text: str, cm: Any, tm: Any, font: Any, font_size: float) -> None:
        nonlocal current, weights
        if not text or abs(tm[1]) > 1e-3 or abs(tm[2]) > 1e-3:
            return  # rotated text is a margin note or a stamp, not the document's text
        scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3]) or 1.0
        size = round(float(font_size) * scale, 1)
        x = float(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])
        y = float(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
        name = _SUBSET.sub("", str((font or {}).get("/BaseFont", "")))
        parts = text.split("\n")
        for number, part in enumerate(parts):
            if number:
                current = None  # pypdf ends a line with "\n"
            if not part:
                continue
            piece = Piece(part, size, bool(_BOLD.search(name)), bool(_ITALIC.search(name)), x)
            if current is None or _new_line(current, y, size, _heaviest(weights)):
                current = Line(index, y, x)
                lines.append(current)
                weights = {}
            current.pieces.append(piece)
            weights[size] = weights.get(size, 0) + len(part.strip())

    page.extract_text(visitor_text=visit)
    return ordered([line for line in lines if line.text.strip()])


def _heaviest(weights: dict[float, int]) -> float:
    """Return the size most characters are set in, as Line.size does, from kept weights."""
    return max(weights, key=lambda size: weights[size]) if weights else 0.0


def _new_line(current: Line, y: float, size: float, current_size: float) -> bool:
    """Tell whether a piece at height y starts a new line rather than continuing one."""
    return abs(current.y - y) > 0.8 * max(size, current_size or size)
