"""Find the footnotes printed at the foot of each page and the markers in the text they belong to.

A text layer keeps a note as a line at the page foot ("1 https://…",
"2 Ebenda.") and its marker glued to the word or sign before it
("Messe.1", "Justizskandals“1", "veröffentlicht.2 3"). A foot line counts as
a note only when its number continues the document's numbering and the
page's text carries that marker: so a question "3 Schulen …" or a table
row is never taken for a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desk_app.formats.read.pages.printed_line import raised_numbers

_NOTE_START = re.compile(r"(\d{1,4})\s+(?=\S)")
# Signs a marker may be glued to, as a letter may; not after a digit ("A3.5" is no marker).
# Words before a number that cite a place in a law or a list: "Abs. 1", "Nr. 2", "Satz 3".
_CITES = {
    *("abs", "absatz", "nr", "nummer", "satz", "art", "artikel", "s", "seite", "ziff"),
    *("ziffer", "buchst", "kap", "kapitel", "anlage", "anhang", "frage", "fragen", "punkt"),
    *("teil", "band", "drs", "drucksache", "stufe", "klasse", "jahrgang", "platz", "gruppe"),
}
_CLOSING = ".,;:!?)]“”\"'»«’"


@dataclass(slots=True)
class PageNote:
    """Hold one footnote found at a page foot: its number and its lines."""

    number: int
    lines: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Marker:
    """Say where a note's marker stands: the body line and the character span."""

    line: int
    start: int
    end: int
    number: int


def split_notes(
    lines: list[str], expected: int, earlier: list[str] | None = None
) -> tuple[list[str], list[PageNote], list[Marker]]:
    """Return a page's body lines, the notes at its foot and their markers.

    `expected` is the number the next note of the document must have.
    `earlier` is the previous page's body: where notes outweigh the text, a
    note runs on to the next page's foot while its marker stayed behind. A
    marker found there has a negative line index, counted back from this page.
    """
    before = earlier or []
    for start in _note_starts(lines, expected):
        notes = _read_notes(lines[start:], expected)
        if notes is None:
            continue
        body = lines[:start]
        markers = _markers([*before, *body], [note.number for note in notes])
        if markers is not None:
            while body and not body[-1]:
                body.pop()
            shifted = [Marker(m.line - len(before), m.start, m.end, m.number) for m in markers]
            return body, notes, shifted
    return lines, [], []


def _note_starts(lines: list[str], expected: int) -> list[int]:
    """Return the indexes of lines that could open the page's note zone, lowest first."""
    starts = []
    for index, line in enumerate(lines):
        found = _NOTE_START.match(line)
        if found and int(found.group(1)) == expected:
            starts.append(index)
    return starts


def _read_notes(lines: list[str], expected: int) -> list[PageNote] | None:
    """Read a page's foot as notes numbered from `expected` on; None if it is not one."""
    notes: list[PageNote] = []
    for line in lines:
        if not line:
            continue
        found = _NOTE_START.match(line)
        if found and int(found.group(1)) == expected + len(notes):
            notes.append(PageNote(int(found.group(1)), [line[found.end() :]]))
        elif notes and len(notes[-1].lines) < 6:
            notes[-1].lines.append(line)  # a note's text runs on (a long URL, a sentence)
        else:
            return None
    return notes or None


def _markers(body: list[str], numbers: list[int]) -> list[Marker] | None:
    """Return the marker of each note number in the body, in order; None if the notes lack them.

    Every marker must be found where a page printed it raised, or glued to a
    word; one set apart by a space ("75 Mio. Euro 2 bereitstehen") counts
    only between markers already found, when at most half are missing.
    """
    found: dict[int, Marker] = {}
    position = (0, 0)  # markers stand in note order: search after the previous one
    for number in numbers:
        marker = _raised_marker(body, number, position) or _find_marker(body, number, position)
        if marker is not None:
            found[number] = marker
            position = (marker.line, marker.end)
    missing = [number for number in numbers if number not in found]
    if not found or 2 * len(missing) > len(numbers):
        return None
    for number in missing:
        before = max((m for n, m in found.items() if n < number), key=_place, default=None)
        after = min((m for n, m in found.items() if n > number), key=_place, default=None)
        start = (before.line, before.end) if before else (0, 0)
        end = (after.line, after.start) if after else (len(body), 0)
        marker = _spaced_marker(body, number, start, end)
        if marker is None:
            return None
        found[number] = marker
    return sorted(found.values(), key=_place)


def _place(marker: Marker) -> tuple[int, int]:
    return marker.line, marker.start


def _raised_marker(body: list[str], number: int, start: tuple[int, int]) -> Marker | None:
    """Return the first number the page printed raised, at or after a position."""
    digits = str(number)
    for index in range(start[0], len(body)):
        line = body[index]
        begin = start[1] if index == start[0] else 0
        for left, right in raised_numbers(line):
            if left >= begin and line[left:right] == digits:
                return Marker(index, left, right, number)
    return None


def _spaced_marker(
    body: list[str], number: int, start: tuple[int, int], end: tuple[int, int]
) -> Marker | None:
    """Return a note number standing alone between spaces ("Euro 2 bereit") between two places.

    Of several, the one nearest the next found marker wins; a number that
    cites a paragraph or an item ("Abs. 1", "Nr. 2", "Satz 3") is never one.
    """
    # After a word or its closing sign and one space; before a word, a sign or the line end.
    pattern = re.compile(rf"([^\W\d_]+)([.,;:!?“”\"»«)]?) ({number})(?= [^\W\d_]|[ ]?[.,;:!?]| ?$)")
    best: Marker | None = None
    for index in range(start[0], min(end[0] + 1, len(body))):
        for match in pattern.finditer(body[index]):
            place = (index, match.start(3))
            if place < start or place >= end:
                continue
            if match.group(1).casefold() in _CITES and match.group(2) in ("", "."):
                continue
            best = Marker(index, match.start(3), match.end(3), number)
    return best


def _find_marker(body: list[str], number: int, start: tuple[int, int]) -> Marker | None:
    """Return the first marker of a note number glued to a word, at or after a position."""
    digits = str(number)
    pattern = re.compile(rf"(?<!\d){digits}(?!\d)(?![.,]\d)")
    for index in range(start[0], len(body)):
        line = body[index]
        begin = start[1] if index == start[0] else 0
        for match in pattern.finditer(line, begin):
            before = line[: match.start()]
            # "veröffentlicht.2 3": a marker that follows another marker after one space.
            chained = bool(re.search(r"[^\W\d_][.,;:!?“”\"»«)]?\d{1,4} $", before))
            if _glued(before) or chained:
                return Marker(index, match.start(), match.end(), number)
    return None


def _glued(before: str) -> bool:
    """Tell whether text ends in a letter, or in a closing sign after a letter or sign."""
    if not before:
        return False
    last = before[-1]
    if last.isalpha():
        return True
    return (
        last in _CLOSING
        and len(before) > 1
        and not before[-2].isdigit()
        and not before[-2].isspace()
    )
