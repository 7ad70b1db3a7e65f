"""Draw what is not body text: header block, running header, page-1 footer, the note area."""

from __future__ import annotations

from typing import Any, NamedTuple

from reportlab.lib.units import mm

from desk_app.formats.write.pdf.fonts import FontFaces
from desk_app.formats.write.pdf.notes import RULE_GAP_ABOVE, RULE_GAP_BELOW, NoteLedger
from desk_app.formats.write.plan import PAGE, RenderPlan
from desk_app.rules.layout_loader import standard_style
from desk_app.rules.page_style import PageGeometry, Typography, mm_to_points

HEADER_GAP = 24.0  # points kept free between the two sides of a header row
HEADER_LEADING = 1.25  # header block line distance, in header font sizes
RULE_GAP = 8.0  # points from the last header line's baseline to the rule under it
BODY_GAP = 10 * mm  # from the page-1 header rule to the body
NOTE_RULE = 40 * mm  # the short separator; a note continued from before gets a full-width one


# A NamedTuple rather than a frozen dataclass: every PDF process builds it at import (~1 ms less).
class PdfPage(NamedTuple):
    """Hold the page geometry and header sizes in points, as reportlab draws them."""

    width: float
    height: float
    left: float
    right: float
    bottom: float
    later_frame_top: float  # the body's top on later pages: the top margin
    header_top: float  # the header's first line starts this far below the top edge
    footer_y: float
    header_size: float
    running_size: float
    footer_size: float

    @classmethod
    def of(cls, page: PageGeometry, typography: Typography) -> PdfPage:
        """Convert a layout's millimetres into points measured from the bottom-left corner."""
        height = mm_to_points(page.height)
        return cls(
            width=mm_to_points(page.width),
            height=height,
            left=mm_to_points(page.margin_left),
            right=mm_to_points(page.margin_right),
            bottom=mm_to_points(page.margin_bottom),
            later_frame_top=height - mm_to_points(page.margin_top),
            header_top=height - mm_to_points(page.header_distance),
            footer_y=mm_to_points(page.footer_distance),
            header_size=typography.header_size,
            running_size=typography.running_size,
            footer_size=typography.footer_size,
        )

    @property
    def text_width(self) -> float:
        """Return the width between the left and the right margin."""
        return self.width - self.left - self.right


STANDARD = PdfPage.of(standard_style().page, standard_style().typography)
# The standard layout's values, for callers that lay out without a render plan.
PAGE_WIDTH, PAGE_HEIGHT = STANDARD.width, STANDARD.height
LEFT, RIGHT, BOTTOM = STANDARD.left, STANDARD.right, STANDARD.bottom
TEXT_WIDTH = STANDARD.text_width
LATER_FRAME_TOP = STANDARD.later_frame_top


def pdf_page(plan: RenderPlan) -> PdfPage:
    """Return the page of a render plan in points."""
    return PdfPage.of(plan.page, plan.typography)


class PageText(NamedTuple):
    """Hold the lines printed around the body, from the render plan."""

    header_left: list[str]
    header_right: list[str]
    running_left: str | None
    running_right: str | None
    footer: str | None


class PageDecor:
    """Draw the fixed parts of each page and the notes at its foot."""

    def __init__(
        self, text: PageText, faces: FontFaces, ledger: NoteLedger, page: PdfPage = STANDARD
    ) -> None:
        self._text = text
        self._faces = faces
        self._ledger = ledger
        self._page = page

    def first_frame_top(self) -> float:
        """Return where page 1's body starts: below the header block and the top margin."""
        return min(self._header_rule_y() - BODY_GAP, self._page.later_frame_top)

    def first_page(self, canv: Any, _doc: Any) -> None:
        """Draw the header block (first lines bold) and the page-1 footer."""
        page = self._page
        leading = page.header_size * HEADER_LEADING
        canv.saveState()
        y = page.header_top - page.header_size
        left, right = self._text.header_left, self._text.header_right
        for index in range(max(len(left), len(right))):
            left_line = left[index] if index < len(left) else ""
            right_line = right[index] if index < len(right) else ""
            # The parliament's name is bold; the Drucksache number is bold above its date.
            left_face = self._faces.bold if index == 0 else self._faces.regular
            right_face = self._faces.bold if index == 0 and len(right) > 1 else self._faces.regular
            size = _row_size(canv, page, (left_line, left_face), (right_line, right_face))
            canv.setFont(left_face, size)
            canv.drawString(page.left, y - index * leading, left_line)
            canv.setFont(right_face, size)
            canv.drawRightString(page.width - page.right, y - index * leading, right_line)
        canv.setLineWidth(0.75)
        rule_y = self._header_rule_y()
        canv.line(page.left, rule_y, page.width - page.right, rule_y)
        if self._text.footer:
            canv.setFont(self._faces.regular, page.footer_size)
            canv.drawString(page.left, page.footer_y, self._text.footer)
        canv.restoreState()

    def later_page(self, canv: Any, _doc: Any) -> None:
        """Draw the running header with the page number and a rule under it."""
        number = str(canv.getPageNumber())
        left = (self._text.running_left or "").replace(PAGE, number)
        right = (self._text.running_right or "").replace(PAGE, number)
        has_number = any(PAGE in (line or "") for line in self._running())
        page = self._page
        y = page.header_top - page.running_size
        canv.saveState()
        canv.setFont(self._faces.regular, page.running_size)
        canv.drawString(page.left, y, left)
        canv.drawRightString(page.width - page.right, y, right)
        if not has_number:
            self._draw_page_number(canv, f"– {number} –", left, right, y)
        canv.setLineWidth(0.5)
        canv.line(page.left, y - 6, page.width - page.right, y - 6)
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
        page = self._page
        size = page.running_size
        width = canv.stringWidth(label, self._faces.regular, size)
        centre = page.left + page.text_width / 2
        left_end = page.left + canv.stringWidth(left, self._faces.regular, size)
        right_start = page.width - page.right - canv.stringWidth(right, self._faces.regular, size)
        if left_end + 12 > centre - width / 2 or right_start - 12 < centre + width / 2:
            y += size + 3  # above the header line, where nothing else is
        canv.drawCentredString(centre, y, label)

    def _header_rule_y(self) -> float:
        """Return the height of the rule under the page-1 header block."""
        rows = max(len(self._text.header_left), len(self._text.header_right), 1)
        page = self._page
        leading = page.header_size * HEADER_LEADING
        return page.header_top - page.header_size - (rows - 1) * leading - RULE_GAP


def _row_size(canv: Any, page: PdfPage, left: tuple[str, str], right: tuple[str, str]) -> float:
    """Return the size, at most the header size, at which a header row's two sides fit."""
    # A long name ("BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG") would run into the
    # Drucksache number; shrinking the row keeps both readable and apart in the text layer.
    size = page.header_size
    width = sum(canv.stringWidth(text, face, size) for text, face in (left, right))
    room = page.text_width - HEADER_GAP
    return size if width <= room else size * room / width
