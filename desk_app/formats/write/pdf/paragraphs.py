"""A paragraph that breaks its lines once per width, however often layout asks for its size."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.paragraph import (
    _FK_BREAK,
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    _HSFrag,
)

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
            _seed_pieces(self, pieces, availWidth)
        return pieces


def _seed_pieces(whole: WrapOnceParagraph, pieces: list[Any], width: float) -> None:
    """Give both pieces of a split the whole paragraph's lines as their wrap at width."""
    # Breaking is greedy: each piece, broken again at the same width, gets its share
    # of the whole paragraph's lines, line for line (a test compares them). The frame
    # splits a page's last paragraph once per line it tries, and each try broke the
    # pieces' lines anew; that was a third of all line breaking in a long document.
    memo: dict[float, dict[str, Any]] = whole.__dict__.get(_MEMO, {})
    state = memo.get(width)
    first, rest = pieces
    piece_lines: Any = first.__dict__.get("blPara")  # reportlab sets the first piece's lines
    if state is None or state["blPara"] is not whole.__dict__.get("blPara") or piece_lines is None:
        return
    parent: Any = state["blPara"]
    count = len(piece_lines.lines)
    if parent.kind != 1 or not 0 < count < len(parent.lines) or getattr(whole, "autoLeading", ""):
        return
    start = parent.lines[count].sFW
    following = whole.frags[start]
    # A line ended by <br/> keeps the break in its words, which the first piece lacks.
    if following[1][0]._fkind == _FK_BREAK:
        return
    if _plain_style(first.style) and _plain_words(first):
        _remember(first, width, list(state["_wrapWidths"]), parent.lines[:count])
    # Breaking counts a word with no text of its own, or a space after a word of two
    # sizes, differently at a paragraph's start than at a line's: such a rest breaks anew.
    head, tail = following[1][0], following[-1][0]
    if not following[1][1] or head.fontSize != tail.fontSize or rest.frags[0] is not following:
        return
    if _plain_style(rest.style) and _plain_words(rest):
        moved = [line.clone(sFW=line.sFW - start) for line in parent.lines[count:]]
        _remember(rest, width, _wrap_widths(rest, width), moved)


def _remember(piece: Paragraph, width: float, widths: list[float], lines: list[Any]) -> None:
    """Store lines as a piece's wrap at width, as its own wrap would have set them."""
    piece.__dict__[_MEMO] = {
        width: {
            "width": width,
            "_wrapWidths": widths,
            "blPara": ParaLines(kind=1, lines=lines),
            "height": len(lines) * piece.style.leading,
            "frags": piece.frags,
            # Only reportlab's chart labels read this; a piece's widest line is close enough.
            "_width_max": max(line.maxWidth - line.extraSpace for line in lines),
        }
    }


def _wrap_widths(piece: Paragraph, width: float) -> list[float]:
    """Return the line widths Paragraph.wrap gives a piece at width."""
    style = piece.style
    left, right = style.leftIndent, style.rightIndent
    widths = [width - (left + style.firstLineIndent) - right, width - left - right]
    _handleBulletWidth(piece.bulletText, style, widths)
    return widths


def _plain_words(piece: Paragraph) -> bool:
    """Tell whether a piece holds only whole words: none hyphenated, cut or with a break put in."""
    return all(type(word) in _PLAIN_WORDS for word in piece.frags)


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
