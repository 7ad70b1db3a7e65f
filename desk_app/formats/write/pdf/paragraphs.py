"""A paragraph that breaks its lines once per width, however often layout asks for its size."""

from __future__ import annotations

from typing import Any

from reportlab.platypus.paragraph import Paragraph

# What Paragraph.wrap and its breakLines set on the paragraph: the lines, the size,
# and the fragments, which the first breaking turns into the word list a split reads.
_WRAP_STATE = ("width", "_wrapWidths", "blPara", "height", "frags", "_width_max")


class WrapOnceParagraph(Paragraph):
    """Keep the line breaking of each width asked for, and reuse it for that width."""

    # The footnote frame measures a paragraph before reportlab's frame measures it
    # again at the same width, KeepTogether measures its paragraphs before the frame
    # does, and a note is measured for the ledger and again for drawing: breaking
    # lines is most of the layout time, and wrapping again at the same width gives
    # the same lines (a test checks that reportlab still does).
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Return the size at a width, breaking the lines only if that width is new."""
        memo: dict[float, dict[str, Any]] = self.__dict__.setdefault("_desk_wraps", {})
        state = memo.get(availWidth)
        if state is not None:
            self.__dict__.update(state)
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__:  # too narrow a width sets nothing to keep
            memo[availWidth] = {name: self.__dict__[name] for name in _WRAP_STATE}
        return size
