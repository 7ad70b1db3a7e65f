"""Lay out an answer document: where its inquiry is printed, and where its answer.

Three forms occur. An answer alone restates the questions it answers
(Bundestag, NRW). Two papers in one file: the inquiry with its own head,
then the answer with its head (a Bundestag or Saarland pair). One paper
with both interleaved: its head names the inquiry first and then "und
Antwort", and each question is followed by its answer (Niedersachsen,
Schleswig-Holstein, Berlin, Hamburg). Where the inquiry is printed, its
blocks (head, preamble, lead-in, questions; no answer text) are collected
here for the inquiry parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.answer.cues import resplit, split_lines
from desk_app.formats.read.answer.forms import AnswerForms, find, lead
from desk_app.formats.read.answer.split import AnswerText, Para, Role, split_answer
from desk_app.formats.read.result import Report
from desk_app.formats.read.structure.head_shapes import joined_lines
from desk_app.formats.read.structure.header import read_header
from desk_app.formats.read.structure.limits import check_size
from desk_app.formats.read.structure.template_lines import parse_day
from desk_app.model import Inline, Run, plain
from desk_app.rules.profile import Parliament

_LOOK_AHEAD = 8  # lines after a new Drucksache number within which its answer head starts
_ANFRAGE = re.compile(r"\bAnfrage\b", re.IGNORECASE)
_NUMBERED = re.compile(r"\d{1,3}(\.\d{1,2})?\.?\s+(\S.*)", re.DOTALL)
_ANTWORT = re.compile(r"\bA\s?n\s?t\s?w\s?o\s?r\s?t\b", re.IGNORECASE)


@dataclass(slots=True)
class Layout:
    """Hold an answer document laid out: its answer read, and its inquiry's blocks if printed."""

    text: AnswerText
    paras: list[Para]
    inquiry: list[Block] | None = None  # for the inquiry parser; None: the inquiry is not printed
    two_papers: bool = False
    issued: date | None = None  # the answer paper's "Ausgegeben:" or "verteilt am"
    notes: list[Block] = field(default_factory=list)


def lay_out(blocks: list[Block], profile: Parliament, forms: AnswerForms) -> Layout:
    """Find the parts of an answer document and read its answer."""
    blocks, notes = _without_notes(blocks)
    first, second = _two_papers(blocks, profile, forms)
    answer_blocks = resplit(second if second is not None else first, forms)
    answer_blocks, issued = _without_issue_marks(answer_blocks, forms)
    paras = to_paras(answer_blocks)
    text = split_answer(paras, forms)
    layout = Layout(text, paras, two_papers=second is not None, issued=issued, notes=notes)
    if second is not None:
        layout.inquiry = [*first, *notes]
    elif _interleaved(text, forms):
        layout.inquiry = [*_inquiry_blocks(paras, profile, forms), *notes]
    return layout


def to_paras(blocks: list[Block]) -> list[Para]:
    """Return the blocks as paragraphs, list labels kept; footnotes are left out."""
    check_size(blocks)
    paras: list[Para] = []
    label = ""
    item: Block | None = None
    in_note = False
    for block in blocks:
        if block.kind is BlockKind.NOTE:
            in_note = True
        elif block.kind is BlockKind.ITEM:
            in_note, label, item = False, block.label, block
        elif block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.HEADING):
            if in_note and block.depth > 0:
                continue
            in_note = False
            own = [item, block] if item is not None and label else [block]
            paras.append(Para(list(block.inlines), label, own))
            label, item = "", None
    return paras


def _without_notes(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """Return the blocks apart from the footnotes, and the footnotes with their text."""
    rest: list[Block] = []
    notes: list[Block] = []
    in_note = False
    for block in blocks:
        if block.kind is BlockKind.NOTE:
            in_note = True
            notes.append(block)
        elif in_note and block.depth > 0 and block.kind is not BlockKind.ITEM:
            notes.append(block)
        else:
            in_note = False
            rest.append(block)
    return rest, notes


def _two_papers(
    blocks: list[Block], profile: Parliament, forms: AnswerForms
) -> tuple[list[Block], list[Block] | None]:
    """Cut a file holding two papers where the second, the answer, begins with its own head."""
    pattern = re.compile(r"Drucksache\s+" + profile.drucksache_pattern, re.IGNORECASE)
    lines = [
        (index, number, plain(line).strip())
        for index, block in enumerate(blocks)
        for number, line in enumerate(split_lines(block.inlines))
    ]
    own: str | None = None
    for position, (index, number, text) in enumerate(lines):
        for found in pattern.finditer(text):
            drucksache = _number(found)
            if own is None:
                own = drucksache
            elif (
                drucksache != own
                and _opens_paper(lines[position : position + 2], profile)
                and _answer_follows(
                    [entry[2] for entry in lines[position : position + _LOOK_AHEAD]], forms
                )
            ):
                return _cut(blocks, index, number)
    return blocks, None


def _number(found: re.Match[str]) -> str:
    return re.sub(r"[\s.]", "", f"{found.group('term')}/{found.group('number')}")


def _opens_paper(lines: list[tuple[int, int, str]], profile: Parliament) -> bool:
    """Tell whether a line opens a paper: the parliament's name or the term by the number."""
    near = " ".join(text for _index, _number, text in lines).casefold()
    return profile.header_name.casefold() in near or "wahlperiode" in near


def _answer_follows(texts: list[str], forms: AnswerForms) -> bool:
    return any(lead(forms.answer_head, text) for text in texts[1:])


def _cut(blocks: list[Block], index: int, number: int) -> tuple[list[Block], list[Block]]:
    """Split the blocks before a line of one of them."""
    block = blocks[index]
    lines = split_lines(block.inlines)
    head = (
        [Block(block.kind, joined_lines(lines[:number]), block.depth, block.label)]
        if number
        else []
    )
    tail = Block(block.kind, joined_lines(lines[number:]), 0)
    return [*blocks[:index], *head], [tail, *blocks[index + 1 :]]


def _without_issue_marks(
    blocks: list[Block], forms: AnswerForms
) -> tuple[list[Block], date | None]:
    """Take out the lines that say when the paper was issued; return the first date."""
    issued: date | None = None
    kept: list[Block] = []
    for block in blocks:
        if block.kind is BlockKind.ITEM or block.kind is BlockKind.NOTE:
            kept.append(block)
            continue
        lines = split_lines(block.inlines)
        rest = []
        for line in lines:
            text = " ".join(plain(line).split())
            found = next((p.fullmatch(text) for p in forms.issued if p.fullmatch(text)), None)
            if found is None:
                rest.append(line)
            elif issued is None:
                issued = parse_day(found.group("date"))
        if len(rest) == len(lines):
            kept.append(block)
        elif rest:
            kept.append(
                Block(block.kind, joined_lines(rest), block.depth, block.label, block.level)
            )
    return kept, issued


def _interleaved(text: AnswerText, forms: AnswerForms) -> bool:
    """Tell whether the head names the inquiry first: "Kleine Anfrage … und Antwort"."""
    head = " ".join(para.text for para in [*text.head, *text.intro])
    inquiry, answer = _ANFRAGE.search(head), _ANTWORT.search(head)
    return bool(inquiry and answer and inquiry.start() < answer.start() and text.restated)


def _inquiry_blocks(paras: list[Para], profile: Parliament, forms: AnswerForms) -> list[Block]:
    """Return the blocks of the inquiry an interleaved paper prints: head, preamble, questions."""
    header: list[Block] = []
    others: list[Block] = []
    body: list[Block] = []
    in_answer_head = False
    asked = ""
    for para in paras:
        if para.role is Role.HEAD:
            inlines = para.inlines
            if lead(forms.answer_head, plain(inlines).strip().split("\n")[0].strip()):
                in_answer_head = True
                inlines = _after_sender(inlines, forms)
                if not inlines:
                    continue
            elif in_answer_head and forms.answer_head_until_body:
                continue
            else:
                in_answer_head = False
            block = Block(BlockKind.PARAGRAPH, inlines)
            (header if _header_only(block, profile) else others).append(block)
        elif para.role is Role.PREAMBLE:
            body.append(Block(BlockKind.PARAGRAPH, para.inlines))
        elif para.question and para.role in (Role.QUESTION, Role.FORM):
            if para.question != asked:
                asked = para.question
                body.append(Block(BlockKind.ITEM, depth=0, label=asked))
            first = body[-1].kind is BlockKind.ITEM and body[-1].label == asked
            if para.role is Role.FORM:
                continue
            body += _question_blocks(para, forms, first)
    return [*header, *others, *body]


def _after_sender(inlines: list[Inline], forms: AnswerForms) -> list[Inline]:
    """Return the lines of an answer's head line after the sender it names (a title run on)."""
    lines = split_lines(inlines)
    text = "\n".join(plain(line) for line in lines)
    found = find(forms.answered_by, text)
    if found is None or forms.answer_head_until_body:
        return []
    last = text[: found.end()].count("\n")
    return joined_lines(lines[last + 1 :])


def _header_only(block: Block, profile: Parliament) -> bool:
    """Tell whether every line of a head block is a line the inquiry's header reader knows."""
    if not block.lines:
        return False
    first = block.lines[0].casefold()
    if any(first.startswith(kind.display_name.casefold()) for kind in profile.kinds.values()):
        return True  # the kind line, whatever the lines after it say
    probe = Report()
    read_header(block.lines, profile, probe)
    return not probe.uncertain


def _question_blocks(para: Para, forms: AnswerForms, first: bool) -> list[Block]:
    """Return a restated question's paragraph as the blocks of a question or sub-question."""
    if para.label and not para.label.isdigit():
        return [
            Block(BlockKind.ITEM, depth=1, label=para.label),
            Block(BlockKind.PARAGRAPH, para.inlines, depth=2),
        ]
    inlines = para.inlines
    head = lead(forms.question_head, para.text) if not para.label else None
    numbered = _NUMBERED.fullmatch(para.text) if not para.label else None
    if head is not None:
        inlines = [Run(head.group("rest").strip())]
    elif numbered is not None:
        inlines = [Run(numbered.group(2))]
        if numbered.group(1) and not first:  # "1.2 …?" under "1.1 …?": a sub-question
            label = para.text.split()[0].rstrip(".")
            return [
                Block(BlockKind.ITEM, depth=1, label=label),
                Block(BlockKind.PARAGRAPH, inlines, depth=2),
            ]
    return [Block(BlockKind.PARAGRAPH, inlines, depth=1)]
