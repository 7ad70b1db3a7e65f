"""Recognise which parliament a document's text comes from, by clues in the profiles.

Every clue comes from profile data (detect phrases, header and footer lines,
lead-ins, kind names). A clue that several parliaments share is worth less to
each of them, so "Kleine Anfrage" alone decides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from desk_app.rules.placeholders import to_pattern
from desk_app.rules.profile import Parliament

PHRASE_WEIGHT = 4.0  # the parliament names itself
LINE_WEIGHT = 3.0  # a header, footer or lead-in line in its own wording
KIND_WEIGHT = 1.0  # kind names and kind lines are shared by many parliaments
MIN_LITERAL = 8  # a line with less fixed text than this would match nearly anything
MIN_SCORE = 2.0
MIN_MARGIN = 1.0


@dataclass(frozen=True, slots=True)
class Clue:
    """Hold one compiled clue, its weight and the parliaments it points to."""

    pattern: re.Pattern[str]
    weight: float
    owners: frozenset[str]


def build_clues(parliaments: Iterable[Parliament]) -> list[Clue]:
    """Collect the clues of all profiles, merging identical ones across parliaments."""
    weights: dict[str, float] = {}
    owners: dict[str, set[str]] = {}
    for parliament in parliaments:
        for pattern, weight in _clues(parliament):
            weights[pattern] = max(weight, weights.get(pattern, 0.0))
            owners.setdefault(pattern, set()).add(parliament.id)
    return [
        Clue(re.compile(rf"(?<!\w){pattern}(?!\w)"), weights[pattern], frozenset(owners[pattern]))
        for pattern in weights
    ]


def scores(clues: Iterable[Clue], text: str) -> dict[str, float]:
    """Score every parliament by the clues found in a text."""
    folded = text.casefold()
    result: dict[str, float] = {}
    for clue in clues:
        if clue.pattern.search(folded):
            share = clue.weight / len(clue.owners)
            for owner in clue.owners:
                result[owner] = result.get(owner, 0.0) + share
    return result


def best_match(clues: Iterable[Clue], text: str) -> str | None:
    """Return the id of the clearly best-scoring parliament, or None if unclear."""
    ranked = sorted(scores(clues, text).items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < MIN_SCORE:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MIN_MARGIN:
        return None
    return ranked[0][0]


def _clues(parliament: Parliament) -> Iterator[tuple[str, float]]:
    # Patterns are built from casefolded lines and matched against casefolded text.
    constants = {
        "header_name": parliament.header_name,
        "parliament": parliament.name,
        "government": parliament.government,
        "place": parliament.place,
    }
    for phrase in parliament.detect_phrases:
        yield from _line(phrase, constants, PHRASE_WEIGHT, minimum=1)
    layout = parliament.layout
    lines = (
        *layout.header_left,
        *layout.header_right,
        layout.running_header_left,
        layout.running_header_right,
        layout.first_page_footer,
    )
    for line in lines:
        yield from _line(line, constants, LINE_WEIGHT)
    for kind in parliament.kinds.values():
        named = {**constants, "kind_name": kind.display_name}
        yield from _line(kind.display_name, named, KIND_WEIGHT, minimum=1)
        yield from _line(kind.template.kind_line, named, KIND_WEIGHT)
        for lead_in in (kind.template.lead_in_singular, kind.template.lead_in_plural):
            yield from _line(lead_in, named, LINE_WEIGHT)


def _line(
    line: str, constants: Mapping[str, str], weight: float, minimum: int = MIN_LITERAL
) -> Iterator[tuple[str, float]]:
    if not line.strip():
        return
    folded = {key: value.casefold() for key, value in constants.items()}
    pattern, literal = to_pattern(line.strip().casefold(), folded)
    if literal >= minimum:
        yield pattern, weight
