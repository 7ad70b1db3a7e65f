"""Page setup and the header and footer lines of an export.

The first page carries the parliament's header block (left and right column
set with a right tab stop, so each line stays one editable paragraph) and
its footer; later pages a running header with a PAGE field. Word's
"different first page" switch keeps the two apart.
"""

from __future__ import annotations

from collections.abc import Mapping

from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section, _Footer, _Header
from docx.shared import Length, Twips

from desk_app.formats.write.docx.styles import Role
from desk_app.formats.write.docx.text import ExportReport, TextWriter
from desk_app.formats.write.docx.wml import make
from desk_app.formats.write.plan import PAGE, RenderPlan

A4 = (Twips(11906), Twips(16838))
# Margins in twips: 2.5 cm top and left (binding side), 2 cm right and bottom.
MARGINS = {"top": 1418, "bottom": 1134, "left": 1418, "right": 1134, "header": 709, "footer": 567}


def set_a4(section: Section) -> None:
    """Set A4 portrait with the margins of a printed paper."""
    section.page_width, section.page_height = A4
    section.top_margin = Twips(MARGINS["top"])
    section.bottom_margin = Twips(MARGINS["bottom"])
    section.left_margin = Twips(MARGINS["left"])
    section.right_margin = Twips(MARGINS["right"])
    section.header_distance = Twips(MARGINS["header"])
    section.footer_distance = Twips(MARGINS["footer"])


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
    for index, (left, right) in enumerate(lines):
        paragraph = _paragraph(styles[Role.HEADER], width, rule=index == len(lines) - 1)
        bold = index == len(lines) - rows  # the parliament's name and the Drucksache number
        writer.text(paragraph, left, bold=bold, links=False)
        paragraph.append(writer.run("\t"))
        writer.text(paragraph, right, bold=bold, links=False)
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
    page = section.page_width or A4[0]
    left = section.left_margin or 0
    right = section.right_margin or 0
    return int(Length(page - left - right).twips)
