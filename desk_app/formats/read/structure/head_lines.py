"""Read a foreign document's head line by line: kind, originators, dates, title, body start.

A text layer does not keep the head's lines apart reliably: a names list may
wrap over several lines or blocks, and title and preamble may share a block.
So the head is read as one run of lines, cumulatively: an originator line
takes the next lines until its names are complete, a head line takes the
lines it runs on to, and the title ends where a line no longer continues it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.pdf.line_join import joint
from desk_app.formats.read.result import Report, shorten
from desk_app.formats.read.structure.head_shapes import (
    cut_at,
    faction_lines,
    preamble_headings,
    runs_on,
    set_apart,
    split_lines,
    template_lead_ins,
    title_block,
)
from desk_app.formats.read.structure.header import (
    Header,
    header_patterns,
    match_kind,
    read_line,
    read_names,
    take_values,
)
from desk_app.formats.read.structure.outline import Unit
from desk_app.formats.read.structure.template_lines import parse_day
from desk_app.formats.read.structure.typed_labels import drop_prefix
from desk_app.i18n import say
from desk_app.model import Inline, Run, plain
from desk_app.rules.profile import Parliament

NAME_LINES = 6  # a names list wraps over at most this many lines
HEAD_LINE_WRAP = 3  # a head line ("Antwort des Ministeriums … namens der / Landesregierung")
HEAD_WORDS = 2  # words a generic head line may hold besides its number, term and date
SENTENCE_WORDS = 6  # a line of more words that ends with a full stop is a sentence
HEAD_LINE_MAX = 160  # a longer line is prose, even when it names a Drucksache
# A PDF may set a head line apart (a right-aligned date reads as a quote).
_HEAD_KINDS = (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE)
_HEAD_WORDS = re.compile(
    r"Drucksache|Drs\.|Wahlperiode|\d{1,3}\s*/\s*[\d .]*\d"
    r"|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d+\.|[-–·|/]",
    re.IGNORECASE,
)
_DATED = re.compile(r"vom\s+(\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{4}|[A-Za-zäÄ]+\s+\d{4}))\s*")


@dataclass(slots=True)
class Line:
    """Hold one printed line of the head and the unit it came from."""

    inlines: list[Inline]
    unit: int
    first: bool  # the first line of its unit

    @property
    def text(self) -> str:
        """Return the line's plain characters."""
        return plain(self.inlines).strip()


@dataclass(slots=True)
class Head:
    """Hold what the head gave: header values, the title, and the units of the body."""

    header: Header = field(default_factory=Header)
    title: list[Inline] | None = None
    title_certain: bool = False  # set as a heading or in bold, not only placed like one
    body: list[Unit] = field(default_factory=list)


def read_head(units: list[Unit], parliament: Parliament, report: Report) -> Head:
    """Read the head of the units; return its values, title and the body's units."""
    lines: list[Line] = []
    for index, unit in enumerate(units):
        if not (isinstance(unit, Block) and unit.kind in _HEAD_KINDS):
            break
        parts = [part for part in split_lines(unit.inlines) if plain(part).strip()]
        lines += [Line(part, index, number == 0) for number, part in enumerate(parts)]
    reader = _HeadReader(lines, units, parliament, report)
    stop = reader.run()
    head = reader.head
    head.body = _rest(units, lines, stop)
    return head


class _HeadReader:
    """Walk the head's lines once, filling a Head."""

    def __init__(
        self, lines: list[Line], units: list[Unit], parliament: Parliament, report: Report
    ) -> None:
        self.lines = lines
        self.units = units
        self.parliament = parliament
        self.report = report
        self.head = Head()
        self.patterns = header_patterns(parliament)
        reading = parliament.reading
        self.marks = [re.compile(rf"\s*(?:{p})\s*", re.I) for p in reading.title_marks]
        self.dates = [re.compile(p, re.I) for p in reading.head_dates]
        self.openers = preamble_headings(parliament)
        self.factions = faction_lines(parliament)
        self.lead_ins = [re.compile(p, re.I) for p in reading.lead_ins] + template_lead_ins(
            parliament
        )
        self.title: list[int] = []
        self.title_open = False

    def run(self) -> int:
        """Read the lines; return the index of the first line of the body."""
        index = 0
        while index < len(self.lines):
            text = self.lines[index].text
            if self.title_open:
                if self._head_line(index, probe=True) or self._opens_body(text):
                    self.title_open = False
                elif runs_on(self.lines[self.title[-1]].text, text):
                    self.title.append(index)
                    index += 1
                    continue
                else:
                    break
            if self._opens_body(text):
                if any(p.fullmatch(text) for p in self.openers):
                    index += 1  # the preamble's heading is form, not text
                break
            used = self._head_line(index)
            if used:
                index += used
                continue
            if self.title:
                break  # the first line after the title that is no head line: the body
            self._start_title(index)
            index = self.title[-1] + 1
        self._finish_title()
        return index

    def _opens_body(self, text: str) -> bool:
        """Tell whether a line opens the body: the preamble's heading or the lead-in."""
        return any(p.fullmatch(text) for p in (*self.openers, *self.lead_ins))

    def _head_line(self, index: int, probe: bool = False) -> int:
        """Read a head line at `index`; return how many lines it took (0: none)."""
        text = self.lines[index].text
        header = self.head.header if not probe else Header()
        if not probe and self._title_mark(index):
            return 1
        if probe and any(mark.match(text) for mark in self.marks):
            return 1
        found = match_kind(text, self.parliament)
        if found is not None and header.kind in (None, found[0].id):
            kind, number, rest = found
            dated = _DATED.match(rest)
            if dated and (day := parse_day(dated.group(1))) is not None:
                # "Kleine Anfrage 3142 vom 04.12.2017 der Abgeordneten …"
                header.dates["signed"], rest = day, rest[dated.end() :]
            faction = self._faction(rest) if rest else None
            if faction is not None:
                header.kind, header.number, header.faction = kind.id, number, faction
                return 1
            if not rest or read_names(rest, self.parliament) is not None:
                header.kind, header.number = kind.id, number or header.number
                return self._names(index, rest, header) if rest else 1
        if read_names(text, self.parliament) is not None:
            return self._names(index, text, header)
        faction = self._faction(text)
        if faction is not None:
            header.faction = faction
            return 1
        for count in range(1, HEAD_LINE_WRAP + 1):
            if index + count > len(self.lines):
                break
            joined = self._joined(index, count)
            if len(joined) > HEAD_LINE_MAX:
                break
            # "… bezieht sich auf Drucksache 6/4537.": a sentence naming a number is prose.
            sentence = joined.endswith(".") and len(joined.split()) > SENTENCE_WORDS
            generic = not sentence and self._plain_head(joined)
            if read_line(joined, self.parliament, header, self.patterns, generic):
                return count + self._run_on(index + count - 1, header)
        return 0

    def _plain_head(self, text: str) -> bool:
        """Tell whether a line holds little besides a Wahlperiode, a Drucksache and a date.

        "Nachfrage zur Antwort auf Drucksache 21/123" names a number but is a title.
        """
        rest = _HEAD_WORDS.sub(" ", text)
        for name in (self.parliament.header_name, self.parliament.name):
            rest = re.sub(re.escape(name), " ", rest, flags=re.IGNORECASE)
        return len(rest.split()) <= HEAD_WORDS

    def _faction(self, text: str) -> str | None:
        """Return the faction of a line that names a faction alone ("der Fraktion der SPD")."""
        found = next((m for p in self.factions if (m := p.fullmatch(text))), None)
        if found is None:
            return None
        faction = found.group("faction")
        # "der Fraktion der SPD und Antwort der Landesregierung": the faction ends with the names.
        for pattern in self.parliament.reading.names_end:
            faction = re.split(pattern, faction, maxsplit=1, flags=re.IGNORECASE)[0]
        return re.sub(r"^der\s+", "", faction.strip())

    def _title_mark(self, index: int) -> bool:
        """Read a line that opens with a title mark ("betr.: …"); tell whether it did."""
        line = self.lines[index]
        mark = next((m for p in self.marks if (m := p.match(line.text))), None)
        if mark is None:
            return False
        rest = drop_prefix(line.inlines, mark.end())
        if plain(rest).strip():
            # "betr.: Konzeptvergabe …": the title begins on the mark's own line.
            self.lines[index] = Line(rest, line.unit, line.first)
            self.title = [index]
            self.title_open = True
        return True

    def _names(self, index: int, first: str, header: Header) -> int:
        """Read originator lines from `index` (its text `first`); return the lines taken."""
        count, names = 1, read_names(first, self.parliament)
        for more in range(2, NAME_LINES + 1):
            if names is None or names.complete or index + more > len(self.lines):
                break
            if self._head_line(index + more - 1, probe=True) and not self._continues(
                index + more - 2
            ):
                break
            longer = read_names(f"{first} {self._joined(index + 1, more - 1)}", self.parliament)
            if longer is not None and longer.complete:
                count, names = more, longer
                break
        if names is None:
            return 1
        if names.people or names.faction:
            header.originators, header.faction = names.people, names.faction
            header.originator_intro = names.intro
        tail, end = names.tail, index + count
        while end < len(self.lines):
            after = self.lines[end].text
            if not runs_on(tail or self.lines[end - 1].text, after):
                break
            if any(mark.match(after) for mark in self.marks):
                break
            tail, end = f"{tail} {after}".strip(), end + 1
        tail = self._title_in(tail, end - 1)
        self._tail_dates(tail, header)
        return end - index

    def _title_in(self, tail: str, index: int) -> str:
        """Start the title inside an originator line's tail ("… vom 3.11.2014 betreffend X")."""
        for mark in self.marks:
            found = re.search(rf"(?:^|\s){mark.pattern}", tail, re.IGNORECASE)
            if found is None or not tail[found.end() :].strip():
                continue
            line = self.lines[index]
            self.lines[index] = Line([Run(tail[found.end() :].strip())], line.unit, False)
            self.title, self.title_open = [index], True
            return tail[: found.start()]
        return tail

    def _continues(self, index: int) -> bool:
        """Tell whether the line at `index` plainly runs on to the next one."""
        return index + 1 < len(self.lines) and runs_on(
            self.lines[index].text, self.lines[index + 1].text
        )

    def _tail_dates(self, tail: str, header: Header) -> None:
        """Take dates and the Drucksache from the text after the originators' names."""
        for pattern in self.dates:
            found = pattern.search(tail)
            if found:
                take_values(found, header)

    def _run_on(self, index: int, header: Header) -> int:
        """Return how many lines continue a head line at `index` (a wrapped ministry)."""
        taken = 0
        while self._continues(index + taken) and not self._head_line(index + taken + 1, probe=True):
            taken += 1
        return taken

    def _joined(self, index: int, count: int) -> str:
        """Return `count` lines from `index` as one line."""
        return " ".join(line.text for line in self.lines[index : index + count])

    def _start_title(self, index: int) -> None:
        """Begin the title at a line; a heading or bold block is the title as a whole."""
        line = self.lines[index]
        unit = self.units[line.unit]
        if line.first and isinstance(unit, Block) and set_apart(unit):
            self.title = [i for i, other in enumerate(self.lines) if other.unit == line.unit]
            self.title = [i for i in self.title if i >= index]
            self.head.title_certain = True
            return
        own = [i for i, other in enumerate(self.lines) if other.unit == line.unit]
        heads = [i for i in own[1:] if self._head_line(i, probe=True)]
        own = own[: own.index(heads[0])] if heads else own
        if line.first and title_block([self.lines[i].text for i in own]):
            self.title = own  # a short block of its own, finished: the printed title
            return
        self.title = [index]
        self.title_open = True

    def _finish_title(self) -> None:
        """Join the title's lines into one text, undoing line-end hyphenation."""
        if not self.title:
            return
        inlines: list[Inline] = []
        previous = ""
        for index in self.title:
            line = self.lines[index]
            if previous:
                separator, drop = joint(previous, line.text, True)
                if drop and inlines and isinstance(inlines[-1], Run):
                    inlines[-1] = Run(inlines[-1].text.removesuffix("-"), inlines[-1].bold)
                if separator:
                    inlines.append(Run(" "))
            inlines += line.inlines
            previous = line.text
        self.head.title = cut_at(inlines, self.parliament.reading.title_ends)
        if not self.head.title_certain:
            self.report.doubt(say("Titel nur vermutet: „{title}“", title=shorten(plain(inlines))))


def _rest(units: list[Unit], lines: list[Line], stop: int) -> list[Unit]:
    """Return the units from the body's first line on; a block cut there keeps its later lines."""
    if stop >= len(lines):
        last = lines[-1].unit + 1 if lines else 0
        return units[last:]
    line = lines[stop]
    if line.first:
        return units[line.unit :]
    block = units[line.unit]
    assert isinstance(block, Block)
    inlines: list[Inline] = []
    for other in lines[stop:]:
        if other.unit != line.unit:
            break
        if inlines:
            inlines.append(Run("\n"))
        inlines += other.inlines
    cut = Block(BlockKind.PARAGRAPH, inlines, block.depth)
    return [cut, *units[line.unit + 1 :]]
