"""Turn a PDF's body and note lines into neutral blocks: paragraphs, list items, quotes, notes.

Paragraph ends are read from the page: a larger gap between lines, a new
size, a short line that ends a sentence, an indent. A paragraph cut by a
page break simply continues on the next page's first body line.
"""

from __future__ import annotations

import itertools
import re
import statistics
from dataclasses import dataclass, field

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.pdf.line_join import ends_sentence, joint
from desk_app.formats.read.pdf.lines import Line, Piece, line_width
from desk_app.formats.read.structure.typed_labels import LabelSequence
from desk_app.model import FootnoteRef, Inline, Run
from desk_app.model.text import strip_inlines

MARKER_SIZE = 0.85  # a number set smaller than this share of its line is a note marker
_MARKER = re.compile(r"\s*\d{1,5}(?:\s*,\s*\d{1,5})*\s*")
_NOTE_NUMBER = re.compile(r"\s*(\d{1,5})(?:\s+|(?=\D))")
INDENT = 8.0  # points of indent that make a line a quote's or a new paragraph's
PARAGRAPH_GAP = 1.25  # a step this much larger than the line pitch separates paragraphs


@dataclass(slots=True)
class _Open:
    """Collect the lines of the paragraph being read."""

    depth: int
    lines: list[Line] = field(default_factory=list)
    in_item: bool = False


@dataclass(slots=True)
class _Geometry:
    """Hold the page measures paragraphs are judged by."""

    margin: float
    right: float
    pitch: float  # line pitch as a multiple of the font size


class BodyBuilder:
    """Read body lines in order into blocks."""

    def __init__(self, lines: list[Line]) -> None:
        self.blocks: list[Block] = []
        self._geometry = _measure(lines)
        self._lines = lines
        self._open: _Open | None = None
        self._item: tuple[int, float] | None = None  # depth and text start of the open item
        self._labels = LabelSequence()

    def build(self) -> list[Block]:
        """Return the blocks of all body lines."""
        previous: Line | None = None
        for line in self._lines:
            self._line(line, previous)
            previous = line
        self._flush()
        return self.blocks

    def _line(self, line: Line, previous: Line | None) -> None:
        text = line.text.strip()
        boundary = previous is None or self._boundary(previous, line)
        after_sentence = previous is None or ends_sentence(previous.text)
        label = self._labels.match(text) if boundary or after_sentence else None
        if label is not None:
            self._flush()
            name, length = label
            depth = 1 if name.isalpha() and self._labels.last_number else 0
            self.blocks.append(Block(BlockKind.ITEM, depth=depth, label=name))
            start = line.x + line_width(Line(0, 0, 0, [Piece(text[:length], line.size)]))
            self._item = (depth, start)
            self._open = _Open(
                depth + 1, [_cut(line, len(line.text) - len(line.text.lstrip()) + length)], True
            )
            return
        item = self._item
        if item is not None and line.x >= item[1] - 3:
            if boundary or self._open is None:
                self._flush()
                self._open = _Open(item[0] + 1, [line], True)
            else:
                self._open.lines.append(line)
            return
        self._item = None
        open_ = self._open
        moved = previous is not None and abs(line.x - previous.x) > 4
        first_line_indent = (
            open_ is not None
            and len(open_.lines) == 1
            and open_.lines[0].x > line.x + 4
            and abs(line.x - self._geometry.margin) < 4
        )
        if open_ is None or open_.in_item or boundary or (moved and not first_line_indent):
            self._flush()
            self._open = _Open(0, [line])
        else:
            open_.lines.append(line)

    def _boundary(self, previous: Line, line: Line) -> bool:
        """Tell whether a line starts a new paragraph after another line."""
        geometry = self._geometry
        if abs(line.size - previous.size) > 0.6:
            return True
        if (
            line.page == previous.page
            and previous.y - line.y > PARAGRAPH_GAP * geometry.pitch * line.size
        ):
            return True
        if _all_bold(previous) != _all_bold(line):
            return True  # a bold title above or below plain text
        if line.page == previous.page and abs(previous.y - line.y) < 1.0:
            return True  # two lines in one row: a header's left and right side
        return ends_sentence(previous.text) and room_for_next(previous, line, geometry.right)

    def _flush(self) -> None:
        """Finish the open paragraph as a block."""
        open_ = self._open
        self._open = None
        if open_ is None or not open_.lines:
            return
        geometry = self._geometry
        quote = not open_.in_item and all(line.x > geometry.margin + INDENT for line in open_.lines)
        kind = BlockKind.QUOTE if quote else BlockKind.PARAGRAPH
        self.blocks.append(Block(kind, join_lines(open_.lines, geometry.right), depth=open_.depth))


def join_lines(lines: list[Line], right: float) -> list[Inline]:
    """Return lines as one paragraph's inlines; a break is "\\n" unless a word or URL was cut."""
    inlines: list[Inline] = []
    previous: Line | None = None
    for line in lines:
        items = strip_inlines(line_inlines(line))
        if previous is not None and items:
            full = not room_for_next(previous, line, right)
            separator, drop_hyphen = joint(previous.text, line.text, full)
            if drop_hyphen:
                _drop_last_hyphen(inlines)
            if separator:
                inlines.append(Run(separator))
        inlines += items
        previous = line
    return inlines


def room_for_next(previous: Line, line: Line, right: float) -> bool:
    """Tell whether the next line's first word would have fitted: then the break was deliberate."""
    words = line.text.split()
    first = Line(0, 0, 0, [Piece(" " + (words[0] if words else ""), line.size)])
    return previous.x + line_width(previous) + line_width(first) < right - 1


def line_inlines(line: Line) -> list[Inline]:
    """Return a line's pieces as runs, and small numbers among them as note markers."""
    size = line.size
    result: list[Inline] = []
    for piece in line.pieces:
        if piece.size < MARKER_SIZE * size and _MARKER.fullmatch(piece.text):
            result += [FootnoteRef(number.strip()) for number in piece.text.split(",")]
        else:
            text = piece.text
            if result and isinstance(result[-1], FootnoteRef) and re.match(r" +[.,;:!?)]", text):
                text = text.lstrip(" ")  # pypdf's guessed space between a marker and its stop
            result.append(Run(text, piece.bold, piece.italic))
    return result


def note_blocks(lines: list[Line]) -> tuple[list[Block], int]:
    """Return the notes of the page feet as NOTE blocks, and how many lines fit no note."""
    notes: list[tuple[str, list[Line]]] = []
    orphans = 0
    expected = 1
    for line in lines:
        found = _NOTE_NUMBER.match(line.text)
        first = next((piece for piece in line.pieces if piece.text.strip()), None)
        raised = first is not None and first.size < MARKER_SIZE * line.size
        if found and (raised or int(found.group(1)) == expected):
            expected = int(found.group(1)) + 1
            notes.append((found.group(1), [_cut(line, found.end())]))
        elif notes:
            notes[-1][1].append(line)  # a note continues, also onto the next page
        else:
            orphans += 1
    right = max((line.x + line_width(line) for line in lines), default=0.0)
    blocks: list[Block] = []
    for label, note_lines in notes:
        blocks.append(Block(BlockKind.NOTE, label=label))
        blocks.append(Block(BlockKind.PARAGRAPH, join_lines(note_lines, right), depth=1))
    return blocks, orphans


def _measure(lines: list[Line]) -> _Geometry:
    """Measure the left margin, the right edge of full lines and the line pitch."""
    if not lines:
        return _Geometry(0.0, 0.0, 12.0)
    margin = statistics.mode(round(line.x) for line in lines)
    rights = sorted(line.x + line_width(line) for line in lines)
    right = rights[int(0.9 * (len(rights) - 1))]
    # Steps within a paragraph lie near 1.1–1.4 sizes; larger ones include paragraph spacing.
    steps = [
        (a.y - b.y) / a.size
        for a, b in itertools.pairwise(lines)
        if a.page == b.page
        and abs(a.size - b.size) < 0.6
        and a.size
        and 0.9 < (a.y - b.y) / a.size < 1.6
    ]
    pitch = statistics.median(steps) if steps else 1.2
    return _Geometry(float(margin), right, pitch)


def _all_bold(line: Line) -> bool:
    """Tell whether every visible piece of a line is bold."""
    pieces = [piece for piece in line.pieces if piece.text.strip()]
    return bool(pieces) and all(piece.bold for piece in pieces)


def _cut(line: Line, count: int) -> Line:
    """Return a line without its first `count` characters (a label or a note number)."""
    pieces: list[Piece] = []
    for piece in line.pieces:
        cut = min(count, len(piece.text))
        count -= cut
        if piece.text[cut:]:
            pieces.append(Piece(piece.text[cut:], piece.size, piece.bold, piece.italic, piece.x))
    return Line(line.page, line.y, line.x, pieces)


def _drop_last_hyphen(inlines: list[Inline]) -> None:
    """Remove the hyphen of a word hyphenated at a line end."""
    for index in range(len(inlines) - 1, -1, -1):
        item = inlines[index]
        if isinstance(item, Run):
            inlines[index] = Run(item.text.rstrip().removesuffix("-"), item.bold, item.italic)
            return
