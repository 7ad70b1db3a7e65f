"""Turn neutral blocks into an inquiry: the structural parser that every importer shares.

Text written by `to_markdown` carries invisible role markers and is read
exactly. Foreign text (a Drucksache extraction, a DOCX, a PDF) is read by
its shape and by the wording in the parliament's profile.
"""

from __future__ import annotations

from datetime import date

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.result import Report
from desk_app.formats.read.structure.body_guess import Body, guess_body
from desk_app.formats.read.structure.head_lines import read_head
from desk_app.formats.read.structure.header import Header, take_values
from desk_app.formats.read.structure.outline import (
    Entry,
    Note,
    Unit,
    flatten,
    outline,
    to_paragraph,
)
from desk_app.formats.read.structure.page_lines import strip_page_lines
from desk_app.i18n import Said, say
from desk_app.model import (
    DATE_FIELDS,
    Footnote,
    Inline,
    Inquiry,
    Paragraph,
    Question,
    Run,
    Source,
    footnote_refs,
    inquiry_texts,
    normalize_text,
    plain_text,
)
from desk_app.model.links import LINK
from desk_app.rules.profile import Parliament

_URL = LINK  # imported notes cite sources by the addresses exports would link


def has_markers(blocks: list[Block]) -> bool:
    """Tell whether blocks come from our own Markdown form (it marks lead-in and signature)."""
    return any(block.kind is BlockKind.MARKER for block in blocks)


def assemble(
    blocks: list[Block], parliament: Parliament, kind: str | None, report: Report
) -> Inquiry:
    """Return the inquiry the blocks describe; `kind` overrides what the text says."""
    units = outline(blocks)
    if has_markers(blocks):
        inquiry = Inquiry(parliament.id, kind or _default_kind(parliament))
        notes = _exact(units, inquiry)
    else:
        inquiry, notes = _guess(units, parliament, kind, report)
    for note in notes:
        if note.label in inquiry.footnotes:
            report.doubt(
                say("Fußnote {label} ist mehrfach definiert; die letzte gilt.", label=note.label)
            )
        text = normalize_text(note.text)
        inquiry.footnotes[note.label] = Footnote(note.label, text, note.source_id)
    referenced = {fid for text in inquiry_texts(inquiry) for fid in footnote_refs(text)}
    missing = sorted(referenced - set(inquiry.footnotes))
    if missing:
        report.doubt(
            say("Fußnotenzeichen ohne Fußnotentext entfernt: {labels}", labels=", ".join(missing))
        )
    return inquiry


def _exact(units: list[Unit], inquiry: Inquiry) -> list[Note]:
    """Read our own Markdown form: the markers say where each part is."""
    section = "preamble"
    notes: list[Note] = []
    lead_in: list[str] = []
    title_seen = False
    for unit in units:
        if isinstance(unit, Note):
            notes.append(unit)
        elif isinstance(unit, Entry):
            inquiry.questions.append(_question(unit))
            section = "questions"
        elif unit.kind is BlockKind.MARKER:
            section = unit.label
        elif unit.kind is BlockKind.HEADING and not title_seen and not inquiry.preamble:
            inquiry.title = Paragraph(list(unit.inlines))
            title_seen = True
        elif unit.kind is BlockKind.RULE:
            continue
        elif section == "lead-in" and not inquiry.questions:
            lead_in.append(unit.plain.replace("\n", " "))
        elif section == "signature":
            inquiry.signature += unit.plain.split("\n")
        else:
            inquiry.preamble.append(to_paragraph(unit))
    inquiry.lead_in = " ".join(lead_in)
    _normalize(inquiry)
    return notes


def _question(entry: Entry) -> Question:
    """Return an entry as a question with its sub-questions."""
    subs = []
    for child in entry.children:
        text = list(child.text)
        for grandchild in child.children:
            text += flatten(grandchild)
        subs.append(text)
    return Question(list(entry.text), subs)


def _normalize(inquiry: Inquiry) -> None:
    """Bring every text of the inquiry to canonical form."""
    title = normalize_text([inquiry.title])
    inquiry.title = title[0] if title else Paragraph()
    inquiry.preamble = normalize_text(inquiry.preamble)
    for question in inquiry.questions:
        question.text = normalize_text(question.text)
        question.subquestions = [normalize_text(sub) for sub in question.subquestions]


def _guess(
    units: list[Unit], parliament: Parliament, kind: str | None, report: Report
) -> tuple[Inquiry, list[Note]]:
    """Read foreign text: header lines, title, body parts, by shape and profile wording."""
    units, page_lines = strip_page_lines(units, parliament, report)
    head = read_head(units, parliament, report)
    header = head.header
    own_number = header.drucksache
    for match in page_lines:
        take_values(match, header)
    # A running header may carry the number of the answer printed with the inquiry; the
    # head's own number ("Drs. 19/10742") is the inquiry's.
    header.drucksache = own_number or header.drucksache
    kind_id = kind or header.kind or _default_kind(parliament)
    if kind is None and header.kind is None:
        report.doubt(
            say(
                "Art nicht im Text gefunden; angenommen: {kind}.",
                kind=Said(parliament.kind(kind_id).display_name),
            )
        )
    elif kind is not None and header.kind not in (None, kind):
        report.doubt(
            say(
                "Der Text nennt die Art „{named}“; verwendet wird „{used}“.",
                named=header.kind,
                used=kind,
            )
        )
    inquiry = Inquiry(parliament.id, kind_id, number=header.number, drucksache=header.drucksache)
    if head.title is not None:
        inquiry.title = _title(head.title, head.title_certain)
    if not head.title_certain:
        report.title_guessed = True
    body = guess_body(head.body, parliament, parliament.kind(kind_id), report)
    _apply_body(inquiry, body)
    _apply_header(inquiry, header, {**header.dates, **body.signed}, parliament, report)
    _normalize(inquiry)
    _sources_from_urls(inquiry, body.notes)
    return inquiry, body.notes


def _default_kind(parliament: Parliament) -> str:
    """Return the kind assumed when nothing names one: the profile's default kind."""
    return parliament.default_kind


def _title(inlines: list[Inline], set_apart: bool) -> Paragraph:
    """Return the title; a title set bold as a whole is layout, so the bold goes."""
    if set_apart:
        inlines = [
            Run(item.text, False, item.italic) if isinstance(item, Run) else item
            for item in inlines
        ]
    return Paragraph(inlines)


def _apply_body(inquiry: Inquiry, body: Body) -> None:
    """Copy the body parts into the inquiry."""
    inquiry.preamble = body.preamble
    inquiry.lead_in = body.lead_in
    inquiry.questions = body.questions
    inquiry.signature = body.signature


def printed_intro(inquiry: Inquiry, printed: str, parliament: Parliament) -> str:
    """Return how the paper named its askers where the form would print it otherwise, else "".

    One woman is "der Abgeordneten X", where the form's singular says "des
    Abgeordneten": kept, an export prints her form again. The form's own words
    are not stored, so a later change of the template still reaches the paper.
    """
    if not printed or not inquiry.originators or inquiry.kind not in parliament.kinds:
        return ""
    template = parliament.kind(inquiry.kind).template
    persons = len(inquiry.originators)
    usual = template.originator_intro_plural if persons > 1 else template.originator_intro_singular
    return "" if printed == usual.strip() or not usual.strip() else printed


def _apply_header(
    inquiry: Inquiry, header: Header, dates: dict[str, date], parliament: Parliament, report: Report
) -> None:
    """Copy originators, dates and the term into the inquiry, deriving the term if needed."""
    inquiry.originators, inquiry.faction = header.originators, header.faction
    inquiry.originator_intro = printed_intro(inquiry, header.originator_intro, parliament)
    for name, value in dates.items():
        if name in DATE_FIELDS:
            setattr(inquiry.dates, name, value)
    inquiry.term = header.term
    if inquiry.term is None and header.drucksache:
        inquiry.term = int(header.drucksache.split("/")[0])
    known = (inquiry.dates.issued, inquiry.dates.signed, inquiry.dates.submitted)
    day = next((item for item in known if item is not None), None)
    if inquiry.term is None and day is not None:
        term = parliament.term_for(day)
        inquiry.term = term.number if term else None
        if term:
            report.found(
                say(
                    "Wahlperiode: {term} (aus dem Datum {day})",
                    term=term.number,
                    day=day.strftime("%d.%m.%Y"),
                )
            )
    if inquiry.term is None:
        report.doubt(say("Die Wahlperiode ließ sich nicht bestimmen."))


def _sources_from_urls(inquiry: Inquiry, notes: list[Note]) -> None:
    """Give every footnote that cites a URL a source; notes citing the same URL share one."""
    by_url: dict[str, str] = {}
    for note in notes:
        urls = _URL.findall(plain_text(note.text))
        if not urls:
            continue
        url = urls[0].rstrip(".,;)")
        if url not in by_url:
            by_url[url] = f"q{len(by_url) + 1}"
            inquiry.sources[by_url[url]] = Source(by_url[url], url=url)
        note.source_id = by_url[url]
