"""Printed lines of a PDF as pieces of text with size and face, and their estimated width."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth


@dataclass(slots=True)
class Piece:
    """Hold a stretch of text in one face and size."""

    text: str
    size: float
    bold: bool = False
    italic: bool = False
    x: float = 0.0  # where the piece starts on the page


@dataclass(slots=True)
class Line:
    """Hold one printed line: its page, baseline height, start and pieces.

    Pieces are only ever appended; size and width are kept up to date as they
    come, since rows glue thousands of pieces and asking anew each time was
    quadratic (a hostile one-page PDF took a minute for 4,000 pieces).
    """

    page: int
    y: float
    x: float
    pieces: list[Piece] = field(default_factory=list)
    _counted: int = field(default=0, repr=False, compare=False)
    _weights: dict[float, int] = field(default_factory=dict, repr=False, compare=False)
    _width: float = field(default=0.0, repr=False, compare=False)

    @property
    def text(self) -> str:
        """Return the line's characters."""
        return "".join(piece.text for piece in self.pieces)

    @property
    def size(self) -> float:
        """Return the size most of the line's characters are set in."""
        self._count()
        weights = self._weights
        return max(weights, key=lambda size: weights[size]) if weights else 0.0

    @property
    def width(self) -> float:
        """Return how wide the line is printed, estimated."""
        self._count()
        return self._width

    def _count(self) -> None:
        """Add the pieces appended since the last question to the kept size and width."""
        if self._counted > len(self.pieces):  # pieces replaced: count again from the start
            self._counted, self._weights, self._width = 0, {}, 0.0
        for piece in self.pieces[self._counted :]:
            self._weights[piece.size] = self._weights.get(piece.size, 0) + len(piece.text.strip())
            self._width += text_width(piece.text, piece.size, piece.bold)
        self._counted = len(self.pieces)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Estimate how wide text is printed; Arial, Liberation Sans and Helvetica share metrics."""
    return stringWidth(text, "Helvetica-Bold" if bold else "Helvetica", size or 1.0)


def line_width(line: Line) -> float:
    """Estimate how wide a line is printed."""
    return line.width
