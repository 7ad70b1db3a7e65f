"""Sort the Markdown body of an archive's document into the inquiry's blocks and the answer's.

The archive marks its parts with headings (resources/reading/front_matter.toml):
a title heading with the Drucksache, a quoted header line, a section with the
preamble and lead-in, the government's preliminary remark, and each question
under its own heading followed by the answer under another. The inquiry's
blocks come out in the neutral form the structural parser reads (questions as
list items); the answer's blocks are kept in order, headings included, for
the answer split.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.structure.template_lines import parse_day
from desk_app.formats.read.text.archives import ArchiveBody
from desk_app.model import Run

_LINK = re.compile(r"\s*\[[^\]]*\]\([^)]*\)\s*")


@dataclass(slots=True)
class ArchiveText:
    """Hold an archive document's body, sorted into its parts."""

    drucksache: str | None = None
    title: str = ""
    header_lines: list[str] = field(default_factory=list)
    issued: date | None = None
    blocks: list[Block] = field(default_factory=list)  # the inquiry, for the parser
    preliminary: list[Block] = field(default_factory=list)
    answers: list[Block] = field(default_factory=list)  # answer headings and their text
    answered_by_government: bool = False  # the head line says "und Antwort des Senats"

    structured: bool = False  # the body had the archive's question headings


def sort_body(blocks: list[Block], body: ArchiveBody) -> ArchiveText:
    """Walk the blocks once and put each where the archive's headings say it belongs."""
    result = ArchiveText()
    section = "head"
    kept: set[int] = set()  # the items that are questions or their lettered sub-questions
    for block in blocks:
        line = " ".join(block.plain.split())
        if block.kind is BlockKind.HEADING and (found := _section(line, body)) is not None:
            section, label = found
            if section == "title":
                _title(line, body, result)
                section = "head"
            elif section == "question":
                item = Block(BlockKind.ITEM, label=label)
                kept.add(id(item))
                result.blocks.append(item)
                result.structured = True
            elif section == "answer":
                result.answers.append(Block(BlockKind.PARAGRAPH, [Run(line)]))
            continue
        if section == "head" and block.kind is BlockKind.HEADING and not result.title:
            result.title = line  # a title heading without the Drucksache before it
            continue
        if section == "question" and _fullmatch(body.answer, line.rstrip(".:")):
            # An answer cue printed as a plain line ("Antwort zu Frage 10.") rather than a heading.
            section = "answer"
            result.answers.append(Block(BlockKind.PARAGRAPH, [Run(line)]))
            continue
        if section == "head" and block.kind is BlockKind.QUOTE and not result.header_lines:
            _header(block, body, result)
        elif section == "question":
            deeper = _deeper(block)
            if deeper.kind is BlockKind.ITEM and deeper.depth == 1 and deeper.label.isalpha():
                kept.add(id(deeper))
            result.blocks.append(deeper)
        elif section == "answer":
            result.answers.append(block)
        elif section == "preliminary":
            result.preliminary.append(block)
        elif section in ("head", "preamble") and block.kind is not BlockKind.HEADING:
            result.blocks.append(block)
    result.blocks = labelled(result.blocks, keep=lambda block: id(block) in kept)
    return result


def labelled(
    blocks: list[Block], keep: Callable[[Block], bool] = lambda block: False
) -> list[Block]:
    """Return blocks with each list item's label written into its first paragraph.

    Lists inside a preamble or an answer ("1. Erkennung …", "- Beschaffung")
    are words of that text, not questions: the label stays with them, as
    printed. Items `keep` accepts (the questions, their lettered sub-questions)
    are kept as items.
    """
    result: list[Block] = []
    mark: str | None = None
    for block in blocks:
        if block.kind is BlockKind.ITEM and not keep(block):
            label = block.label
            mark = f"{label}. " if label.isdigit() else f"{label}) "
            mark = "– " if label in ("-", "+", "*") else mark
            continue
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE) and mark is not None:
            block = Block(block.kind, [Run(mark), *block.inlines], block.depth)
        mark = None
        result.append(block)
    return result


def _section(line: str, body: ArchiveBody) -> tuple[str, str] | None:
    """Return which part a heading opens, with a question's label; None for other headings."""
    if (found := _fullmatch(body.question, line)) is not None:
        return "question", found.group("label")
    named = (
        ("title", body.title),
        ("preamble", body.preamble),
        ("preliminary", body.preliminary),
        ("questions", body.questions),
        ("answer", body.answer),
    )
    for name, pattern in named:
        if _fullmatch(pattern, line) is not None:
            return name, ""
    return None


def _fullmatch(pattern: re.Pattern[str] | None, line: str) -> re.Match[str] | None:
    return pattern.fullmatch(line) if pattern is not None else None


def _title(line: str, body: ArchiveBody, result: ArchiveText) -> None:
    """Take the Drucksache and the title from the title heading."""
    found = _fullmatch(body.title, line)
    if found is None or result.title:
        return
    groups = found.groupdict()
    result.title = (groups.get("title") or "").strip()
    if groups.get("drucksache"):
        result.drucksache = re.sub(r"\s", "", groups["drucksache"])


def _header(block: Block, body: ArchiveBody, result: ArchiveText) -> None:
    """Read the quoted header line: its printed head lines and the Drucksache's date."""
    for line in block.plain.split("\n"):
        parts = line.split(body.header_separator) if body.header_separator else [line]
        for part in (" ".join(part.split()) for part in parts):
            if not part or not _LINK.sub("", part):
                continue  # the archive's own links (ParlDok, PDF)
            issued = body.issued.fullmatch(part) if body.issued else None
            if issued is not None:
                result.issued = parse_day(issued.group("issued"))
            else:
                result.header_lines.append(part)


def _deeper(block: Block) -> Block:
    """Return a block of a question's section one level deeper: the question's own text."""
    return Block(block.kind, list(block.inlines), block.depth + 1, block.label, block.level)
