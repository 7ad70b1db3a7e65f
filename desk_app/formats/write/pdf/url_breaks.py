"""Break URLs longer than a line after / - _ . instead of letting them run off the page."""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import Paragraph

from desk_app.formats.write.pdf.fonts import FontFaces
from desk_app.formats.write.pdf.markup import UrlPiece, escape_text

# A break may follow these characters, but never split the "//" after the scheme.
_BREAK_AFTER = re.compile(r"(?<=[/\-_.?&=#])(?!/)")
_WHITESPACE = " \t\n"


class UrlBreaker:
    """Lay out long URLs of one paragraph style as lines joined by <br/>."""

    def __init__(
        self,
        probe: Callable[[str], Paragraph],
        width: float,
        faces: FontFaces,
        font_size: float,
    ) -> None:
        self._probe = probe
        self._width = width
        self._faces = faces
        self._size = font_size

    def __call__(self, before: str, piece: UrlPiece) -> str:
        """Return the markup of a URL, with line breaks if it is wider than a line."""
        font = self._face(piece)
        if stringWidth(piece.url, font, self._size) <= self._width:
            return escape_text(piece.url)  # reportlab moves a whole word to the next line itself
        lines = self._fill(_BREAK_AFTER.split(piece.url), self._room_after(before, font), font)
        return "<br/>".join(escape_text(line) for line in lines)

    def _face(self, piece: UrlPiece) -> str:
        """Return the font the URL is set in."""
        faces = self._faces
        if piece.bold:
            return faces.bold_italic if piece.italic else faces.bold
        return faces.italic if piece.italic else faces.regular

    def _room_after(self, before: str, font: str) -> float:
        """Return the width left on the line where text `before` ends."""
        probe = self._probe(before)
        probe.wrap(self._width, 1e6)
        lines = probe.blPara.lines
        if not lines:
            return self._width
        last = lines[-1]
        room = last.extraSpace if hasattr(last, "extraSpace") else last[0]
        if before.endswith(tuple(_WHITESPACE)):
            room -= stringWidth(" ", font, self._size)
        return max(room, 0.0)

    def _fill(self, parts: list[str], room: float, font: str) -> list[str]:
        """Fill lines greedily with URL parts; the first line has only `room` left."""
        lines: list[str] = []
        current, limit = "", room
        for part in (chunk for whole in parts for chunk in self._chunks(whole, font)):
            if stringWidth(current + part, font, self._size) <= limit:
                current += part
                continue
            if current:
                lines.append(current)
            # Nothing fitted the first line's rest: the URL starts on a new line by itself.
            current, limit = part, self._width
        lines.append(current)
        return lines

    def _chunks(self, part: str, font: str) -> list[str]:
        """Cut a part with no break point that is wider than a line into line-wide chunks."""
        chunks: list[str] = []
        current = ""
        for char in part:
            if current and stringWidth(current + char, font, self._size) > self._width:
                chunks.append(current)
                current = ""
            current += char
        chunks.append(current)
        return chunks
