"""The scratch copy reportlab makes of a frame shares the note ledger instead of copying it."""

from __future__ import annotations

import copy

from desk_app.formats.write.pdf.footnote_frame import FootnoteFrame
from desk_app.formats.write.pdf.notes import NoteLedger


def test_a_deep_copy_of_the_frame_shares_the_ledger_and_copies_the_rest():
    ledger = NoteLedger({}, 400.0, 200.0)
    frame = FootnoteFrame(70, 56, 400, 700, 0, 0, 0, 0, id="body", ledger=ledger)
    clone = copy.deepcopy(frame)
    assert clone is not frame and type(clone) is FootnoteFrame
    assert clone.__dict__["_ledger"] is ledger
    assert (clone._x1, clone._y1, clone._width, clone._height, clone.id) == (
        70,
        56,
        400,
        700,
        "body",
    )
    assert clone._y == frame._y and clone._y1p == frame._y1p
    clone._y -= 100  # laying out on the copy leaves the frame as it was
    assert frame._y == clone._y + 100
