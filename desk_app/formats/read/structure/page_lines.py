"""Remove page footers and running headers that landed in extracted text, keeping their dates."""

from __future__ import annotations

import re
from datetime import date

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.result import Report, shorten
from desk_app.formats.read.structure.header import Header, read_reprint
from desk_app.formats.read.structure.outline import Unit
from desk_app.formats.read.structure.template_lines import constants, line_pattern
from desk_app.i18n import say
from desk_app.model import Run
from desk_app.rules.profile import Parliament

MIN_LITERAL = 8  # a pattern with less fixed text could swallow real content
# A paragraph that ends like this was not cut in two by a page break.
_COMPLETE = re.compile(r"[.!?:;\"“”»«)\]]\s*$")


def page_line_patterns(parliament: Parliament) -> list[re.Pattern[str]]:
    """Return patterns for the footer and running-header lines of a parliament's pages."""
    layout = parliament.layout
    left, right = layout.running_header_left, layout.running_header_right
    lines = [layout.first_page_footer, layout.reprint_mark, left, right]
    if left and right:
        lines.append(f"{left} {right}")
    patterns = []
    for line in lines:
        compiled = line_pattern(line, constants(parliament))
        if compiled and compiled[1] >= MIN_LITERAL:
            patterns.append(compiled[0])
    return patterns


def strip_page_lines(
    units: list[Unit], parliament: Parliament, report: Report
) -> tuple[list[Unit], list[re.Match[str]]]:
    """Return the units without page lines, rejoining paragraphs a page line split.

    The matches of the removed lines are returned too: they hold dates,
    the term and the Drucksache number.
    """
    patterns = page_line_patterns(parliament)
    reprint = Header()
    result: list[Unit] = []
    found: list[re.Match[str]] = []
    pending_join = False
    for unit in units:
        match = None
        if isinstance(unit, Block) and unit.kind is BlockKind.PARAGRAPH:
            text = " ".join(unit.lines)
            match = next((m for p in patterns if (m := p.fullmatch(text))), None)
            if match is None and (rest := read_reprint(text, parliament, reprint)) is not None:
                # "… Ausgegeben: 19.02.2020 (Neudruck 24.02.2020)": a page line with a reprint date.
                match = next((m for p in patterns if (m := p.fullmatch(rest))), None)
        if match:
            found.append(match)
            report.found(say("Seitenzeile als Metadaten erkannt: „{text}“", text=shorten(text)))
            previous = result[-1] if result else None
            pending_join = _is_body(previous) and not _COMPLETE.search(_plain(previous))
            continue
        if pending_join and _is_body(unit):
            previous = result[-1]
            assert isinstance(previous, Block) and isinstance(unit, Block)
            previous.inlines = [*previous.inlines, Run(" "), *unit.inlines]
            report.found(say("Den von der Seitenzeile getrennten Absatz wieder zusammengefügt."))
        else:
            result.append(unit)
        pending_join = False
    if "reprinted" in reprint.dates:
        found.append(_reprint_match(reprint.dates["reprinted"]))
    return result, found


def _reprint_match(day: date) -> re.Match[str]:
    """Return a match that carries a reprint date, in the form page-line matches have."""
    match = re.fullmatch(r"(?P<reprinted>.+)", f"{day:%d.%m.%Y}")
    assert match is not None
    return match


def _is_body(unit: Unit | None) -> bool:
    """Tell whether a unit is a plain top-level paragraph."""
    return isinstance(unit, Block) and unit.kind is BlockKind.PARAGRAPH


def _plain(unit: Unit | None) -> str:
    return unit.plain if isinstance(unit, Block) else ""
