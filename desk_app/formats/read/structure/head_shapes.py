"""Shapes of head lines: lines cut from blocks, lines that run on, the head's patterns."""

from __future__ import annotations

import re

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.structure.template_lines import constants, line_pattern
from desk_app.model import Inline, Run, plain
from desk_app.rules.profile import Parliament

TITLE_LINES = 3  # a block of at most this many lines may be the title as a whole
# A line runs on when it ends in a hyphen, comma or bracket, a function word, or an inflected
# adjective ("mit nicht binären" / "Geschlechtsidentitäten …"); "… erneut nachgefragt" is finished.
RUNS_ON = re.compile(
    r"(?:[-,/(–]|\b(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen|und|oder|sowie|"
    r"mit|von|vom|zu|zur|zum|im|in|an|am|auf|aus|bei|beim|für|über|unter|nach|vor|durch|gegen|"
    r"ohne|um|bis|seit|zwischen|wegen|als|wie|bzw\.?|sich|nicht)"
    r"|\b[a-zäöüß]\w*(?:en|er|es|em|e))\s*$"
)


def joined_lines(lines: list[list[Inline]]) -> list[Inline]:
    """Return lines as one run of inlines with line breaks between them (split_lines undone)."""
    inlines: list[Inline] = []
    for line in lines:
        if inlines:
            inlines.append(Run("\n"))
        inlines += line
    return inlines


def split_lines(inlines: list[Inline]) -> list[list[Inline]]:
    """Return a block's inlines cut at its line breaks, leading spaces of each line dropped."""
    result: list[list[Inline]] = [[]]
    for item in inlines:
        if not isinstance(item, Run):
            result[-1].append(item)
            continue
        pieces = item.text.split("\n")
        for number, piece in enumerate(pieces):
            if number:
                result.append([])
            if not result[-1]:
                piece = piece.lstrip()
            if piece:
                result[-1].append(Run(piece, item.bold, item.italic))
    return result


def runs_on(before: str, after: str) -> bool:
    """Tell whether a printed line continues on the next ("… in dem" / "Zeitraum …")."""
    if not before or not after or before.endswith(("?", ".", ":", "!")):
        return False
    return bool(RUNS_ON.search(before)) or after[:1].islower()


def cut_at(inlines: list[Inline], patterns: tuple[str, ...]) -> list[Inline]:
    """Return a title's inlines up to where the first of the patterns matches in its text."""
    text = plain(inlines)
    ends = [m.start() for p in patterns if (m := re.search(p, text, re.IGNORECASE)) and m.start()]
    if not ends:
        return inlines
    keep = min(ends)
    result: list[Inline] = []
    for item in inlines:
        if keep <= 0:
            break
        if isinstance(item, Run):
            result.append(
                Run(
                    item.text[:keep].rstrip() if len(item.text) >= keep else item.text,
                    item.bold,
                    item.italic,
                )
            )
            keep -= len(item.text)
        else:
            result.append(item)
    return result


def title_block(texts: list[str]) -> bool:
    """Tell whether a block's lines read as a title of their own: few, unfinished, not run on."""
    if not 1 < len(texts) <= TITLE_LINES or any(t.endswith(".") for t in texts):
        return False
    return not RUNS_ON.search(texts[-1])


def set_apart(block: Block) -> bool:
    """Tell whether a block is a heading or set in bold as a whole."""
    if block.kind is BlockKind.HEADING:
        return True
    runs = [item for item in block.inlines if isinstance(item, Run) and item.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def preamble_headings(parliament: Parliament) -> list[re.Pattern[str]]:
    """Return patterns of the preamble headings the profile and its templates print."""
    patterns = [re.compile(p, re.I) for p in parliament.reading.preamble_headings]
    for kind in parliament.kinds.values():
        fixed = {**constants(parliament), "kind_name": kind.display_name}
        compiled = line_pattern(kind.template.preamble_heading, fixed)
        if compiled:
            patterns.append(compiled[0])
    return patterns


def faction_lines(parliament: Parliament) -> list[re.Pattern[str]]:
    """Return patterns of the templates' faction-as-originator line ("der Fraktion {faction}")."""
    patterns = []
    for kind in parliament.kinds.values():
        line = kind.template.faction_originator
        compiled = line_pattern(line, constants(parliament)) if "{faction}" in line else None
        if compiled:
            patterns.append(compiled[0])
    return patterns


def template_lead_ins(parliament: Parliament) -> list[re.Pattern[str]]:
    """Return patterns of the lead-in sentences of the profile's templates."""
    patterns = []
    for kind in parliament.kinds.values():
        fixed = {**constants(parliament), "kind_name": kind.display_name}
        for line in (kind.template.lead_in_singular, kind.template.lead_in_plural):
            compiled = line_pattern(line, fixed)
            if compiled:
                patterns.append(compiled[0])
    return patterns
