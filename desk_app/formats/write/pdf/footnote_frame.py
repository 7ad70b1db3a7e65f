"""A frame that keeps room at its foot for the notes of the markers placed on its page."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import Flowable, PageBreak
from reportlab.platypus.frames import Frame
from reportlab.platypus.paragraph import Paragraph

from desk_app.formats.write.pdf.markup import FNREF
from desk_app.formats.write.pdf.notes import NoteLedger

CARRY_SHARE = 0.6  # at most this much of a page goes to a note continued from before
_LAST_RESORT = "_desk_last_resort"  # marks a piece split off with an earlier note broken
_LABELS = "_desk_labels"  # the marker labels a flowable holds, read once


class NoteFlush(Flowable):
    """End the body: notes still carried over then get the pages they need."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """Take no room."""
        return 0.0, 0.0

    def draw(self) -> None:
        """Draw nothing."""


def marker_labels(flowable: Flowable) -> list[str]:
    """Return the labels of the footnote markers inside a paragraph (or a split piece)."""
    if not isinstance(flowable, Paragraph):
        return []
    # The frame asks for a paragraph's labels at each add and at each split attempt;
    # fragments never change labels, so a flowable reads its fragments only once.
    known = flowable.__dict__.get(_LABELS)
    if known is None:
        known = flowable.__dict__[_LABELS] = list(_labels(flowable.frags))
    return known


def _labels(frags: list[Any]) -> Iterator[str]:
    """Yield the marker labels of parsed fragments or of a broken word list, in reading order."""
    for item in frags:
        # Once broken into lines, fragments become words: [width, (fragment, text), ...].
        parts = (part[0] for part in item[1:]) if isinstance(item, list) else (item,)
        for fragment in parts:
            definition = getattr(fragment, "cbDefn", None)
            if definition is not None and getattr(definition, "name", None) == FNREF:
                yield definition.label


class FootnoteFrame(Frame):
    """Place body text above the room its page's notes need; split where text and notes fit."""

    def __init__(self, *args: Any, ledger: NoteLedger, **kwargs: Any) -> None:
        # Frame.__init__ calls _reset, which needs the ledger already.
        self.__dict__["_ledger"] = ledger
        super().__init__(*args, **kwargs)

    def __deepcopy__(self, memo: dict[int, Any]) -> FootnoteFrame:
        """Copy the frame, sharing the document's one note ledger rather than copying it."""
        # KeepTogether measures its content on a deep copy of the current frame, which
        # never places a note; copying the ledger copied every note paragraph with it.
        ledger = self.__dict__["_ledger"]
        memo[id(ledger)] = ledger
        clone = type(self).__new__(type(self))
        memo[id(self)] = clone
        clone.__dict__.update(copy.deepcopy(self.__dict__, memo))
        return clone

    def _reset(self) -> None:
        super()._reset()
        ledger: NoteLedger = self.__dict__["_ledger"]
        ledger.open_page(self._aH if ledger.body_done else self._aH * CARRY_SHARE)
        self._raise_bottom(ledger.area())

    def _add(self, flowable: Flowable, canv: Any, trySplit: int = 0) -> int:
        ledger: NoteLedger = self.__dict__["_ledger"]
        if isinstance(flowable, NoteFlush):
            ledger.body_done = True
            ledger.absorb(self._y - self._floor())
            self._raise_bottom(ledger.area())
            return 0 if ledger.carry else super()._add(flowable, canv, trySplit)
        new = ledger.new_numbers(marker_labels(flowable))
        if not new:
            return super()._add(flowable, canv, trySplit)
        space = self._space_before(flowable)
        room = self._y - space - self._floor() - ledger.area()
        if room <= 0:
            return 0
        height = flowable.wrap(self._getAvailableWidth(), room)[1]
        last_resort = bool(flowable.__dict__.pop(_LAST_RESORT, False))
        arrangement = ledger.arrange(
            new, self._y - space - height - self._floor(), self._at_top(), last_resort
        )
        if arrangement is None:
            return 0
        self._raise_bottom(ledger.area(arrangement.page))
        if super()._add(flowable, canv, trySplit):
            ledger.commit(arrangement)
            return 1
        self._raise_bottom(ledger.area())
        return 0

    add = _add

    def split(self, flowable: Flowable, canv: Any) -> list[Flowable]:
        """Return the largest first piece that fits together with its own notes, and the rest."""
        ledger: NoteLedger = self.__dict__["_ledger"]
        if isinstance(flowable, NoteFlush):
            return [PageBreak(), flowable] if ledger.carry else []
        pieces = self._fitting_split(flowable, canv, last_resort=False)
        if pieces is None and self._at_top() and not ledger.carry and not ledger.page:
            # Not even the first lines fit with all their notes begun on an empty page
            # (several long notes marked in one line), so waiting cannot help: break an
            # earlier note, moving the rest to the next page, rather than fail the export.
            pieces = self._fitting_split(flowable, canv, last_resort=True)
            if pieces:
                pieces[0].__dict__[_LAST_RESORT] = True  # for the add that follows
        if pieces is not None:
            return pieces
        if ledger.carry and self._at_top():
            # A note continued from an earlier page still blocks new notes: let it
            # have this whole page, then try the text again here or on the next page.
            ledger.absorb(self._y - self._floor())
            self._raise_bottom(ledger.area())
            if not ledger.carry:
                return self.split(flowable, canv)
        if self._at_top() and (ledger.page or ledger.carry):
            # reportlab gives up on a flowable postponed twice, but notes continued from
            # before fill this page and are done with it: the next page has more room.
            flowable.__dict__.pop("_postponed", None)
        return []

    def _fitting_split(
        self, flowable: Flowable, canv: Any, last_resort: bool
    ) -> list[Flowable] | None:
        """Return the largest split whose first piece fits with its notes; None if none does."""
        ledger: NoteLedger = self.__dict__["_ledger"]
        space = self._space_before(flowable)
        height = self._y - space - self._floor() - ledger.area()
        while height > 0:
            pieces = self._split_at(flowable, canv, height)
            if not pieces:
                break
            if isinstance(pieces[0], ActionFlowable):
                return pieces
            first = pieces[0]
            new = ledger.new_numbers(marker_labels(first))
            if not new:
                return pieces
            first_height = first.wrap(self._getAvailableWidth(), height)[1]
            floor_room = self._y - space - first_height - self._floor()
            if ledger.arrange(new, floor_room, self._at_top(), last_resort) is not None:
                return pieces
            height = first_height - 0.5  # one line less, and try again
        return None

    def _split_at(self, flowable: Flowable, canv: Any, height: float) -> list[Flowable]:
        """Ask a flowable to split for a height, with the frame context it may need."""
        flowable._frame = self
        flowable.canv = canv
        try:
            return flowable.split(self._getAvailableWidth(), height)
        finally:
            for name in ("canv", "_frame"):
                if hasattr(flowable, name):
                    delattr(flowable, name)

    def _space_before(self, flowable: Flowable) -> float:
        """Return the space Frame._add will put before a flowable (same rules)."""
        if self._atTop:
            return 0.0
        space = flowable.getSpaceBefore()
        if self._oASpace:
            if getattr(flowable, "_SPACETRANSFER", False) or getattr(flowable, "_ZEROSIZE", False):
                space = self._prevASpace
            space = max(space - self._prevASpace, 0)
        return space

    def _at_top(self) -> bool:
        """Tell whether nothing of the body is on this page yet."""
        return bool(self._atTop)

    def _floor(self) -> float:
        """Return the frame's own bottom, below which nothing is drawn."""
        return self._y1 + self._bottomPadding

    def _raise_bottom(self, notes_height: float) -> None:
        """Keep body text above the note area (Frame._add stops at _y1p)."""
        self.__dict__["_y1p"] = self._floor() + notes_height
