"""Keep account of the footnotes at the foot of the current page and of those that continue."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from reportlab.platypus.paragraph import Paragraph

RULE_GAP_ABOVE = 10.0  # between the last body line's room and the separator rule
RULE_GAP_BELOW = 4.0  # between the rule and the first note
_NOTE = "_desk_note"  # attribute naming the note whose beginning a piece holds
_HEIGHT = "_desk_height"


# A NamedTuple rather than a frozen dataclass: every PDF process builds it at import (~1 ms less).
class Arrangement(NamedTuple):
    """Hold the notes a page would print if a piece of body text were added."""

    page: list[Paragraph]
    carry: list[Paragraph]
    new: list[int]


@dataclass(slots=True)
class Placement:
    """Record on which page each marker and each note's beginning was drawn."""

    marker_pages: dict[int, int] = field(default_factory=dict)
    note_pages: dict[int, int] = field(default_factory=dict)

    def misplaced(self) -> list[int]:
        """Return the note numbers not printed on the page of their first marker."""
        numbers = sorted(set(self.marker_pages) | set(self.note_pages))
        return [n for n in numbers if self.marker_pages.get(n) != self.note_pages.get(n)]


class NoteLedger:
    """Decide which note pieces a page holds; the frame asks, the page template draws."""

    def __init__(self, notes: Mapping[int, Paragraph], width: float, long_note: float) -> None:
        self._notes = dict(notes)
        for number, note in self._notes.items():
            setattr(note, _NOTE, number)
        self.width = width
        self._long_note = long_note  # notes taller than this may break on any page
        self.placed: set[int] = set()
        self.page: list[Paragraph] = []
        self.carry: list[Paragraph] = []
        self.continued = False
        self.body_done = False
        self.placement = Placement()
        self._fresh = True

    def area(self, pieces: list[Paragraph] | None = None) -> float:
        """Return the height of a note area holding pieces (default: this page's)."""
        pieces = self.page if pieces is None else pieces
        if not pieces:
            return 0.0
        return RULE_GAP_ABOVE + RULE_GAP_BELOW + sum(self._height(p) for p in pieces)

    def new_numbers(self, labels: list[str]) -> list[int]:
        """Return the note numbers among marker labels whose notes are not placed yet."""
        numbers = dict.fromkeys(int(label) for label in labels)
        return [n for n in numbers if n not in self.placed and n in self._notes]

    def arrange(
        self, new: list[int], room: float, at_top: bool, last_resort: bool = False
    ) -> Arrangement | None:
        """Fit this page's notes plus new ones into room; None if they cannot go here."""
        if self.carry and new:
            return None  # a note already breaks onto the next page; nothing may follow it
        pieces = self.page + [self._notes[n] for n in new]
        first_new = len(self.page)
        last = len(pieces) - 1

        def may_split(index: int, piece: Paragraph) -> bool:
            if index < first_new:
                return False
            if index != last:
                # Breaking an earlier note carries every note after it whole to the
                # next page, away from its marker: only when nothing else can go here.
                return last_resort
            # At the top of a page nothing is gained by waiting; elsewhere only a long
            # note breaks, so a short note keeps its marker line company.
            return at_top or self._height(piece) > self._long_note

        poured = self._pour(pieces, room, may_split)
        if poured is None:
            return None
        return Arrangement(poured[0], poured[1] + self.carry, new)

    def commit(self, arrangement: Arrangement) -> None:
        """Take an arrangement as this page's notes."""
        self.page, self.carry = arrangement.page, arrangement.carry
        self.placed.update(arrangement.new)

    def open_page(self, room: float) -> None:
        """Start a page with the notes carried over, as far as room allows."""
        if not self._fresh:
            return  # reportlab resets a frame more than once per page
        self._fresh = False
        pending, self.page, self.carry = self.carry, [], []
        self.continued = bool(pending)
        poured = self._pour(pending, room, lambda _index, _piece: True) if pending else None
        if poured is not None:
            self.page, self.carry = poured
        elif pending:
            self.carry = pending

    def absorb(self, room: float) -> None:
        """Move carried notes onto this page as far as room allows (the body has ended)."""
        if not self.carry:
            return
        poured = self._pour(self.page + self.carry, room, lambda index, _p: index >= len(self.page))
        if poured is not None:
            self.page, self.carry = poured

    def close_page(self, page_number: int) -> list[Paragraph]:
        """Return the pieces to draw at the foot of the page ending now, and record them."""
        pieces = self.page
        for piece in pieces:
            number = getattr(piece, _NOTE, None)
            if number is not None:
                self.placement.note_pages.setdefault(number, page_number)
        self.page = []
        self._fresh = True
        return pieces

    def record_marker(self, label: str, page_number: int) -> None:
        """Note the page on which a marker was drawn (the first time counts)."""
        self.placement.marker_pages.setdefault(int(label), page_number)

    def _pour(self, pieces, room, may_split) -> tuple[list[Paragraph], list[Paragraph]] | None:
        """Fill room with pieces in order, breaking at most one; None if that fails."""
        used = RULE_GAP_ABOVE + RULE_GAP_BELOW
        for index, piece in enumerate(pieces):
            height = self._height(piece)
            if used + height <= room + 1e-6:
                used += height
                continue
            if not may_split(index, piece):
                return None
            parts = piece.split(self.width, room - used)
            if len(parts) != 2:
                return None
            head, tail = parts
            setattr(head, _NOTE, getattr(piece, _NOTE, None))
            return [*pieces[:index], head], [tail, *pieces[index + 1 :]]
        return list(pieces), []

    def _height(self, piece: Paragraph) -> float:
        """Return a piece's height at the note width, measured once."""
        height = getattr(piece, _HEIGHT, None)
        if height is None:
            height = piece.wrap(self.width, 1e6)[1]
            setattr(piece, _HEIGHT, height)
        return height
