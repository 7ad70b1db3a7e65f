"""Read page text (a Drucksache's text layer) into neutral blocks for the structural parser."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.pages.furniture import (
    FurnitureRules,
    furniture_rules,
    strip_furniture,
)
from desk_app.formats.read.pages.line_blocks import BodyLine, LineBlocks
from desk_app.formats.read.pages.page_notes import PageNote, split_notes
from desk_app.formats.read.pages.page_split import split_pages
from desk_app.formats.read.pages.word_joint import WordJoint
from desk_app.formats.read.result import Report
from desk_app.i18n import say
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
    return printed_blocks(split_pages(text, rules.is_page_line), profile, report, rules)


def printed_blocks(
    pages: list[list[str]],
    profile: Parliament,
    report: Report,
    rules: FurnitureRules | None = None,
) -> PageRead:
    """Return the blocks of pages of lines (plain or printed lines, "" for a blank line)."""
    rules = rules or furniture_rules(profile)  # compiled once when the caller has them
    pages, furniture = strip_furniture(pages, rules)
    if furniture.dropped:
        report.found(say("Kopf-, Fuß- und Seitenzeilen entfernt: {count}", count=furniture.dropped))
    body, notes = _body_and_notes(pages)
    if notes:
        report.found(say("Fußnoten am Seitenfuß gefunden: {count}", count=len(notes)))
    parties = profile.parties

    def complete_head(line: str) -> bool:
        return line.endswith(")") or any(line.endswith(party) for party in parties)

    blocks = [Block(BlockKind.PARAGRAPH, [Run(line)]) for line in furniture.page_lines]
    join = WordJoint(line for page in pages for line in page)
    blocks += LineBlocks(body, complete_head, join).build()
    for label, note in notes:
        blocks.append(Block(BlockKind.NOTE, label=label))
        blocks.append(Block(BlockKind.PARAGRAPH, _note_text(note.lines, join), depth=1))
    return PageRead(blocks, furniture.notices)


def _body_and_notes(pages: list[list[str]]) -> tuple[list[BodyLine], list[tuple[str, PageNote]]]:
    """Return the body lines of all pages with their markers, and the notes with their keys."""
    body: list[BodyLine] = []
    notes: list[tuple[str, PageNote]] = []
    series, expected = 0, 1
    previous: list[BodyLine] = []  # the last page's body lines: markers may stand there
    for number, page in enumerate(pages):
        earlier = [line.text for line in previous]
        lines, found, markers = split_notes(page, expected, earlier)
        if not found and expected > 1:
            # A second Drucksache in the file (an answer after its inquiry) counts anew.
            lines, found, markers = split_notes(page, 1)
            series += bool(found)
        if found:
            expected = found[-1].number + 1
        key = _keys(series)
        notes += [(key(note.number), note) for note in found]
        current = [BodyLine(line, number) for line in lines]
        for marker in markers:
            holder = current[marker.line] if marker.line >= 0 else previous[marker.line]
            holder.markers.append((marker.start, marker.end, key(marker.number)))
            holder.markers.sort()
        body += current
        previous = current
    return body, notes


def _keys(series: int) -> Callable[[int], str]:
    """Return how notes of a numbering series are keyed: "3", or "2.3" in the second series."""
    if not series:
        return str
    return lambda number: f"{series + 1}.{number}"


def _note_text(lines: list[str], join: WordJoint) -> list[Inline]:
    """Return a note's lines as one text; a URL or word cut at the line end is joined."""
    text = ""
    for line in lines:
        if not text:
            text = line
            continue
        separator, drop = join(text, line, True)
        text = (text.removesuffix("-") if drop else text) + (separator and " ") + line
    return [Run(text)]
