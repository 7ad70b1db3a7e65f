"""Cut very long paragraphs into chunks of whole lines, so that each page need not re-wrap all."""

from __future__ import annotations

from itertools import pairwise

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.paragraph import Paragraph

# reportlab wraps the whole rest of a split paragraph again on every page it continues
# on (a 1 MB paragraph took ~260 s); shorter paragraphs lay out unchanged.
LONG_TEXT = 20_000  # characters of text from which a paragraph is cut into chunks
CHUNK_LINES = 60  # lines per chunk: cheap to wrap again, and more than any orphan rule needs


def cut_long_paragraphs(story: list[Flowable], width: float) -> list[Flowable]:
    """Return the story with every very long paragraph replaced by chunks of whole lines."""
    result: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, Paragraph) and _text_length(flowable) >= LONG_TEXT:
            result.extend(line_chunks(flowable, width))
        else:
            result.append(flowable)
    return result


def line_chunks(paragraph: Paragraph, width: float) -> list[Paragraph]:
    """Cut a paragraph at line ends into paragraphs that break into the very same lines."""
    paragraph.wrap(width, 1e9)
    lines = paragraph.blPara.lines
    cuts = _cuts(lines)
    if len(cuts) < 3:
        return [paragraph]
    # reportlab's own split keeps the words of a line range, markers included; line
    # breaking is greedy, so a chunk wrapped on its own breaks into the same lines.
    words_of = paragraph._get_split_blParaFunc()
    style = paragraph.style
    chunks = []
    for index, (start, stop) in enumerate(pairwise(cuts)):
        first, last = index == 0, stop == len(lines)
        chunk = Paragraph(
            None,
            _chunk_style(style, first, last),
            bulletText=paragraph.bulletText if first else None,
            frags=words_of(paragraph.blPara, start, stop),
        )
        chunks.append(chunk)
    return chunks


def _cuts(lines: list) -> list[int]:
    """Return the line numbers at which chunks begin, plus the end."""
    cuts = [0]
    at = CHUNK_LINES
    while at <= len(lines) - CHUNK_LINES:  # the last chunk keeps the paragraph's widow rule
        # A line ended by an explicit break stays unjustified: cut after a full line only.
        if not getattr(lines[at - 1], "lineBreak", False):
            cuts.append(at)
        at += CHUNK_LINES
    return [*cuts, len(lines)]


def _chunk_style(style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    """Return the style of a chunk: no space or line rules where the paragraph goes on."""
    changes: dict[str, object] = {}
    if not first:
        changes.update(spaceBefore=0, firstLineIndent=0, allowOrphans=1)
    if not last:
        # A chunk's last line is a full line of the paragraph: justify it like the others.
        changes.update(spaceAfter=0, allowWidows=1, justifyLastLine=1)
    return ParagraphStyle(f"{style.name}-chunk", parent=style, **changes) if changes else style


def _text_length(paragraph: Paragraph) -> int:
    """Return how many characters of text a paragraph holds."""
    return sum(len(getattr(frag, "text", "")) for frag in paragraph.frags)
