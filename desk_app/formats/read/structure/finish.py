"""What every document importer does after reading blocks: parliament, structure, report."""

from __future__ import annotations

from desk_app.formats.blocks import Block
from desk_app.formats.read.result import ImportResult, Report
from desk_app.formats.read.structure.limits import check_size
from desk_app.formats.read.structure.parser import assemble
from desk_app.formats.read.structure.summary import NO_INQUIRY, summarise
from desk_app.i18n import _
from desk_app.model import DeskError, canonical, plain
from desk_app.rules.profile import Parliament


def finish(
    blocks: list[Block], profile: Parliament, kind: str | None, report: Report
) -> ImportResult:
    """Assemble the inquiry from blocks and return it in canonical form with the report."""
    check_size(blocks)
    if kind is not None:
        profile.kind(kind)  # raises a DeskError naming the known kinds
    inquiry = assemble(blocks, profile, kind, report)
    if not inquiry.questions and (report.title_guessed or not plain(inquiry.title.inlines).strip()):
        raise DeskError(_(NO_INQUIRY))  # neither questions nor a title set as one: a letter, a page
    result = canonical(inquiry)
    summarise(result, profile, report)
    return ImportResult(result, report.recognised, report.uncertain)
