"""Put the lines of a text layer into reading order: rows top to bottom, pieces of a row joined.

Presses draw a line in one go or word by word, and raise note markers
above the baseline; both come back here as one line per printed line.
Pieces far apart in a row (a header's left and right side) stay apart.
"""

from __future__ import annotations

import re

from desk_app.formats.read.pdf.lines import Line, Piece, line_width

ROW_TOLERANCE = 2.0  # points: lines this close in height share a row
MARKER_SIZE = 0.85  # a number set smaller than this share of its line is a note marker
WORD_GAP = 1.5  # pieces of a row closer than this many sizes belong to one line
_CLOSING = tuple('.,;:!?)]”“"')  # no space is set before these
_MARKER = re.compile(r"\d{1,5}(?:\s*,\s*\d{1,5})*")


def ordered(lines: list[Line]) -> list[Line]:
    """Return lines sorted top to bottom, with markers and word pieces joined to their line."""
    lines = _glue_in_stream(lines)
    size = _main_size(lines)
    markers = [line for line in lines if _marker_like(line, size)]
    rows: list[list[Line]] = []
    for line in sorted((line for line in lines if line not in markers), key=lambda item: -item.y):
        if rows and abs(rows[-1][0].y - line.y) <= ROW_TOLERANCE:
            rows[-1].append(line)
        else:
            rows.append([line])
    for marker in markers:
        row = next((r for r in rows if 0 < marker.y - r[0].y < 0.8 * r[0].size), None)
        if row is None:
            rows.append([marker])
        else:
            row.append(marker)
    rows.sort(key=lambda row: -row[0].y)
    return [line for row in rows for line in _join_row(sorted(row, key=lambda item: item.x), size)]


def _append(current: Line, line: Line) -> None:
    """Append a line's pieces to another, with a space where the page shows a gap."""
    size = max(line.size, current.size) or 10.0
    gap = line.x - (current.x + line_width(current))
    # The last piece, not the whole text: a row may glue thousands of pieces.
    last = current.pieces[-1].text if current.pieces else ""
    spaced = last.endswith(" ") or line.text.startswith((" ", *_CLOSING))
    if gap > 0.15 * size and not spaced and current.pieces and line.pieces:
        before, after = current.pieces[-1], line.pieces[0]
        # The space takes the face its neighbours share, so a bold title stays bold throughout.
        bold, italic = before.bold and after.bold, before.italic and after.italic
        current.pieces.append(Piece(" ", after.size, bold, italic, line.x))
    current.pieces += line.pieces


def _main_size(lines: list[Line]) -> float:
    """Return the size most characters of the page are set in."""
    weights: dict[float, int] = {}
    for line in lines:
        for piece in line.pieces:
            weights[piece.size] = weights.get(piece.size, 0) + len(piece.text.strip())
    return max(weights, key=lambda key: weights[key]) if weights else 0.0


def _glue_in_stream(lines: list[Line]) -> list[Line]:
    """Glue raised markers written right after their word, in the order of the stream."""
    merged: list[Line] = []
    for line in lines:
        previous = merged[-1] if merged else None
        if previous is not None and (
            _raised_after(line, previous) or _after_marker(line, previous)
        ):
            _append(previous, line)
            continue
        merged.append(line)
    return merged


def _marker_like(line: Line, size: float) -> bool:
    """Tell whether a line is only a small number: a note marker drawn on its own."""
    if len(line.pieces) > 2:
        return False
    return line.size < MARKER_SIZE * size and bool(_MARKER.fullmatch(line.text.strip()))


def _raised_after(line: Line, previous: Line) -> bool:
    """Tell whether a line is a note marker set higher than the line before it in the stream."""
    raised = 0 < line.y - previous.y < 0.8 * previous.size
    small = line.size < MARKER_SIZE * previous.size
    return raised and small and bool(_MARKER.fullmatch(line.text.strip()))


def _after_marker(line: Line, previous: Line) -> bool:
    """Tell whether a line continues a line whose last piece was a note marker."""
    if not previous.pieces:
        return False
    last = previous.pieces[-1]
    return abs(line.y - previous.y) < 1.0 and last.size < MARKER_SIZE * previous.size


def _join_row(row: list[Line], page_size: float) -> list[Line]:
    """Join the lines of one row that stand close together; keep distant ones apart."""
    result: list[Line] = []
    for line in row:
        current = result[-1] if result else None
        size = max(line.size, current.size if current else 0.0) or 10.0
        if current is not None and line.x - (current.x + line_width(current)) < WORD_GAP * size:
            if _marker_like(current, page_size):
                current.y = line.y  # a marker first in its row takes the row's baseline
            _append(current, line)
            continue
        result.append(line)
    return result
