"""Read the header lines of foreign text: kind and number, originators, dates, Drucksache."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desk_app.formats.read.result import Report, shorten
from desk_app.formats.read.structure.template_lines import (
    constants,
    dates_in,
    line_pattern,
    parse_day,
)
from desk_app.i18n import say
from desk_app.model import Originator
from desk_app.rules.profile import KindProfile, Parliament

_DATE_LINE = re.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}")
_TERM = re.compile(r"(\d{1,3})\.\s*Wahlperiode", re.IGNORECASE)
# "… und der Fraktion der AfD" (Bundestag), "… und Fraktion der FDP", "… und die Fraktion der SPD"
# (Bremen); ", Fraktion der NPD" without "und" is a member's party, read by the party forms.
_FACTION = re.compile(
    r"(?:(?:,\s*|\s+)(?:und\s+)?der|\s+und(?:\s+die)?)\s+(?:Fraktion|Gruppe)\s+(?:der\s+)?(.+)$"
)
_BRACKET = re.compile(r"\s*\(([^()]+)\)$")
_OPEN_END = re.compile(r"(?:,|\s(?:und|der|die|des|sowie|Fraktion|Gruppe))\s*$")
_PARTY_BRACKET = re.compile(r"\(([^()]+)\)")
_NAME_SPLIT = re.compile(r"\s*,\s*|\s+und\s+")


@dataclass(slots=True)
class Header:
    """Hold what the header lines of a document said."""

    kind: str | None = None
    number: str | None = None
    drucksache: str | None = None
    term: int | None = None
    dates: dict[str, date] = field(default_factory=dict)
    originators: list[Originator] = field(default_factory=list)
    faction: str = ""
    originator_intro: str = ""  # how the paper named the askers ("der Abgeordneten")


def match_kind(line: str, parliament: Parliament) -> tuple[KindProfile, str | None, str] | None:
    """Return the kind a line names at its start, its running number, and the rest of the line."""
    # Longest names first: "Schriftliche Kleine Anfrage" before "Kleine Anfrage".
    kinds = sorted(parliament.kinds.values(), key=lambda k: -len(k.display_name))
    fixed = constants(parliament)
    for kind in kinds:
        # The profile's own kind line first: it knows forms like "Kleine Anfrage 8/980".
        form = kind.template.kind_line
        compiled = line_pattern(form, {**fixed, "kind_name": kind.display_name})
        own = compiled[0].match(line) if compiled and "{number}" in form else None
        if own and (own.end() == len(line) or not line[own.end()].isalnum()):
            return kind, own.group("number"), line[own.end() :].strip()
    for kind in kinds:
        # Spaced capitals lose their spaces ("K l e i n e A n f r a g e" → "KleineAnfrage").
        name = re.escape(kind.display_name).replace(r"\ ", r"\s*")
        # Case does not count: the Saarland prints its kind spaced in capitals ("A N F R A G E").
        match = re.match(
            rf"\s*{name}(?:\s+(?:Nr\.\s*)?(\d{{1,6}}))?(?!\w)\s*(.*)$", _unspaced(line), re.I
        )
        if match:
            return kind, match.group(1), match.group(2)
    return None


@dataclass(slots=True)
class Names:
    """Hold what an originator line said: the people, their faction, and the text after them."""

    people: list[Originator]
    faction: str
    tail: str  # what follows the names: dates, "zum Thema:", a Drucksache
    complete: bool  # a party, a faction or a bracket closed the names
    intro: str = ""  # the words before the names, as printed ("der Abgeordneten")


def match_originators(line: str, parliament: Parliament) -> tuple[list[Originator], str] | None:
    """Return the originators and faction of a line that starts with a profile's intro."""
    names = read_names(line, parliament)
    return (names.people, names.faction) if names else None


def read_names(line: str, parliament: Parliament) -> Names | None:
    """Read an originator line ("der Abgeordneten A, B (CDU), eingegangen am …"), else None."""
    found_intro = _after_intro(line.strip(), parliament)
    if found_intro is None:
        return None
    intro, rest = found_intro
    ends = [
        found.start()
        for pattern in parliament.reading.names_end
        if (found := re.search(pattern, rest, re.IGNORECASE)) and found.start() > 0
    ]
    tail = ""
    if ends:
        # "… Rentsch (FDP) vom 03.11.2014 betreffend …": what the form prints after the names.
        rest, tail = rest[: min(ends)], rest[min(ends) :]
    elif _OPEN_END.search(rest):
        # "… und der Fraktion der" / "CDU/CSU": the names go on in the next line.
        return Names(_people(rest.strip(" ,"), ""), "", "", False, intro)
    brackets = [
        found for found in _PARTY_BRACKET.finditer(rest) if _known_party(found.group(1), parliament)
    ]
    if brackets:
        # Everything after the last party in brackets is no name ("…, eingegangen am …").
        rest, tail = rest[: brackets[-1].end()], rest[brackets[-1].end() :] + tail
    faction = ""
    found = _FACTION.search(rest)
    if found:
        faction, rest = found.group(1).strip(), rest[: found.start()]
    party, rest = _party(rest.strip(" ,"), parliament)
    complete = bool(brackets or faction or party or ends)
    # Members named before "und der Fraktion X" belong to it where the form prints no party.
    party = party or faction
    return Names(_people(rest.strip(" ,"), party), faction, tail.strip(" ,"), complete, intro)


def _people(text: str, party: str) -> list[Originator]:
    """Return the people of a names list; a bracket after a name is that person's party."""
    people: list[Originator] = []
    for chunk in _NAME_SPLIT.split(text):
        own = _BRACKET.search(chunk)
        name = chunk[: own.start()] if own else chunk
        if name.strip() and "weitere" not in name:
            people.append(Originator(name.strip(), own.group(1).strip() if own else party))
    return people


def _after_intro(line: str, parliament: Parliament) -> tuple[str, str] | None:
    """Return an originator intro at the line start and the text after it (a prefix allowed)."""
    intros = sorted(
        {
            intro.strip()
            for kind in parliament.kinds.values()
            for intro in (
                kind.template.originator_intro_plural,
                kind.template.originator_intro_singular,
            )
            if intro.strip()
        }
        | set(parliament.reading.originator_intros),
        key=len,
        reverse=True,
    )
    prefixes = [re.compile(rf"(?:{p})\s+", re.I) for p in parliament.reading.originator_prefixes]
    starts = [line] + [line[m.end() :] for p in prefixes if (m := p.match(line))]
    for start in starts:
        for intro in intros:
            if start.startswith(intro) and not start[len(intro) : len(intro) + 1].isalnum():
                return intro, start[len(intro) :]
    return None


def _known_party(text: str, parliament: Parliament) -> bool:
    """Tell whether a bracket holds a party the profile knows (not "(Drs. 19/1)")."""
    text = " ".join(text.split()).casefold()
    return any(text == party.casefold() for party in parliament.parties)


def _party(text: str, parliament: Parliament) -> tuple[str, str]:
    """Split a known party, in any of the profile's party forms, off the end of a names line."""
    forms = _party_forms(parliament)
    for party in sorted(parliament.parties, key=len, reverse=True):
        for form in forms:
            ending = form.replace("{party}", party)
            # A bare party must not be the tail of a longer word ("SPD" in "XSPD").
            glued = ending[0].isalnum() and text[: -len(ending)][-1:].isalnum()
            if text.endswith(ending) and not glued:
                return party, text[: -len(ending)]
    return "", text


def _party_forms(parliament: Parliament) -> list[str]:
    """Return how the profile prints a party after names ("({party})", ", {party}-Fraktion")."""
    forms = {"({party})", "{party}", *parliament.reading.party_forms}
    for kind in parliament.kinds.values():
        group = kind.template.party_group
        if "{names}" in group and "{party}" in group:
            forms.add(group.split("{names}", 1)[1].strip())
    return sorted(forms, key=len, reverse=True)


def header_patterns(parliament: Parliament) -> list[re.Pattern[str]]:
    """Return whole-line patterns of the head: the layout's lines and the profile's head lines."""
    fixed = constants(parliament)
    layout = parliament.layout
    lines = [*layout.header_left, *layout.header_right]
    # A text layer puts left and right column on one line: "Deutscher Bundestag Drucksache 21/1".
    lines += [
        f"{left} {right}"
        for left, right in zip(layout.header_left, layout.header_right, strict=False)
    ]
    patterns = [compiled[0] for line in lines if (compiled := line_pattern(line, fixed))]
    reading = parliament.reading
    patterns += [re.compile(p, re.IGNORECASE) for p in (*reading.page_lines, *reading.head_lines)]
    return patterns


def read_header(lines: list[str], parliament: Parliament, report: Report) -> Header:
    """Read the lines above the title: kind line, originators, dates, term, Drucksache."""
    header = Header()
    patterns = header_patterns(parliament)
    people_line = None  # an originator line may wrap onto the next line in a PDF
    for line in lines:
        if _kind_line(line, parliament, header):
            people_line = None
            continue
        people = match_originators(line, parliament)
        if people is not None:
            header.originators, header.faction = people
            people_line = line
            continue
        if people_line is not None and _continues_people(people_line, line, parliament, header):
            people_line = f"{people_line} {line}"
            continue
        people_line = None
        if not read_line(line, parliament, header, patterns):
            report.doubt(say("Kopfzeile nicht zugeordnet: „{line}“", line=shorten(line)))
    return header


def read_line(
    line: str,
    parliament: Parliament,
    header: Header,
    patterns: list[re.Pattern[str]],
    generic: bool = True,
) -> bool:
    """Read one head line that is no kind or originator line; tell whether it was a head line.

    `generic` allows any line naming a Wahlperiode or Drucksache; a sentence is no head line.
    """
    matched = next((m for p in patterns if (m := p.fullmatch(line))), None)
    if matched:
        take_values(matched, header)
        return True
    if _DATE_LINE.fullmatch(line.strip()):
        # A bare date above the title is the date of the Drucksache.
        day = parse_day(line)
        if day is not None:
            header.dates["issued"] = day
        return True
    return generic and _generic(line, parliament, header)


def _continues_people(first: str, line: str, parliament: Parliament, header: Header) -> bool:
    """Read a line that continues the originator line before it; tell whether it did."""
    if _DATE_LINE.fullmatch(line) or _TERM.search(line) or "rucksache" in line:
        return False
    people = match_originators(f"{first} {line}", parliament)
    if people is None:
        return False
    header.originators, header.faction = people
    return True


def _kind_line(line: str, parliament: Parliament, header: Header) -> bool:
    """Read a kind line ("Kleine Anfrage 3417 …"); tell whether the line was one."""
    found = match_kind(line, parliament)
    if found is None or (header.kind is not None and header.kind != found[0].id):
        return False
    kind, number, rest = found
    # A form may print its kind twice (Berlin: above and below the Wahlperiode).
    header.kind, header.number = kind.id, number or header.number
    people = match_originators(rest, parliament) if rest else None
    if people is not None:
        header.originators, header.faction = people
    return not rest or people is not None


def _unspaced(line: str) -> str:
    """Return a line whose first word is set in spaced letters ("A N F R A G E") without them."""
    spaced = re.match(r"\s*((?:\w ){3,}\w)(?=\s|$)", line)
    if spaced is None:
        return line
    return spaced.group(1).replace(" ", "") + line[spaced.end() :]


def take_values(match: re.Match[str], header: Header) -> None:
    """Take term, Drucksache number and dates from a matched header or page line."""
    values = match.groupdict()
    header.dates.update(dates_in(match))
    if values.get("term"):
        header.term = int(str(values["term"]))
    if values.get("drucksache"):
        header.drucksache = re.sub(r"[\s.]", "", str(values["drucksache"]))


def read_reprint(line: str, parliament: Parliament, header: Header) -> str | None:
    """Take a reprint mark and its date ("(Neudruck 24.02.2020)") out of a line; return the rest."""
    mark = parliament.layout.reprint_mark.strip()
    if not mark or mark.casefold() not in line.casefold():
        return None
    found = re.search(rf"\(?\s*{re.escape(mark)}\s*:?\s*(?:vom\s+)?([\d. ]*\d)?\s*\)?", line, re.I)
    if found is None:
        return None
    day = parse_day(found.group(1)) if found.group(1) else None
    if day is not None:
        header.dates["reprinted"] = day
    return (line[: found.start()] + line[found.end() :]).strip()


def _generic(line: str, parliament: Parliament, header: Header) -> bool:
    """Read a Wahlperiode or Drucksache line in any wording; tell whether it was one."""
    rest = read_reprint(line, parliament, header)
    if rest is not None:
        if not rest:
            return True
        line = rest
        if _DATE_LINE.fullmatch(line) and (day := parse_day(line)) is not None:
            header.dates.setdefault("issued", day)
            return True
    term = _TERM.search(line)
    if term:
        header.term = int(term.group(1))
    drucksache = re.search(parliament.drucksache_pattern, line) if "rucksache" in line else None
    if drucksache:
        groups = drucksache.groupdict()
        number = re.sub(r"[\s.]", "", groups.get("number") or "")
        header.drucksache = f"{groups.get('term')}/{number}"
    header_name = line.strip().casefold() in (
        parliament.header_name.casefold(),
        parliament.name.casefold(),
    )
    return bool(term or drucksache or header_name)
