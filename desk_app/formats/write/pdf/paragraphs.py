"""A paragraph that breaks its lines once per width, however often layout asks for its size."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import _FK_BREAK, Paragraph, ParaLines, _HSFrag

# What Paragraph.wrap and its breakLines set on the paragraph: the lines, the size,
# and the fragments, which the first breaking turns into the word list a split reads.
_WRAP_STATE = ("width", "_wrapWidths", "blPara", "height", "frags", "_width_max")
_MEMO = "_desk_wraps"
_PLAIN_WORDS = (list, _HSFrag)  # words as breaking makes them: no hyphen, split or injected break


class WrapOnceParagraph(Paragraph):
    """Keep the line breaking of each width asked for, and reuse it for that width."""

    # The footnote frame measures a paragraph before reportlab's frame measures it
    # again at the same width, KeepTogether measures its paragraphs before the frame
    # does, and a note is measured for the ledger and again for drawing: breaking
    # lines is most of the layout time, and wrapping again at the same width gives
    # the same lines (a test checks that reportlab still does).
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Return the size at a width, breaking the lines only if that width is new."""
        memo: dict[float, dict[str, Any]] = self.__dict__.setdefault(_MEMO, {})
        state = memo.get(availWidth)
        if state is not None:
            self.__dict__.update(state)
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__:  # too narrow a width sets nothing to keep
            memo[availWidth] = {name: self.__dict__[name] for name in _WRAP_STATE}
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        """Split as reportlab does; the first piece keeps the lines it already has."""
        pieces = super().split(availWidth, availHeight)
        if len(pieces) == 2:
            _seed_first_piece(self, pieces[0], availWidth)
        return pieces


def _seed_first_piece(whole: WrapOnceParagraph, first: Paragraph, width: float) -> None:
    """Give a split's first piece the whole paragraph's first lines as its wrap at width."""
    # Breaking is greedy: the first piece, broken again at the same width, gets the
    # whole paragraph's first lines, line for line (a test compares them). The frame
    # splits a page's last paragraph once per line it tries, and each try broke the
    # piece's lines anew; these are a third of all line breaking in a long document.
    memo: dict[float, dict[str, Any]] = whole.__dict__.get(_MEMO, {})
    state = memo.get(width)
    piece_lines: Any = first.__dict__.get("blPara")  # reportlab sets the piece's lines
    if state is None or state["blPara"] is not whole.__dict__.get("blPara") or piece_lines is None:
        return
    parent: Any = state["blPara"]
    count = len(piece_lines.lines)
    if parent.kind != 1 or not 0 < count < len(parent.lines) or not _plain_style(first.style):
        return
    words = first.frags
    following = whole.frags[parent.lines[count].sFW]
    # A line ended by <br/> keeps the break in its words, which the piece lacks.
    if following[1][0]._fkind == _FK_BREAK or getattr(first, "autoLeading", ""):
        return
    if not all(type(word) in _PLAIN_WORDS for word in words):
        return
    kept = parent.lines[:count]
    first.__dict__[_MEMO] = {
        width: {
            "width": width,
            "_wrapWidths": list(state["_wrapWidths"]),
            "blPara": ParaLines(kind=1, lines=kept),
            "height": len(kept) * first.style.leading,
            "frags": words,
            # Only reportlab's chart labels read this; a piece's widest line is close enough.
            "_width_max": max(line.maxWidth - line.extraSpace for line in kept),
        }
    }


def _plain_style(style: ParagraphStyle) -> bool:
    """Tell whether a style breaks lines greedily by word widths alone."""
    # Space shrinkage (on by default) weighs only the line being filled: still greedy.
    return not (
        style.wordWrap
        or style.endDots
        or style.shaping
        or getattr(style, "hyphenationLang", "")
        or style.uriWasteReduce
        or style.embeddedHyphenation
        or getattr(style, "autoLeading", "") not in ("", "off", None)
    )
