"""Read page text (a Drucksache's text layer) into neutral blocks for the structural parser."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.pages.furniture import furniture_rules, strip_furniture
from desk_app.formats.read.pages.line_blocks import BodyLine, LineBlocks
from desk_app.formats.read.pages.page_notes import PageNote, split_notes
from desk_app.formats.read.pages.page_split import split_pages
from desk_app.formats.read.pdf.line_join import joint
from desk_app.formats.read.result import Report
from desk_app.model import Inline, Run
from desk_app.rules.profile import Parliament


@dataclass(slots=True)
class PageRead:
    """Hold what page text gave: blocks for the parser, and the notices taken out of it."""

    blocks: list[Block] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def page_blocks(text: str, profile: Parliament, report: Report) -> PageRead:
    """Return the blocks of page text: page-1 footer lines first, then body and notes."""
    rules = furniture_rules(profile)
    pages, furniture = strip_furniture(split_pages(text, rules.is_page_line), rules)
    if furniture.dropped:
        report.found(f"Kopf-, Fuß- und Seitenzeilen entfernt: {furniture.dropped}")
    body: list[BodyLine] = []
    notes: list[PageNote] = []
    for number, page in enumerate(pages):
        lines, found, markers = split_notes(page, len(notes) + 1)
        notes += found
        by_line: dict[int, list[tuple[int, int, str]]] = {}
        for marker in markers:
            by_line.setdefault(marker.line, []).append(
                (marker.start, marker.end, str(marker.number))
            )
        body += [BodyLine(line, number, by_line.get(index, [])) for index, line in enumerate(lines)]
    if notes:
        report.found(f"Fußnoten am Seitenfuß gefunden: {len(notes)}")
    parties = profile.parties

    def complete_head(line: str) -> bool:
        return line.endswith(")") or any(line.endswith(party) for party in parties)

    blocks = [Block(BlockKind.PARAGRAPH, [Run(line)]) for line in furniture.page_lines]
    blocks += LineBlocks(body, complete_head).build()
    for note in notes:
        blocks.append(Block(BlockKind.NOTE, label=str(note.number)))
        blocks.append(Block(BlockKind.PARAGRAPH, _note_text(note.lines), depth=1))
    return PageRead(blocks, furniture.notices)


def _note_text(lines: list[str]) -> list[Inline]:
    """Return a note's lines as one text; a URL or word cut at the line end is joined."""
    text = ""
    for line in lines:
        if not text:
            text = line
            continue
        separator, drop = joint(text, line, True)
        text = (text.removesuffix("-") if drop else text) + (separator and " ") + line
    return [Run(text)]
