"""Mend the notices a page reader took out of an answer's pages but cut at a line end."""

from __future__ import annotations

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.answer.cues import split_lines
from desk_app.formats.read.answer.forms import AnswerForms, find
from desk_app.model import Run, plain


def mend_notices(
    notices: list[str], blocks: list[Block], forms: AnswerForms
) -> tuple[list[str], list[Block]]:
    """Return the notices made whole, and the blocks without the lines that completed them.

    "Die Antwort wurde … mit Schreiben des Bundesministeriums für Bildung,
    Familie, Senioren," may lose its second line "Frauen und Jugend vom
    17. August 2026 übermittelt." to the text; that line is the first one
    that ends the notice's sentence and makes it name a sender and a date.
    """
    mended: list[str] = []
    for notice in notices:
        whole, blocks = _complete(notice, blocks, forms)
        mended.append(whole)
    return mended, blocks


def _complete(notice: str, blocks: list[Block], forms: AnswerForms) -> tuple[str, list[Block]]:
    if notice.rstrip().endswith("."):
        return notice, blocks
    for index, block in enumerate(blocks):
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.QUOTE):
            continue
        lines = split_lines(block.inlines)
        for number, line in enumerate(lines):
            text = plain(line).strip()
            whole = f"{notice} {text}"
            if not any(p.fullmatch(text) for p in forms.notice_end):
                continue
            found = find(forms.answered_by, whole)
            if found is None or not found.groupdict().get("date"):
                return notice, blocks
            rest = [piece for at, piece in enumerate(lines) if at != number]
            inlines: list = []
            for piece in rest:
                if inlines:
                    inlines.append(Run("\n"))
                inlines += piece
            changed = [Block(block.kind, inlines, block.depth, block.label)] if rest else []
            return whole, [*blocks[:index], *changed, *blocks[index + 1 :]]
    return notice, blocks
