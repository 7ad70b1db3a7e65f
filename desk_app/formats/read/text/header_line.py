"""Read a document's title line by the profile's templates: kind, originators with party, dates.

Parliaments that print question and answer as one Drucksache name both in one
line, as their kinds' `answer_title` template says ("{kind_name} {originators}
vom {signed} und Antwort des Senats"); a line without the answer is read by
the kind line ("{kind_name}") followed by the originators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desk_app.formats.read.structure.header import match_kind, match_originators
from desk_app.formats.read.structure.template_lines import constants, dates_in, line_pattern
from desk_app.model import Originator
from desk_app.rules.profile import KindProfile, Parliament

_TRAILING_DATE = re.compile(r"\s+vom\s+(?P<signed>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})\s*$")


@dataclass(slots=True)
class TitleLine:
    """Hold what a title line said: the kind, its originators and its dates."""

    kind: str | None = None
    number: str | None = None
    originators: list[Originator] = field(default_factory=list)
    faction: str = ""
    dates: dict[str, date] = field(default_factory=dict)
    has_answer: bool = False


def read_title_line(line: str, parliament: Parliament) -> TitleLine | None:
    """Return what a title line names, or None when it is no such line."""
    line = " ".join(line.split())
    kinds = sorted(parliament.kinds.values(), key=lambda k: -len(k.display_name))
    for kind in kinds:
        found = _by_answer_title(line, kind, parliament)
        if found is not None:
            return found
    return _by_kind_line(line, parliament)


def _by_answer_title(line: str, kind: KindProfile, parliament: Parliament) -> TitleLine | None:
    """Read a line in the kind's answer title form: inquiry and answer in one Drucksache."""
    fixed = {**constants(parliament), "kind_name": kind.display_name}
    compiled = line_pattern(kind.template.answer_title, fixed)
    found = compiled[0].fullmatch(line) if compiled and compiled[1] else None
    if found is None or "originators" not in found.groupdict():
        return None
    named = found.group("originators")
    people = match_originators(named, parliament)
    if people is None:
        faction = _faction(named, kind, parliament)
        if faction is None:
            return None
        people = ([], faction)
    return TitleLine(kind.id, None, people[0], people[1], dates_in(found), has_answer=True)


def _faction(text: str, kind: KindProfile, parliament: Parliament) -> str | None:
    """Return the faction a "der Fraktion X" originator names, by the kind's template."""
    fixed = {**constants(parliament), "kind_name": kind.display_name}
    compiled = line_pattern(kind.template.faction_originator, fixed)
    found = compiled[0].fullmatch(text) if compiled else None
    if found is None or "faction" not in found.groupdict():
        return None
    return " ".join(found.group("faction").split())


def _by_kind_line(line: str, parliament: Parliament) -> TitleLine | None:
    """Read "<kind> <intro> <names> (<party>) vom <date>": the kind line with its originators."""
    found = match_kind(line, parliament)
    if found is None:
        return None
    kind, number, rest = found
    result = TitleLine(kind.id, number)
    dated = _TRAILING_DATE.search(rest)
    if dated is not None:
        result.dates = dates_in(dated)
        rest = rest[: dated.start()]
    people = match_originators(rest, parliament) if rest else None
    if people is not None:
        result.originators, result.faction = people
    return result
