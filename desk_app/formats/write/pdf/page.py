"""Draw what is not body text: header block, running header, page-1 footer, the note area."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desk_app.formats.write.pdf.fonts import FontFaces
from desk_app.formats.write.pdf.notes import RULE_GAP_ABOVE, RULE_GAP_BELOW, NoteLedger
from desk_app.formats.write.plan import PAGE

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 18 * mm, 20 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT
HEADER_LEADING = 15.0
HEADER_SIZE = 12.0
HEADER_GAP = 24.0  # points kept free between the two sides of a header row
RUNNING_SIZE = 9.0
FOOTER_SIZE = 8.0
LATER_FRAME_TOP = PAGE_HEIGHT - TOP - 8 * mm  # below the running header
NOTE_RULE = 40 * mm  # the short separator; a note continued from before gets a full-width one


@dataclass(frozen=True, slots=True)
class PageText:
    """Hold the lines printed around the body, from the render plan."""

    header_left: list[str]
    header_right: list[str]
    running_left: str | None
    running_right: str | None
    footer: str | None


class PageDecor:
    """Draw the fixed parts of each page and the notes at its foot."""

    def __init__(self, text: PageText, faces: FontFaces, ledger: NoteLedger) -> None:
        self._text = text
        self._faces = faces
        self._ledger = ledger

    def first_frame_top(self) -> float:
        """Return where the body starts on page 1: below the header block and its rule."""
        return self._header_rule_y() - 10 * mm

    def first_page(self, canv: Any, _doc: Any) -> None:
        """Draw the header block (first lines bold) and the page-1 footer."""
        canv.saveState()
        y = PAGE_HEIGHT - TOP - 12
        left, right = self._text.header_left, self._text.header_right
        for index in range(max(len(left), len(right))):
            left_line = left[index] if index < len(left) else ""
            right_line = right[index] if index < len(right) else ""
            # The parliament's name is bold; the Drucksache number is bold above its date.
            left_face = self._faces.bold if index == 0 else self._faces.regular
            right_face = self._faces.bold if index == 0 and len(right) > 1 else self._faces.regular
            size = _row_size(canv, (left_line, left_face), (right_line, right_face))
            canv.setFont(left_face, size)
            canv.drawString(LEFT, y - index * HEADER_LEADING, left_line)
            canv.setFont(right_face, size)
            canv.drawRightString(PAGE_WIDTH - RIGHT, y - index * HEADER_LEADING, right_line)
        canv.setLineWidth(0.75)
        canv.line(LEFT, self._header_rule_y(), PAGE_WIDTH - RIGHT, self._header_rule_y())
        if self._text.footer:
            canv.setFont(self._faces.regular, FOOTER_SIZE)
            canv.drawString(LEFT, BOTTOM - 10 * mm, self._text.footer)
        canv.restoreState()

    def later_page(self, canv: Any, _doc: Any) -> None:
        """Draw the running header with the page number and a rule under it."""
        number = str(canv.getPageNumber())
        left = (self._text.running_left or "").replace(PAGE, number)
        right = (self._text.running_right or "").replace(PAGE, number)
        has_number = any(PAGE in (line or "") for line in self._running())
        y = PAGE_HEIGHT - TOP
        canv.saveState()
        canv.setFont(self._faces.regular, RUNNING_SIZE)
        canv.drawString(LEFT, y, left)
        canv.drawRightString(PAGE_WIDTH - RIGHT, y, right)
        if not has_number:
            self._draw_page_number(canv, f"– {number} –", left, right, y)
        canv.setLineWidth(0.5)
        canv.line(LEFT, y - 6, PAGE_WIDTH - RIGHT, y - 6)
        canv.restoreState()

    def notes(self, canv: Any, doc: Any) -> None:
        """Draw this page's notes at the foot of its frame under a separator rule."""
        frame = doc.frame
        ledger = self._ledger
        top = frame._y1 + frame._bottomPadding + ledger.area()
        continued = ledger.continued
        pieces = ledger.close_page(canv.getPageNumber())
        if not pieces:
            return
        rule_y = top - RULE_GAP_ABOVE
        x = frame._x1 + frame._leftPadding
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.line(x, rule_y, x + (frame._aW if continued else NOTE_RULE), rule_y)
        canv.restoreState()
        y = rule_y - RULE_GAP_BELOW
        for piece in pieces:
            height = piece.wrap(ledger.width, 1e6)[1]
            y -= height
            piece.drawOn(canv, x, y)

    def _running(self) -> tuple[str | None, str | None]:
        """Return the running header lines as planned."""
        return self._text.running_left, self._text.running_right

    def _draw_page_number(self, canv: Any, label: str, left: str, right: str, y: float) -> None:
        """Centre the page number, or put it on its own line if the header texts leave no room."""
        size = RUNNING_SIZE
        width = canv.stringWidth(label, self._faces.regular, size)
        centre = LEFT + TEXT_WIDTH / 2
        left_end = LEFT + canv.stringWidth(left, self._faces.regular, size)
        right_start = PAGE_WIDTH - RIGHT - canv.stringWidth(right, self._faces.regular, size)
        if left_end + 12 > centre - width / 2 or right_start - 12 < centre + width / 2:
            y += RUNNING_SIZE + 3  # above the header line, where nothing else is
        canv.drawCentredString(centre, y, label)

    def _header_rule_y(self) -> float:
        """Return the height of the rule under the page-1 header block."""
        rows = max(len(self._text.header_left), len(self._text.header_right), 1)
        return PAGE_HEIGHT - TOP - 12 - (rows - 1) * HEADER_LEADING - 8


def _row_size(canv: Any, left: tuple[str, str], right: tuple[str, str]) -> float:
    """Return the size at which a header row's two sides fit beside each other, at most 12."""
    # A long name ("BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG") would run into the
    # Drucksache number; shrinking the row keeps both readable and apart in the text layer.
    width = sum(canv.stringWidth(text, face, HEADER_SIZE) for text, face in (left, right))
    room = TEXT_WIDTH - HEADER_GAP
    return HEADER_SIZE if width <= room else HEADER_SIZE * room / width
