"""Remember the widths a TrueType font measured: layout asks for the same strings again."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.ttfonts import TTFont

MAX_WIDTHS = 50_000  # strings kept per font, some 10 MB; then it starts afresh
MAX_LENGTH = 40  # longer strings are whole lines, drawn once: measured, not kept


class WidthMemo:
    """Measure a string in a font once per size, as the font itself would."""

    # reportlab sums a width per character in Python; line breaking asks for the width
    # of a space after every word and of each word at each breaking, and drawing asks
    # again for each line: a fifth of a long document's layout time.
    def __init__(self, font: TTFont) -> None:
        self._measure = font.stringWidth
        self._known: dict[tuple[Any, float], float] = {}

    def __call__(self, text: Any, size: float, encoding: str = "utf8") -> float:
        """Return the width of text at size, in points."""
        if len(text) > MAX_LENGTH:
            return self._measure(text, size, encoding)
        key = (text, size)
        width = self._known.get(key)
        if width is None:
            if len(self._known) >= MAX_WIDTHS:
                self._known.clear()
            width = self._known[key] = self._measure(text, size, encoding)
        return width


def remember_widths(font: TTFont) -> None:
    """Make a font measure each string once per size (the widths stay exactly its own)."""
    if not isinstance(font.__dict__.get("stringWidth"), WidthMemo):
        font.stringWidth = WidthMemo(font)
