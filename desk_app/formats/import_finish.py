"""What every document importer does after reading blocks: parliament, structure, report."""

from __future__ import annotations

from desk_app.formats.blocks import Block
from desk_app.formats.from_text import (
    NO_INQUIRY,
    NO_PARLIAMENT,
    summarise,  # one report form for all importers
)
from desk_app.formats.import_result import ImportResult, Report
from desk_app.formats.structure import assemble
from desk_app.model import DeskError, canonical, plain
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry


def choose_parliament(
    registry: ProfileRegistry, given: str | None, text: str, report: Report
) -> Parliament:
    """Return the given parliament, or the one the document's text names."""
    if given is not None:
        profile = registry.get(given)
        report.found(f"Parlament: {profile.name} (angegeben)")
        return profile
    detected = registry.detect(text)
    if detected is None:
        raise DeskError(NO_PARLIAMENT)
    report.found(f"Parlament: {detected.name} (aus dem Text erkannt)")
    return detected


def finish(
    blocks: list[Block], profile: Parliament, kind: str | None, report: Report
) -> ImportResult:
    """Assemble the inquiry from blocks and return it in canonical form with the report."""
    if kind is not None:
        profile.kind(kind)  # raises a DeskError naming the known kinds
    inquiry = assemble(blocks, profile, kind, report)
    guessed_title = any(line.startswith("Titel nur vermutet") for line in report.uncertain)
    if not inquiry.questions and (guessed_title or not plain(inquiry.title.inlines).strip()):
        raise DeskError(NO_INQUIRY)  # neither questions nor a title set as one: a letter, a page
    result = canonical(inquiry)
    summarise(result, profile, report)
    return ImportResult(result, report.recognised, report.uncertain)
