"""Find the parts of a foreign text's body by their shape: notes, lead-in, questions, signature."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.result import Report, shorten
from desk_app.formats.read.structure.outline import (
    Entry,
    Note,
    Unit,
    flatten,
    is_paragraph,
    to_paragraph,
)
from desk_app.formats.read.structure.template_lines import constants, dates_in, line_pattern
from desk_app.model import FootnoteRef, Paragraph, Question, Run, Text, normalize_inlines
from desk_app.rules.profile import KindProfile, Parliament

SIGNATURE_LINE = 80  # longer lines after the questions are prose, not a signature
_BULLETS = ("-", "+", "*")


@dataclass(slots=True)
class Body:
    """Hold the parts of a body, before they become an inquiry."""

    preamble: Text = field(default_factory=list)
    lead_in: str = ""
    questions: list[Question] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    signed: dict[str, date] = field(default_factory=dict)


def guess_body(
    units: list[Unit], parliament: Parliament, kind: KindProfile, report: Report
) -> Body:
    """Split the units after the title into preamble, lead-in, questions, signature and notes."""
    body = Body()
    rest: list[Unit] = []
    heading_at: int | None = None
    for unit in units:
        note = _as_note(unit)
        if note is not None:
            body.notes.append(note)
        elif (
            isinstance(unit, Block)
            and unit.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH)
            and (_is_preamble_heading(unit, kind, parliament))
        ):
            # PDF and DOCX may set the heading as a bold paragraph; after the questions
            # (Baden-Württemberg) it opens the preamble.
            heading_at = len(rest)
        elif isinstance(unit, Block) and unit.kind is BlockKind.HEADING:
            rest.append(Block(BlockKind.PARAGRAPH, unit.inlines))
        elif isinstance(unit, Entry) or is_paragraph(unit):
            rest.append(unit)
    after: list[Unit] = []
    if (
        heading_at is not None
        and heading_at > 0
        and any(isinstance(unit, Entry) for unit in rest[:heading_at])
    ):
        rest, after = rest[:heading_at], rest[heading_at:]
    start, lead_index = _question_run(rest, parliament, kind, report)
    end = start
    while end < len(rest) and isinstance(rest[end], Entry):
        end += 1
    before = rest[: lead_index if lead_index is not None else start]
    if lead_index is not None:
        body.lead_in = " ".join(" ".join(_lines(rest[lead_index])).split())
    body.questions = _questions([u for u in rest[start:end] if isinstance(u, Entry)])
    body.preamble = _paragraphs(before)
    _signature(rest[end:], body, kind, parliament, report)
    body.preamble += _paragraphs(after)  # a preamble printed after the questions
    return body


def _as_note(unit: Unit) -> Note | None:
    """Return a footnote unit, or a paragraph that starts with its marker, as a note."""
    if isinstance(unit, Note):
        return unit
    if not (isinstance(unit, Block) and unit.kind is BlockKind.PARAGRAPH):
        return None
    inlines = normalize_inlines(unit.inlines)
    first = inlines[0] if inlines else None
    if isinstance(first, Run) and not first.text.strip() and len(inlines) > 1:
        inlines, first = inlines[1:], inlines[1]
    if not isinstance(first, FootnoteRef):
        return None
    return Note(first.footnote_id, [Paragraph(inlines[1:])])


def _is_preamble_heading(block: Block, kind: KindProfile, parliament: Parliament) -> bool:
    """Tell whether a heading is the kind's preamble heading ("Vorbemerkung …")."""
    fixed = {**constants(parliament), "kind_name": kind.display_name}
    compiled = line_pattern(kind.template.preamble_heading, fixed)
    return bool(compiled and compiled[0].fullmatch(" ".join(block.lines)))


def _lines(unit: Unit) -> list[str]:
    return unit.lines if isinstance(unit, Block) else []


def _question_run(
    rest: list[Unit], parliament: Parliament, kind: KindProfile, report: Report
) -> tuple[int, int | None]:
    """Return where the questions start and the index of the lead-in before them, if any."""
    patterns = _lead_in_patterns(parliament)
    candidates = [
        index
        for index in range(len(rest) - 1)
        if is_paragraph(rest[index]) and isinstance(rest[index + 1], Entry)
    ]
    text = {index: " ".join(_lines(rest[index])) for index in candidates}
    # Quoted questions of an earlier inquiry may come first: the profile's wording wins.
    by_profile = [i for i in candidates if any(p.fullmatch(text[i]) for p in patterns)]
    by_colon = [i for i in candidates if text[i].rstrip().endswith(":")]
    chosen_list = by_profile or by_colon
    if chosen_list:
        chosen = chosen_list[-1]
        if not by_profile:
            report.doubt(
                f"Einleitungssatz nur an seinem Doppelpunkt erkannt: „{shorten(text[chosen])}“"
            )
        return chosen + 1, chosen
    entries = [index for index, unit in enumerate(rest) if isinstance(unit, Entry)]
    if not entries:
        return len(rest), None
    start = entries[-1]
    while start > 0 and isinstance(rest[start - 1], Entry):
        start -= 1
    if kind.template.lead_in_singular or kind.template.lead_in_plural:
        report.doubt("Kein Einleitungssatz vor den Fragen gefunden.")
    return start, None


def _lead_in_patterns(parliament: Parliament) -> list[re.Pattern[str]]:
    """Return patterns of every lead-in sentence the parliament's templates know."""
    patterns = []
    for kind in parliament.kinds.values():
        fixed = {**constants(parliament), "kind_name": kind.display_name}
        for line in (kind.template.lead_in_singular, kind.template.lead_in_plural):
            compiled = line_pattern(line, fixed)
            if compiled:
                patterns.append(compiled[0])
    return patterns


def _questions(entries: list[Entry]) -> list[Question]:
    """Return questions; lettered or bulleted entries at top level are sub-questions."""
    questions: list[Question] = []
    for entry in entries:
        sub = entry.label.isalpha() or entry.label in _BULLETS
        if sub and questions:
            questions[-1].subquestions.append(_entry_text(entry))
            continue
        question = Question(list(entry.text))
        question.subquestions = [_entry_text(child) for child in entry.children]
        questions.append(question)
    return questions


def _entry_text(entry: Entry) -> Text:
    """Return a sub-question's text; deeper entries are kept as labelled paragraphs."""
    text = list(entry.text)
    for child in entry.children:
        text += flatten(child)
    return text


def _paragraphs(units: list[Unit]) -> Text:
    """Return units as paragraphs; list entries keep their labels as text."""
    text: Text = []
    for unit in units:
        if isinstance(unit, Entry):
            text += flatten(unit)
        elif isinstance(unit, Block):
            text.append(to_paragraph(unit))
    return text


def _signature(
    units: list[Unit], body: Body, kind: KindProfile, parliament: Parliament, report: Report
) -> None:
    """Read the short lines after the questions as the signature; prose joins the preamble."""
    fixed = {**constants(parliament), "kind_name": kind.display_name}
    compiled = line_pattern(kind.template.date_line, fixed)
    date_line = compiled[0] if compiled else None
    for unit in units:
        lines = _lines(unit)
        if isinstance(unit, Block) and lines and all(_short(line) for line in lines):
            for line in lines:
                match = date_line.fullmatch(line) if date_line else None
                if match and dates_in(match):
                    body.signed.update(dates_in(match))
                else:
                    body.signature.append(line)
            continue
        body.preamble += _paragraphs([unit])
        report.doubt(
            f"Text nach den Fragen der Vorbemerkung angefügt: „{shorten(' '.join(lines))}“"
        )


def _short(line: str) -> bool:
    """Tell whether a line looks like a signature line rather than a sentence."""
    return len(line) <= SIGNATURE_LINE and not line.endswith((".", ":", "?"))
