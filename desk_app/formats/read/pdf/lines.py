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
    x: float = 0.0  # where pypdf says the piece starts; reliable only after a move


@dataclass(slots=True)
class Line:
    """Hold one printed line: its page, baseline height, start and pieces."""

    page: int
    y: float
    x: float
    pieces: list[Piece] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Return the line's characters."""
        return "".join(piece.text for piece in self.pieces)

    @property
    def size(self) -> float:
        """Return the size most of the line's characters are set in."""
        weights: dict[float, int] = {}
        for piece in self.pieces:
            weights[piece.size] = weights.get(piece.size, 0) + len(piece.text.strip())
        return max(weights, key=lambda size: weights[size]) if weights else 0.0


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Estimate how wide text is printed; Arial, Liberation Sans and Helvetica share metrics."""
    return stringWidth(text, "Helvetica-Bold" if bold else "Helvetica", size or 1.0)


def line_width(line: Line) -> float:
    """Estimate how wide a line is printed."""
    return sum(text_width(piece.text, piece.size, piece.bold) for piece in line.pieces)
