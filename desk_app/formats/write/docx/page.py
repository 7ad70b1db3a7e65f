"""Page setup and the header and footer lines of an export.

The first page carries the parliament's header block (left and right column
set with a right tab stop, so each line stays one editable paragraph) and
its footer; later pages a running header with a PAGE field. Word's
"different first page" switch keeps the two apart.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section, _Footer, _Header
from docx.shared import Length, Twips

from desk_app.formats.write.docx.styles import TWIPS_PER_MM, Role
from desk_app.formats.write.docx.text import ExportReport, TextWriter
from desk_app.formats.write.docx.wml import make
from desk_app.formats.write.plan import PAGE, RenderPlan
from desk_app.rules.layout_loader import standard_style
from desk_app.rules.page_style import PageGeometry

# Rough advance widths of Arial-like faces, in font sizes: enough to tell a header
# row that would wrap (Word cannot shrink text to fit) from one that fits.
_CAPITAL_WIDTH = 0.72
_OTHER_WIDTH = 0.56
_HEADER_GAP = 24.0  # points kept free between the two sides of a header row


def page_twips(millimetres: float) -> Twips:
    """Convert a page length to twips, rounded up so no margin is narrower than the data."""
    return Twips(math.ceil(millimetres * TWIPS_PER_MM))


def set_a4(section: Section, page: PageGeometry | None = None) -> None:
    """Set the paper size and margins of a layout (the standard one unless given)."""
    page = page or standard_style().page
    section.page_width, section.page_height = page_twips(page.width), page_twips(page.height)
    section.top_margin = page_twips(page.margin_top)
    section.bottom_margin = page_twips(page.margin_bottom)
    section.left_margin = page_twips(page.margin_left)
    section.right_margin = page_twips(page.margin_right)
    section.header_distance = page_twips(page.header_distance)
    section.footer_distance = page_twips(page.footer_distance)


def prepare_headers(section: Section) -> None:
    """Make the section's first-page header and footer and its running header exist, empty."""
    section.different_first_page_header_footer = True
    for story in (section.first_page_header, section.first_page_footer, section.header):
        story.is_linked_to_previous = False
        _clear(story)


def write_headers(
    section: Section, plan: RenderPlan, styles: Mapping[Role, str], report: ExportReport
) -> None:
    """Fill the first-page header and footer and the running header from the plan."""
    width = _text_width(section)
    first = section.first_page_header
    writer = _writer(first, styles, report)
    lines: list[tuple[str, str]] = []
    if plan.reprint_mark:
        lines.append(("", plan.reprint_mark))
    rows = max(len(plan.header_left), len(plan.header_right))
    for index in range(rows):
        left = plan.header_left[index] if index < len(plan.header_left) else ""
        right = plan.header_right[index] if index < len(plan.header_right) else ""
        lines.append((left, right))
    root = _clear(first)
    size = plan.typography.header_size
    for index, (left, right) in enumerate(lines):
        paragraph = _paragraph(styles[Role.HEADER_BLOCK], width, rule=index == len(lines) - 1)
        bold = index == len(lines) - rows  # the parliament's name and the Drucksache number
        writer.text(paragraph, left, bold=bold, links=False)
        paragraph.append(writer.run("\t"))
        writer.text(paragraph, right, bold=bold, links=False)
        fitting = _fitting_size(left + right, size, width)
        if fitting < size:
            _set_size(paragraph, fitting)
        root.append(paragraph)

    running = section.header
    root = _clear(running)
    left, right = plan.running_header_left or "", plan.running_header_right or ""
    if left or right:
        writer = _writer(running, styles, report)
        # A page number of its own goes on a second, centred line: beside a long
        # left line a centred number would collide with it.
        own_line = PAGE not in left and PAGE not in right
        paragraph = _paragraph(styles[Role.HEADER], width, rule=not own_line)
        _with_page_field(paragraph, left, writer)
        paragraph.append(writer.run("\t"))
        _with_page_field(paragraph, right, writer)
        root.append(paragraph)
        if own_line:
            paragraph = _paragraph(styles[Role.HEADER], width, rule=True, centre=True)
            paragraph.append(writer.run("\t"))
            _with_page_field(paragraph, f"– {PAGE} –", writer)
            root.append(paragraph)

    footer = section.first_page_footer
    root = _clear(footer)
    if plan.first_page_footer:
        paragraph = make("w:p", None, _ppr(styles[Role.FOOTER]))
        _writer(footer, styles, report).text(paragraph, plan.first_page_footer, links=False)
        root.append(paragraph)
    for story in (first, running, footer):
        _ensure_paragraph(story, styles)


def _fitting_size(text: str, size: float, width: int) -> float:
    """Return the size, at most `size`, at which a header row's text fits on one line."""
    # A long name ("BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG") beside the
    # Drucksache number would wrap; the PDF shrinks such a row the same way.
    shares = sum(_CAPITAL_WIDTH if char.isupper() else _OTHER_WIDTH for char in text)
    room = width / 20 - _HEADER_GAP
    needed = shares * size
    return size if needed <= room else math.floor(2 * size * room / needed) / 2


def _set_size(paragraph: BaseOxmlElement, size: float) -> None:
    """Give every run of a paragraph its own font size (in points)."""
    half = str(round(size * 2))
    for run in paragraph.iter(qn("w:r")):
        props = run.find(qn("w:rPr"))
        if props is None:
            props = make("w:rPr")
            run.insert(0, props)
        props.append(make("w:sz", {"w:val": half}))
        props.append(make("w:szCs", {"w:val": half}))


def _ensure_paragraph(story: _Header | _Footer, styles: Mapping[Role, str]) -> None:
    """Leave at least one paragraph in a header or footer, as Word expects."""
    root = story.part.element
    if len(root) == 0:
        role = Role.HEADER if isinstance(story, _Header) else Role.FOOTER
        root.append(make("w:p", None, _ppr(styles[role])))


def _with_page_field(paragraph: BaseOxmlElement, text: str, writer: TextWriter) -> None:
    """Append text, putting a PAGE field where the line says {page}."""
    for index, piece in enumerate(text.split(PAGE)):
        if index:
            cached = make("w:r", None, make("w:t"))
            cached[0].text = "2"  # shown until Word or LibreOffice updates the field
            paragraph.append(make("w:fldSimple", {"w:instr": " PAGE "}, cached))
        if piece:
            writer.text(paragraph, piece, links=False)


def _paragraph(style: str, width: int, *, rule: bool, centre: bool = False) -> BaseOxmlElement:
    """Return a header paragraph with one right (or centre) tab stop, ruled below if asked."""
    ppr = _ppr(style)
    if rule:
        border = make(
            "w:bottom", {"w:val": "single", "w:sz": "4", "w:space": "4", "w:color": "auto"}
        )
        ppr.append(make("w:pBdr", None, border))
    kind, position = ("center", width // 2) if centre else ("right", width)
    ppr.append(make("w:tabs", None, make("w:tab", {"w:val": kind, "w:pos": str(position)})))
    return make("w:p", None, ppr)


def _ppr(style: str) -> BaseOxmlElement:
    """Return w:pPr naming a paragraph style."""
    return make("w:pPr", None, make("w:pStyle", {"w:val": style}))


def _writer(story: _Header | _Footer, styles: Mapping[Role, str], report: ExportReport):
    """Return a text writer whose links would be related from this header or footer part."""
    return TextWriter(story.part, report, hyperlink_style=styles[Role.HYPERLINK])


def _clear(story: _Header | _Footer) -> BaseOxmlElement:
    """Empty a header or footer and return its root element."""
    root = story.part.element
    for element in list(root):
        root.remove(element)
    return root


def _text_width(section: Section) -> int:
    """Return the width between the margins in twips."""
    page = section.page_width or page_twips(standard_style().page.width)
    left = section.left_margin or 0
    right = section.right_margin or 0
    return int(Length(page - left - right).twips)
