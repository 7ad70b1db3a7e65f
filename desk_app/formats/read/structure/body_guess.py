"""Find the parts of a foreign text's body by their shape: notes, lead-in, questions, signature."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.result import Report, shorten
from desk_app.formats.read.structure.head_shapes import joined_lines, split_lines, template_lead_ins
from desk_app.formats.read.structure.outline import (
    Entry,
    Note,
    Unit,
    flatten,
    is_paragraph,
    to_paragraph,
    unit_text,
)
from desk_app.formats.read.structure.template_lines import constants, dates_in, line_pattern
from desk_app.formats.read.structure.typed_labels import drop_prefix
from desk_app.i18n import say
from desk_app.model import (
    FootnoteRef,
    Inline,
    Paragraph,
    Question,
    Run,
    Text,
    normalize_inlines,
    plain,
)
from desk_app.rules.profile import KindProfile, Parliament

_TYPED = re.compile(r"\s*(\d{1,3})\.\s+(?=\S)")
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
    patterns = _lead_in_patterns(parliament)
    rest = _split_lead_ins(rest, patterns)
    start, lead_index = _question_run(rest, parliament, kind, report)
    entries, end, aside = _entries(rest, start)
    before = rest[: lead_index if lead_index is not None else start]
    if lead_index is not None:
        body.lead_in = " ".join(" ".join(_lines(rest[lead_index])).split())
        # Text between the lead-in and the first question (a section heading) is no question.
        aside = rest[lead_index + 1 : start] + aside
    tail = _date_line_off(entries, kind, parliament)
    body.questions = _questions(entries)
    body.preamble = _paragraphs(before)
    if aside:
        report.doubt(
            say(
                "Zwischentext zwischen den Fragen der Vorbemerkung angefügt: „{text}“",
                text=shorten(" ".join(" ".join(_lines(unit)) for unit in aside)),
            )
        )
        body.preamble += _paragraphs(aside)
    _signature([*tail, *rest[end:]], body, kind, parliament, report)
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
    text = " ".join(block.lines)
    if compiled and compiled[0].fullmatch(text):
        return True
    # The profile's printed headings ("Vorbemerkung der Fragestellerin:") stand before the text.
    return any(re.fullmatch(p, text, re.IGNORECASE) for p in parliament.reading.preamble_headings)


def _lines(unit: Unit) -> list[str]:
    return unit.lines if isinstance(unit, Block) else []


def _question_run(
    rest: list[Unit], parliament: Parliament, kind: KindProfile, report: Report
) -> tuple[int, int | None]:
    """Return where the questions start and the index of the lead-in before them, if any."""
    patterns = _lead_in_patterns(parliament)
    nearest = {index: _next_entry(rest, index) for index in range(len(rest) - 1)}
    candidates = [i for i in nearest if is_paragraph(rest[i]) and nearest[i] is not None]
    text = {index: " ".join(_lines(rest[index])) for index in candidates}
    # Quoted questions of an earlier inquiry may come first: the profile's wording wins.
    by_profile = [i for i in candidates if any(p.fullmatch(text[i]) for p in patterns)]
    by_colon = [
        i for i in candidates if text[i].rstrip().endswith(":") and isinstance(rest[i + 1], Entry)
    ]
    chosen_list = by_profile or by_colon
    if chosen_list:
        chosen = chosen_list[-1]
        if not by_profile:
            report.doubt(
                say(
                    "Einleitungssatz nur an seinem Doppelpunkt erkannt: „{text}“",
                    text=shorten(text[chosen]),
                )
            )
        first = nearest[chosen]
        assert first is not None
        return first, chosen
    entries = [index for index, unit in enumerate(rest) if isinstance(unit, Entry)]
    if not entries:
        return len(rest), None
    start = entries[-1]
    while start > 0 and isinstance(rest[start - 1], Entry):
        start -= 1
    if kind.template.lead_in_singular or kind.template.lead_in_plural:
        report.doubt(say("Kein Einleitungssatz vor den Fragen gefunden."))
    return start, None


def _next_entry(rest: list[Unit], index: int) -> int | None:
    """Return the index of the question after a paragraph, with at most one paragraph between."""
    for step in (1, 2):
        if index + step < len(rest) and isinstance(rest[index + step], Entry):
            return index + step
        if index + step < len(rest) and not is_paragraph(rest[index + step]):
            return None
    return None


def _split_lead_ins(rest: list[Unit], patterns: list[re.Pattern[str]]) -> list[Unit]:
    """Return the units with a lead-in printed at the end of a paragraph cut off as its own."""
    result: list[Unit] = []
    for index, unit in enumerate(rest):
        following = rest[index + 1] if index + 1 < len(rest) else None
        lines = _lines(unit)
        if (
            isinstance(unit, Block)
            and is_paragraph(unit)
            and isinstance(following, Entry)
            and len(lines) > 1
            and any(p.fullmatch(lines[-1]) for p in patterns)
        ):
            head, tail = _cut_last_line(unit)
            result += [head, tail]
            continue
        result.append(unit)
    return result


def _cut_last_line(block: Block) -> tuple[Block, Block]:
    """Return a block without its last line, and that line as a block of its own."""
    inlines = list(block.inlines)
    seen_text = False
    for index in range(len(inlines) - 1, -1, -1):
        item = inlines[index]
        if not isinstance(item, Run):
            continue
        text = item.text
        cut = text.rfind("\n")
        while cut >= 0 and not (seen_text or text[cut + 1 :].strip()):
            cut = text.rfind("\n", 0, cut)
        if cut >= 0:
            head = [*inlines[:index], Run(text[:cut], item.bold, item.italic)]
            tail = [Run(text[cut + 1 :], item.bold, item.italic), *inlines[index + 1 :]]
            return Block(block.kind, head, block.depth), Block(block.kind, tail, block.depth)
        seen_text = seen_text or bool(text.strip())
    return block, Block(block.kind, [], block.depth)


def _entries(rest: list[Unit], start: int) -> tuple[list[Entry], int, list[Unit]]:
    """Return the questions from `start`, where they end, and text set between them.

    A paragraph between two questions whose numbers follow each other either
    continues the question before it (a page or paragraph break cut it) or
    stands between them as a section heading (Saarland); the first is joined.
    """
    entries: list[Entry] = []
    aside: list[Unit] = []
    rest = rest[:start] + _typed_questions(rest[start:])
    index = start
    while index < len(rest):
        unit = rest[index]
        if isinstance(unit, Entry):
            entries.append(unit)
            index += 1
            continue
        gap = index
        while gap < len(rest) and is_paragraph(rest[gap]):
            gap += 1
        between = rest[index:gap]
        follows = gap < len(rest) and isinstance(rest[gap], Entry) and _follows(entries, rest[gap])
        if entries and between and _cut_off(entries[-1], between[0], follows):
            _join(entries[-1], between[0])
            index += 1
            continue
        if not follows:
            break
        aside += between
        index = gap
    return entries, index, aside


def _typed_questions(units: list[Unit]) -> list[Unit]:
    """Return units with questions typed inside paragraphs ("…heading\n3. Wie …") as entries.

    A reader that saw no sentence end before "3." kept it in the paragraph;
    only the number that continues the questions before it counts.
    """
    result: list[Unit] = []
    last = 0
    for unit in units:
        if isinstance(unit, Entry):
            last = int(unit.label) if unit.label.isdigit() else last
            result.append(unit)
            continue
        if not (last and isinstance(unit, Block) and is_paragraph(unit)):
            result.append(unit)
            continue
        pieces: list[Unit] = []
        current: list[list[Inline]] = []
        label = ""
        for line in split_lines(unit.inlines):
            found = _TYPED.match(plain(line))
            if found and int(found.group(1)) == last + 1:
                pieces.append(_piece(label, current, unit))
                label, last = found.group(1), last + 1
                current = [drop_prefix(line, found.end())]
            else:
                current.append(line)
        pieces.append(_piece(label, current, unit))
        result += [piece for piece in pieces if unit_text(piece).strip()]
    return result


def _piece(label: str, lines: list[list[Inline]], unit: Block) -> Unit:
    """Return lines as a paragraph, or as a question entry when they follow a typed label."""
    inlines = joined_lines(lines)
    if not label:
        return Block(unit.kind, inlines, unit.depth)
    return Entry(label, [Paragraph(inlines)])


def _date_line_off(entries: list[Entry], kind: KindProfile, parliament: Parliament) -> list[Unit]:
    """Cut the date line ("Berlin, den …") and what follows off the last question's text.

    A page reader that saw no paragraph end kept the signature's first lines
    in the last question; they belong to the signature.
    """
    fixed = {**constants(parliament), "kind_name": kind.display_name}
    compiled = line_pattern(kind.template.date_line, fixed)
    if compiled is None or not entries:
        return []
    entry = entries[-1]
    while entry.children:
        entry = entry.children[-1]
    if not entry.text:
        return []
    lines = split_lines(entry.text[-1].inlines)
    at = next((i for i, line in enumerate(lines) if i and compiled[0].fullmatch(plain(line))), None)
    if at is None:
        return []
    entry.text[-1] = Paragraph(joined_lines(lines[:at]), entry.text[-1].style)
    return [Block(BlockKind.PARAGRAPH, joined_lines(lines[at:]))]


def _follows(entries: list[Entry], entry: Unit) -> bool:
    """Tell whether an entry continues the numbering of the questions before it."""
    numbers = [int(e.label) for e in entries if e.label.isdigit()]
    assert isinstance(entry, Entry)
    if entry.label.isdigit():
        return bool(numbers) and int(entry.label) == numbers[-1] + 1
    return entry.label.isalpha() and bool(entries)


def _cut_off(entry: Entry, unit: Unit, inside: bool) -> bool:
    """Tell whether a paragraph after a question is the rest of its text, cut by a break.

    Inside the run (another question follows) an unfinished question is
    enough; after the last one the signature follows, so only a paragraph
    that plainly runs on (lower case, an open bracket) is joined.
    """
    last = _last_text(entry).rstrip()
    text = unit_text(unit).strip()
    if not last or not text:
        return False
    if text[:1].islower() or last.endswith(("-", ",")) or last.count("(") > last.count(")"):
        return True
    return inside and not last.endswith(("?", ".", "!", ":"))


def _last_text(entry: Entry) -> str:
    """Return the plain text of an entry's last paragraph (in its last sub-question)."""
    while entry.children:
        entry = entry.children[-1]
    return plain(entry.text[-1].inlines) if entry.text else ""


def _join(entry: Entry, unit: Unit) -> None:
    """Append a paragraph to the last paragraph of an entry (or of its last sub-question)."""
    while entry.children:
        entry = entry.children[-1]
    assert isinstance(unit, Block)
    if entry.text:
        entry.text[-1].inlines += [Run(" "), *unit.inlines]
    else:
        entry.text.append(to_paragraph(unit))


def _lead_in_patterns(parliament: Parliament) -> list[re.Pattern[str]]:
    """Return patterns of every lead-in sentence the parliament's templates and profile know."""
    own = [re.compile(p, re.IGNORECASE) for p in parliament.reading.lead_ins]
    return [*own, *template_lead_ins(parliament)]


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
            say(
                "Text nach den Fragen der Vorbemerkung angefügt: „{text}“",
                text=shorten(" ".join(lines)),
            )
        )


def _short(line: str) -> bool:
    """Tell whether a line looks like a signature line rather than a sentence."""
    return len(line) <= SIGNATURE_LINE and not line.endswith((".", ":", "?"))
