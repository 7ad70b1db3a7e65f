"""Read a document from a foreign Markdown archive: its front matter, headings and answer.

The archive's headings say where title, header line, preamble, questions and
answers stand (`archive_body`); the inquiry is then built by the structural
parser every importer shares, the header line is read by the profile's
templates (`header_line`), and the front matter only fills what the text
leaves open (`front_facts`). Answers printed in the same document are split by
the answer reader and attached to their questions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.markdown.blocks import read_blocks
from desk_app.formats.read.result import Report, shorten
from desk_app.formats.read.structure.limits import MAX_BLOCKS, check_size
from desk_app.formats.read.structure.outline import to_paragraph
from desk_app.formats.read.structure.parliament_choice import choose_parliament
from desk_app.formats.read.structure.parser import assemble
from desk_app.formats.read.text.archive_body import ArchiveText, labelled, sort_body
from desk_app.formats.read.text.archives import Archive
from desk_app.formats.read.text.front_facts import FrontFacts, read_facts, weigh_facts, weigh_value
from desk_app.formats.read.text.header_line import TitleLine, read_title_line
from desk_app.i18n import N_, say
from desk_app.model import Inquiry, Run, normalize_text
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry

UNSTRUCTURED = N_(
    "Der Text trägt nicht die Fragenüberschriften des Archivs „{name}“; er wird als "
    "fremder Text gelesen."
)


def read_archive_document(
    text: str,
    values: Mapping[str, Any],
    body: str,
    archive: Archive,
    registry: ProfileRegistry,
    given: tuple[str | None, str | None],
    report: Report,
) -> tuple[Inquiry, Parliament] | None:
    """Return the inquiry an archive document holds, with its answer, and its parliament.

    `given` is the parliament and the kind the user named, each None if not named.
    None: the body lacks the archive's question headings and is to be read as plain text.
    """
    parts = _sorted_body(body, archive, report)
    if parts is None:
        return None
    parliament, kind = given
    profile = choose_parliament(registry, parliament, text, report)
    inquiry = _inquiry(parts, values, archive, profile, kind, report)
    if parts.answers or parts.preliminary:
        _attach_answer(inquiry, parts, profile, report)
    return inquiry, profile


def archive_inquiry(
    body: str,
    values: Mapping[str, Any],
    archive: Archive,
    profile: Parliament,
    kind: str | None,
    report: Report,
) -> tuple[Inquiry, ArchiveText] | None:
    """Return the inquiry an archive's body prints, and the body's parts (answers among them).

    For any reader of such a document: the answer reader may split `answers`
    and `preliminary` of the parts itself. None when the body has none of the
    archive's question headings (the archive did not recognise the paper's form).
    """
    parts = _sorted_body(body, archive, report)
    if parts is None:
        return None
    return _inquiry(parts, values, archive, profile, kind, report), parts


def _sorted_body(body: str, archive: Archive, report: Report) -> ArchiveText | None:
    """Return the body sorted by the archive's headings, or None if it has no question headings."""
    blocks = read_blocks(body, MAX_BLOCKS)
    check_size(blocks)
    parts = sort_body(blocks, archive.body)
    if not parts.structured:
        report.doubt(say(UNSTRUCTURED, name=archive.name))
        return None
    return parts


def _inquiry(
    parts: ArchiveText,
    values: Mapping[str, Any],
    archive: Archive,
    profile: Parliament,
    kind: str | None,
    report: Report,
) -> Inquiry:
    """Build the inquiry: the parser reads the sorted blocks, the head line and front matter add."""
    facts = read_facts(values, archive, profile, report)
    line = _title_line(parts, profile, report)
    parts.answered_by_government = line is not None and line.has_answer
    text_kind = line.kind if line is not None else None
    kind_id = kind or weigh_value("kind", text_kind, facts.kind, report) or profile.default_kind
    inquiry = assemble(_inquiry_blocks(parts, facts), profile, kind_id, report)
    if line is not None:
        _apply_line(inquiry, line, profile)
    weigh_facts(inquiry, facts, report)
    return inquiry


def _title_line(parts: ArchiveText, profile: Parliament, report: Report) -> TitleLine | None:
    """Return the first header line read by the profile's templates; report the others."""
    found = None
    for line in parts.header_lines:
        read = read_title_line(line, profile) if found is None else None
        if read is not None:
            found = read
        else:
            report.doubt(say("Kopfzeile nicht zugeordnet: „{line}“", line=shorten(line)))
    if found is None:
        report.doubt(say("Die Kopfzeile mit Art und Urhebern ließ sich nicht lesen."))
    elif not found.originators and not found.faction:
        report.doubt(say("In der Kopfzeile ließen sich keine Urheber erkennen."))
    return found


def _inquiry_blocks(parts: ArchiveText, facts: FrontFacts) -> list[Block]:
    """Return the blocks the parser reads: Drucksache and date as head lines, title, body."""
    head: list[Block] = []
    if parts.drucksache:
        head.append(_line(f"Drucksache {parts.drucksache}"))
    if parts.issued is not None:
        head.append(_line(f"{parts.issued:%d.%m.%Y}"))
    title = parts.title or facts.title
    if title:
        head.append(Block(BlockKind.HEADING, [Run(title)], level=1))
    return [*head, *parts.blocks]


def _line(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, [Run(text)])


def _apply_line(inquiry: Inquiry, line: TitleLine, profile: Parliament) -> None:
    """Take originators, faction, number and dates from the header line."""
    if line.originators:
        inquiry.originators = line.originators
    if line.faction:
        inquiry.faction = line.faction
    if line.number and profile.kind(inquiry.kind).numbered:
        inquiry.number = line.number
    for name, day in line.dates.items():
        if getattr(inquiry.dates, name, None) is None:
            setattr(inquiry.dates, name, day)


def _attach_answer(
    inquiry: Inquiry, parts: ArchiveText, profile: Parliament, report: Report
) -> None:
    """Split the answer part by question and attach it: the Drucksache is the inquiry's own."""
    # Imported here: the answer reader pulls in every document reader, which an import of
    # our own Markdown never needs.
    from desk_app.formats.read.answer.document import to_paras
    from desk_app.formats.read.answer.forms import answer_forms
    from desk_app.formats.read.answer.head import AnswerHead
    from desk_app.formats.read.answer.reader import apply_answer
    from desk_app.formats.read.answer.split import split_answer

    answer = split_answer(to_paras(labelled(parts.answers)), answer_forms(profile.id))
    own = [to_paragraph(block) for block in labelled(parts.preliminary)]
    answer.preliminary = normalize_text([*own, *answer.preliminary])
    head = AnswerHead(is_answer=True, drucksache=inquiry.drucksache, issued=inquiry.dates.issued)
    if parts.answered_by_government:
        # "… und Antwort des Senats": the government answers as a whole, no ministry is named.
        head.ministry = profile.government
    apply_answer(inquiry, head, answer, report)
