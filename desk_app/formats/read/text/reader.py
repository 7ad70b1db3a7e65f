"""Import an inquiry from Markdown or plain text: our own export exactly, foreign text by shape."""

from __future__ import annotations

from typing import Any

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.markdown.blocks import read_blocks
from desk_app.formats.markdown.front_matter import split_front_matter
from desk_app.formats.markdown.metadata import apply_metadata
from desk_app.formats.read.pages.page_split import looks_like_page_text
from desk_app.formats.read.pages.reader import page_blocks
from desk_app.formats.read.result import ImportResult, Report
from desk_app.formats.read.structure.limits import MAX_BLOCKS, check_size
from desk_app.formats.read.structure.parliament_choice import choose_parliament
from desk_app.formats.read.structure.parser import assemble, has_markers
from desk_app.formats.read.structure.summary import NO_INQUIRY, summarise
from desk_app.formats.read.text.archive_reader import read_archive_document
from desk_app.formats.read.text.archives import find_archive
from desk_app.formats.read.text.file import read_text_file
from desk_app.formats.read.text.front_facts import apply_archive_facts
from desk_app.i18n import _, say
from desk_app.model import DeskError, Inquiry, Run, canonical, plain
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry

__all__ = ["ImportResult", "from_text", "read_text_file"]

_ROLE_KEYS = ("parliament", "kind")


def from_text(
    text: str,
    registry: ProfileRegistry,
    parliament: str | None = None,
    kind: str | None = None,
) -> ImportResult:
    """Read an inquiry from text; `parliament` and `kind` override what the text says."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DeskError(_("Der Text ist leer."))
    values, body, unreadable = split_front_matter(text)
    report = Report()
    archive = find_archive(values)
    foreign: dict[str, Any] = {}
    if archive is not None:
        # A foreign archive's front matter: its keys are mapped, never taken as our own.
        read = read_archive_document(
            text, values, body, archive, registry, (parliament, kind), report
        )
        if read is not None:
            inquiry, profile = read
            _report_unreadable(unreadable, report)
            result = canonical(inquiry)
            summarise(result, profile, report)
            return ImportResult(result, report.recognised, report.uncertain)
        foreign, values = values, {}  # weighed against the text once it is read
    blocks = read_blocks(body, MAX_BLOCKS)
    check_size(blocks)
    ours = bool(values) or has_markers(blocks)
    if not ours and looks_like_page_text(body):
        # A Drucksache's text layer: lines broken at the page width, furniture on every page.
        profile = _parliament(registry, parliament, values, text, report)
        blocks = page_blocks(body, profile, report).blocks
        check_size(blocks)
    elif not ours and not _may_hold_inquiry(blocks):
        raise DeskError(_(NO_INQUIRY))
    else:
        profile = _parliament(registry, parliament, values, text, report)
    kind_id = kind or _string(values.get("kind"))
    if kind_id is not None:
        profile.kind(kind_id)  # raises a DeskError naming the known kinds
    inquiry = assemble(blocks, profile, kind_id, report)
    _report_unreadable(unreadable, report)
    if foreign:
        apply_archive_facts(inquiry, foreign, profile, report, kind or inquiry.kind)
    _apply_front_matter(inquiry, values, report)
    if not ours and not plain(inquiry.title.inlines).strip() and not inquiry.questions:
        raise DeskError(_(NO_INQUIRY))
    result = canonical(inquiry)
    summarise(result, profile, report)
    return ImportResult(result, report.recognised, report.uncertain)


def _report_unreadable(keys: list[str], report: Report) -> None:
    """Report the front matter keys whose value was not valid JSON."""
    for key in keys:
        report.doubt(say("Die Angabe „{key}“ im Dateikopf ist kein gültiges JSON.", key=key))


def _may_hold_inquiry(blocks: list[Block]) -> bool:
    """Tell whether foreign text has anything a title or a question could be."""
    for block in blocks:
        if block.kind in (BlockKind.HEADING, BlockKind.ITEM):
            return True
        runs = [item for item in block.inlines if isinstance(item, Run) and item.text.strip()]
        if runs and all(run.bold for run in runs):
            return True
        if block.plain.rstrip().endswith("?"):
            return True
    return False


def _string(value: Any) -> str | None:
    """Return a front matter value as a string, or None when absent."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise DeskError(_("Die Angabe „{value}“ im Dateikopf ist kein Text.").format(value=value))
    return value


def _parliament(
    registry: ProfileRegistry,
    given: str | None,
    values: dict[str, Any],
    text: str,
    report: Report,
) -> Parliament:
    """Return the parliament: given, named in the front matter, or detected in the text."""
    return choose_parliament(registry, given, text, report, _string(values.get("parliament")))


def _apply_front_matter(inquiry: Inquiry, values: dict[str, Any], report: Report) -> None:
    """Set the metadata the front matter holds; a value of the wrong shape is an error."""
    for key, value in values.items():
        if key in _ROLE_KEYS:
            continue
        try:
            known = apply_metadata(inquiry, key, value)
        except (ValueError, TypeError, KeyError, AttributeError):
            raise DeskError(
                say("Die Angabe „{key}“ im Dateikopf ist nicht lesbar.", key=key)
            ) from None
        if not known:
            report.doubt(say("Unbekannte Angabe „{key}“ im Dateikopf übergangen.", key=key))
