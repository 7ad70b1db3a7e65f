"""Give a PDF's text layer the corpus form: lines in reading order, pages split by form feeds.

The text layer already holds lines top to bottom with raised note markers
glued to their word (rows.py). Here the lines that share a row but stand
apart on the page (a header's left and right side) become one line joined
by a space, as published text layers print them, and every page, even an
empty one, gets its place between form feeds. Each line keeps the printed
lines it was made of, so their height, start and size stay at hand, and
says what the geometry tells about it: set in the page foot, with markers
set small. That is evidence for the page-text reader, never its only one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from desk_app.formats.read.pdf.lines import Line, Piece
from desk_app.formats.read.pdf.rows import MARKER_SIZE, ROW_TOLERANCE
from desk_app.formats.read.pdf.text_layer import TextLayer

PAGE_BREAK = "\f"
FOOT_SIZE = 0.95  # a line set smaller than this share of the body text is foot matter
_NUMBER = re.compile(r"\d{1,4}")
_NO_SPACE_BEFORE = tuple(".,;:)]/-–%")  # "1." or "3)" open a list item, "2/3" is a fraction


@dataclass(slots=True)
class PageLine:
    """Hold one line of page text and the printed lines it was joined from."""

    page: int
    parts: list[Line] = field(default_factory=list)
    foot: bool = False  # set smaller than the body text, below the page's last body line
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
        return _heaviest(piece for part in self.parts for piece in part.pieces)

    @property
    def markers(self) -> list[int]:
        """Return the numbers set small after a word of the line: note markers by their size."""
        size = self.size
        pieces = [piece for part in self.parts for piece in part.pieces]
        return [
            int(piece.text)
            for piece in pieces[1:]
            if _NUMBER.fullmatch(piece.text.strip()) and piece.size < MARKER_SIZE * size
        ]


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
    size = _heaviest(piece for line in layer.lines for piece in line.pieces)  # the body text
    for lines in pages:
        _mark_geometry(lines, size)
    return pages


def page_text(layer: TextLayer) -> str:
    """Return the text of every page, lines joined by newlines and pages by form feeds."""
    return PAGE_BREAK.join("\n".join(line.text for line in lines) for lines in page_lines(layer))


def _heaviest(pieces: Iterable[Piece]) -> float:
    """Return the size most characters of some pieces are set in."""
    weights: dict[float, int] = {}
    for piece in pieces:
        weights[piece.size] = weights.get(piece.size, 0) + len(piece.text.strip())
    return max(weights, key=lambda size: weights[size]) if weights else 0.0


def _mark_geometry(lines: list[PageLine], text_size: float) -> None:
    """Mark a page's foot lines and its note numbers set flush against their text."""
    small = [line.size < FOOT_SIZE * text_size for line in lines]
    last_body = max((index for index, is_small in enumerate(small) if not is_small), default=None)
    for index, line in enumerate(lines):
        # A page without body text (a table in small print) has no foot to tell apart.
        line.foot = last_body is not None and index > last_body and small[index]
        line.spaced_number = _note_number_first(line, small[index])


def _note_number_first(line: PageLine, small: bool) -> bool:
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
    return small or pieces[0].size < FOOT_SIZE * pieces[1].size
