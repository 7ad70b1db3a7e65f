"""Page setup and the header and footer lines of an export.

The first page carries the parliament's header block (left and right column
set with a right tab stop, so each line stays one editable paragraph) and
its footer; later pages a running header with a PAGE field. Word's
"different first page" switch keeps the two apart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from desk_app.formats.write.docx.styles import TWIPS_PER_MM, Role
from desk_app.formats.write.docx.text import ExportReport, TextWriter
from desk_app.formats.write.docx.wml import Paragraph, Rels, ppr_style
from desk_app.formats.write.plan import PAGE, RenderPlan
from desk_app.rules.layout_loader import standard_style
from desk_app.rules.page_style import PageGeometry

# Rough advance widths of Arial-like faces, in font sizes: enough to tell a header
# row that would wrap (Word cannot shrink text to fit) from one that fits.
_CAPITAL_WIDTH = 0.72
_OTHER_WIDTH = 0.56
_HEADER_GAP = 24.0  # points kept free between the two sides of a header row
_RULE = '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>'


class Stories:
    """Hold the paragraphs of the first-page header and footer and of the running header."""

    __slots__ = ("first_footer", "first_header", "header")

    def __init__(self, first_header: str, first_footer: str, header: str):
        self.first_header, self.first_footer, self.header = first_header, first_footer, header


def page_twips(millimetres: float) -> int:
    """Convert a page length to twips, rounded up so no margin is narrower than the data."""
    return math.ceil(millimetres * TWIPS_PER_MM)


def section_xml(page: PageGeometry | None, references: str) -> str:
    """Return the body's w:sectPr: header references, paper size, margins, first page apart."""
    page = page or standard_style().page
    t = page_twips
    return (
        f'<w:sectPr>{references}<w:pgSz w:w="{t(page.width)}" w:h="{t(page.height)}"/>'
        f'<w:pgMar w:top="{t(page.margin_top)}" w:right="{t(page.margin_right)}" '
        f'w:bottom="{t(page.margin_bottom)}" w:left="{t(page.margin_left)}" '
        f'w:header="{t(page.header_distance)}" w:footer="{t(page.footer_distance)}" '
        'w:gutter="0"/><w:cols w:space="720"/><w:titlePg/><w:docGrid w:linePitch="360"/>'
        "</w:sectPr>"
    )


def text_width(page: PageGeometry | None) -> int:
    """Return the width between the margins of a layout in twips."""
    page = page or standard_style().page
    return page_twips(page.width) - page_twips(page.margin_left) - page_twips(page.margin_right)


def header_stories(
    plan: RenderPlan, styles: Mapping[Role, str], report: ExportReport, width: int
) -> Stories:
    """Return the first-page header and footer and the running header from the plan."""
    # Header lines never become links, so their writer relates nothing.
    writer = TextWriter(Rels(), report, hyperlink_style=styles[Role.HYPERLINK])
    lines: list[tuple[str, str]] = []
    if plan.reprint_mark:
        lines.append(("", plan.reprint_mark))
    rows = max(len(plan.header_left), len(plan.header_right))
    for index in range(rows):
        left = plan.header_left[index] if index < len(plan.header_left) else ""
        right = plan.header_right[index] if index < len(plan.header_right) else ""
        lines.append((left, right))
    first: list[str] = []
    size = plan.typography.header_size
    for index, (left, right) in enumerate(lines):
        paragraph = _paragraph(styles[Role.HEADER_BLOCK], width, rule=index == len(lines) - 1)
        bold = index == len(lines) - rows  # the parliament's name and the Drucksache number
        fitting = _fitting_size(left + right, size, width)
        own = fitting if fitting < size else None
        writer.text(paragraph, left, bold=bold, links=False, size=own)
        paragraph.append(writer.run("\t", size=own))
        writer.text(paragraph, right, bold=bold, links=False, size=own)
        first.append(paragraph.xml())

    running: list[str] = []
    left, right = plan.running_header_left or "", plan.running_header_right or ""
    if left or right:
        # A page number of its own goes on a second, centred line: beside a long
        # left line a centred number would collide with it.
        own_line = PAGE not in left and PAGE not in right
        paragraph = _paragraph(styles[Role.HEADER], width, rule=not own_line)
        _with_page_field(paragraph, left, writer)
        paragraph.append(writer.run("\t"))
        _with_page_field(paragraph, right, writer)
        running.append(paragraph.xml())
        if own_line:
            paragraph = _paragraph(styles[Role.HEADER], width, rule=True, centre=True)
            paragraph.append(writer.run("\t"))
            _with_page_field(paragraph, f"– {PAGE} –", writer)
            running.append(paragraph.xml())

    footer: list[str] = []
    if plan.first_page_footer:
        paragraph = Paragraph(ppr_style(styles[Role.FOOTER]))
        writer.text(paragraph, plan.first_page_footer, links=False)
        footer.append(paragraph.xml())
    return Stories(
        _or_empty(first, styles[Role.HEADER]),
        _or_empty(footer, styles[Role.FOOTER]),
        _or_empty(running, styles[Role.HEADER]),
    )


def _or_empty(paragraphs: list[str], style: str) -> str:
    """Return a story's paragraphs, or one empty paragraph, as Word expects at least one."""
    return "".join(paragraphs) or Paragraph(ppr_style(style)).xml()


def _fitting_size(text: str, size: float, width: int) -> float:
    """Return the size, at most `size`, at which a header row's text fits on one line."""
    # A long name ("BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG") beside the
    # Drucksache number would wrap; the PDF shrinks such a row the same way.
    shares = sum(_CAPITAL_WIDTH if char.isupper() else _OTHER_WIDTH for char in text)
    room = width / 20 - _HEADER_GAP
    needed = shares * size
    return size if needed <= room else math.floor(2 * size * room / needed) / 2


def _with_page_field(paragraph: Paragraph, text: str, writer: TextWriter) -> None:
    """Append text, putting a PAGE field where the line says {page}."""
    for index, piece in enumerate(text.split(PAGE)):
        if index:
            # The cached "2" is shown until Word or LibreOffice updates the field.
            paragraph.append('<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>')
        if piece:
            writer.text(paragraph, piece, links=False)


def _paragraph(style: str, width: int, *, rule: bool, centre: bool = False) -> Paragraph:
    """Return a header paragraph with one right (or centre) tab stop, ruled below if asked."""
    kind, position = ("center", width // 2) if centre else ("right", width)
    border = _RULE if rule else ""
    tabs = f'<w:tabs><w:tab w:val="{kind}" w:pos="{position}"/></w:tabs>'
    return Paragraph(ppr_style(style) + border + tabs)
