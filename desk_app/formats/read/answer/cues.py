"""Break paragraphs where an answer's form starts a new part inside them.

Page text is joined into paragraphs by the shape of its lines, so a
heading such as "Vorbemerkung der Bundesregierung", a cue "Antwort zu 2:"
or a joint sentence "Die Fragen 1 und 2 werden gemeinsam beantwortet." can
end up as a paragraph's last or middle line. Each such line starts (and a
heading also ends) a paragraph of its own here; running headers the page
reader left in the text are taken out.
"""

from __future__ import annotations

import re

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.answer.forms import AnswerForms, find, lead
from desk_app.model import Inline, Run, plain

_CLOSED = (".", "?", "!", ":", "“", "”", '"', ")", "»", "«")
_NUMBERED_QUESTION = re.compile(r"\d{1,3}\.\s+[A-ZÄÖÜ„]")
_JOINT_START = re.compile(r"(?:Die\s+)?Fragen?\s+(?:Nr\.\s*)?\d", re.IGNORECASE)
_SPLIT_KINDS = (BlockKind.PARAGRAPH, BlockKind.QUOTE)
_QUESTION_END = re.compile(r"\?[\s\d“”\"»«)]*$")
# Prose of this length after a question's last line is its answer, not an appended request.
_ANSWER_LENGTH = 100


def resplit(blocks: list[Block], forms: AnswerForms) -> list[Block]:
    """Return the blocks with every paragraph broken at the answer's form lines."""
    result: list[Block] = []
    in_head = True
    for block in blocks:
        if block.kind is BlockKind.ITEM:
            in_head = False
        if block.kind not in _SPLIT_KINDS:
            result.append(block)
            continue
        pieces = _pieces(block, forms, in_head)
        in_head = in_head and not any(_body_cue(forms, plain(piece)) for piece in pieces)
        for index, inlines in enumerate(pieces):
            # Only the first piece stays where the block stood (an item's text, say).
            depth = block.depth if index == 0 else 0
            result.append(Block(block.kind, inlines, depth, block.label, block.level))
    return result


def _pieces(block: Block, forms: AnswerForms, in_head: bool) -> list[list[Inline]]:
    """Return a block's lines grouped into paragraphs, broken where a form line stands."""
    lines = split_lines(block.inlines)
    texts = [plain(line).strip() for line in lines]
    pieces: list[list[Inline]] = []
    current: list[Inline] = []
    close_after = _question_end(texts) if block.depth > 0 else -1
    for index, (line, text) in enumerate(zip(lines, texts, strict=True)):
        if _furniture(forms, text):
            pieces.append(current)
            current = []
            continue
        before = texts[index - 1] if index else ""
        starts = index > 0 and _starts_part(forms, text, before, texts[index:], in_head)
        if starts or index == close_after:
            pieces.append(current)
            current = []
            close_after = _part_end(forms, texts, index)
        elif index == 0:
            close_after = max(close_after, _part_end(forms, texts, index))
        if current:
            current.append(Run("\n"))
        current += line
    pieces.append(current)
    return [_trimmed(inlines) for inlines in pieces if plain(inlines).strip()]


def _question_end(texts: list[str]) -> int:
    """Return the line after a restated question's last line, where its answer ran on (or -1)."""
    ends = [index for index, text in enumerate(texts) if _QUESTION_END.search(text)]
    if not ends or ends[-1] + 1 >= len(texts):
        return -1
    rest = " ".join(texts[ends[-1] + 1 :])
    return ends[-1] + 1 if len(rest) > _ANSWER_LENGTH and rest[:1].isupper() else -1


def _starts_part(
    forms: AnswerForms, text: str, before: str, rest: list[str], in_head: bool
) -> bool:
    """Tell whether a line opens a part of its own rather than going on with the paragraph."""
    after = rest[1] if len(rest) > 1 else ""
    closed = before.endswith(_CLOSED)
    heading = _heading(forms, text)
    if heading and (closed or in_head or not after or after[:1].isupper()):
        return True
    if in_head and lead(forms.answer_head, text):
        return True
    if _NUMBERED_QUESTION.match(text) and _QUESTION_END.search(" ".join(rest)):
        return True  # "2. Haben …?" after a table's last row: a restated question
    if not closed or not text[:1].isupper():
        return False
    return bool(
        lead(forms.answer_to, text)
        or lead(forms.closing, text)
        or lead(forms.answer_word, text)
        or lead(forms.question_head, text)
        or (_JOINT_START.match(text) and find(forms.joint, f"{text} {after}"))
    )


def _heading(forms: AnswerForms, text: str) -> bool:
    """Tell whether a line is a whole heading of the answer's form."""
    for patterns in (forms.preliminary, forms.inquiry_remark):
        found = lead(patterns, text)
        if found and not found.group("rest").strip() and len(text) < 80:
            return True
    return False


def _part_end(forms: AnswerForms, texts: list[str], start: int) -> int:
    """Return the line after which a part opened at `start` ends (-1: it runs on)."""
    text = texts[start]
    if _heading(forms, text):
        return start + 1
    for patterns in (forms.answer_to, forms.answer_word, forms.question_head):
        found = lead(patterns, text)
        if found and not found.group("rest").strip():
            return start + 1
    if _JOINT_START.match(text):
        for end in range(start, min(start + 4, len(texts))):
            if find(forms.joint, " ".join(texts[start : end + 1])):
                return end + 1
    return -1


def _body_cue(forms: AnswerForms, text: str) -> bool:
    """Tell whether a paragraph opens the body: a remark heading or a cue of an answer."""
    first = text.strip().split("\n")[0].strip()
    return bool(
        lead(forms.preliminary, first)
        or lead(forms.inquiry_remark, first)
        or lead(forms.question_head, first)
        or (first[:1].isupper() and lead(forms.answer_to, first))
    )


def _furniture(forms: AnswerForms, text: str) -> bool:
    """Tell whether a line is a running header the page reader left in the text."""
    return bool(text) and any(pattern.fullmatch(text) for pattern in forms.page_header)


def split_lines(inlines: list[Inline]) -> list[list[Inline]]:
    """Return inlines cut at their line breaks, one list per line."""
    lines: list[list[Inline]] = [[]]
    for item in inlines:
        if not isinstance(item, Run) or "\n" not in item.text:
            lines[-1].append(item)
            continue
        parts = item.text.split("\n")
        for number, part in enumerate(parts):
            if number:
                lines.append([])
            if part:
                lines[-1].append(Run(part, item.bold, item.italic))
    return lines


def _trimmed(inlines: list[Inline]) -> list[Inline]:
    """Return inlines without the line breaks at their ends."""
    while inlines and isinstance(inlines[0], Run) and not inlines[0].text.strip():
        inlines = inlines[1:]
    while inlines and isinstance(inlines[-1], Run) and not inlines[-1].text.strip():
        inlines = inlines[:-1]
    return inlines
