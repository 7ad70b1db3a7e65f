"""Give a PDF's text layer the corpus form: lines in reading order, pages split by form feeds.

The text layer already holds lines top to bottom with raised note markers
glued to their word (rows.py). Here the lines that share a row but stand
apart on the page (a header's left and right side) become one line joined
by a space, as published text layers print them, and every page, even an
empty one, gets its place between form feeds. Each line keeps the printed
lines it was made of, so their height, start and size stay at hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desk_app.formats.read.pdf.lines import Line
from desk_app.formats.read.pdf.rows import ROW_TOLERANCE
from desk_app.formats.read.pdf.text_layer import TextLayer

PAGE_BREAK = "\f"
FOOT_SIZE = 0.95  # a line set smaller than this share of the body text is foot matter
_NUMBER = re.compile(r"\d{1,3}")
_NO_SPACE_BEFORE = tuple(".,;:)]/-–%")  # "1." or "3)" open a list item, "2/3" is a fraction


@dataclass(slots=True)
class PageLine:
    """Hold one line of page text and the printed lines it was joined from."""

    page: int
    parts: list[Line] = field(default_factory=list)

    spaced_number: bool = False  # a note number set without a gap before its note's text

    @property
    def text(self) -> str:
        """Return the line's characters, its parts joined by one space."""
        text = " ".join(" ".join(part.text.split()) for part in self.parts)
        if self.spaced_number:
            number = self.parts[0].pieces[0].text.strip()
            return f"{number} {text[len(number) :]}"
        return text

    @property
    def y(self) -> float:
        """Return the baseline height of the line's first part, in points from the page foot."""
        return self.parts[0].y

    @property
    def x(self) -> float:
        """Return where the line starts, in points from the page's left edge."""
        return self.parts[0].x

    @property
    def size(self) -> float:
        """Return the size most of the line's characters are set in."""
        weights: dict[float, int] = {}
        for part in self.parts:
            for piece in part.pieces:
                weights[piece.size] = weights.get(piece.size, 0) + len(piece.text.strip())
        return max(weights, key=lambda size: weights[size]) if weights else 0.0


def page_lines(layer: TextLayer) -> list[list[PageLine]]:
    """Return the lines of every page in reading order, the parts of one row joined."""
    pages: list[list[PageLine]] = [[] for _ in layer.heights]
    for line in layer.lines:
        if not line.text.strip():
            continue
        while line.page >= len(pages):  # a layer built by hand may lack the heights
            pages.append([])
        lines = pages[line.page]
        if lines and abs(lines[-1].parts[0].y - line.y) <= ROW_TOLERANCE:
            lines[-1].parts.append(line)
        else:
            lines.append(PageLine(line.page, [line]))
    size = _main_size([line for lines in pages for line in lines])  # the document's text size
    for lines in pages:
        for page_line in lines:
            page_line.spaced_number = _note_number_first(page_line, size)
    return pages


def page_text(layer: TextLayer) -> str:
    """Return the text of every page, lines joined by newlines and pages by form feeds."""
    return PAGE_BREAK.join("\n".join(line.text for line in lines) for lines in page_lines(layer))


def _main_size(lines: list[PageLine]) -> float:
    """Return the size most characters of some lines are set in."""
    weights: dict[float, int] = {}
    for line in lines:
        for part in line.parts:
            for piece in part.pieces:
                weights[piece.size] = weights.get(piece.size, 0) + len(piece.text.strip())
    return max(weights, key=lambda size: weights[size]) if weights else 0.0


def _note_number_first(line: PageLine, text_size: float) -> bool:
    """Tell whether a line opens with a note number drawn apart from, but close to, its text.

    The text alone says "a number, then a word"; the page must agree that it is
    a note: the line is set smaller than the document's text (notes at the
    foot), or the number smaller than its text (a raised number in the note area).
    """
    pieces = line.parts[0].pieces
    if len(pieces) < 2 or not _NUMBER.fullmatch(pieces[0].text):
        return False
    after = pieces[1].text
    if not after or after[0].isspace() or after[0].isdigit() or after.startswith(_NO_SPACE_BEFORE):
        return False
    smaller_line = line.size < FOOT_SIZE * text_size
    smaller_number = pieces[0].size < FOOT_SIZE * pieces[1].size
    return smaller_line or smaller_number
