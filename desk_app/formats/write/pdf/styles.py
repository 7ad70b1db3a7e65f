"""Paragraph styles of the PDF export, sized by the layout's typography (resources/layouts/)."""

from __future__ import annotations

from typing import NamedTuple

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from desk_app.formats.write.pdf.fonts import FAMILY, FontFaces
from desk_app.rules.layout_loader import standard_style
from desk_app.rules.page_style import Typography

# Line distances above the font size, in points: reportlab needs a leading per style.
BODY_EXTRA_LEADING = 3.5
NOTE_EXTRA_LEADING = 2.0
KIND_EXTRA_LEADING = 3.0
NOTE_NUMBER_SHARE = 0.72  # the note's raised number, as a share of the note size
# The standard layout's sizes, for callers that have no render plan at hand.
BODY_SIZE = standard_style().typography.body_size
NOTE_SIZE = standard_style().typography.note_size


# A NamedTuple rather than a frozen dataclass: every PDF process builds it at import (~1 ms less).
class PdfStyles(NamedTuple):
    """Hold every paragraph style the story uses."""

    body: ParagraphStyle
    quote: ParagraphStyle
    kind: ParagraphStyle
    originator: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    lead_in: ParagraphStyle
    question: ParagraphStyle
    subquestion: ParagraphStyle
    date_line: ParagraphStyle
    signature: ParagraphStyle
    note: ParagraphStyle


def build_styles(faces: FontFaces, typography: Typography | None = None) -> PdfStyles:
    """Build the styles on the registered font faces, sized by a layout's typography."""
    sizes = typography or standard_style().typography
    body_size, note_size = sizes.body_size, sizes.note_size
    question_indent = sizes.question_indent * mm
    body = ParagraphStyle(
        "body",
        fontName=FAMILY,
        fontSize=body_size,
        leading=body_size + BODY_EXTRA_LEADING,
        alignment=TA_JUSTIFY,
        spaceAfter=7,
        bulletFontName=faces.regular,
        bulletFontSize=body_size,
        # A lone first or last line of a paragraph on a page looks like an error.
        allowOrphans=0,
        allowWidows=0,
    )
    left = ParagraphStyle("left", parent=body, alignment=TA_LEFT)
    return PdfStyles(
        body=body,
        quote=ParagraphStyle(
            "quote",
            parent=body,
            leftIndent=sizes.quote_indent * mm,
            rightIndent=sizes.quote_indent * mm,
        ),
        kind=ParagraphStyle(
            "kind",
            parent=left,
            fontName=faces.bold,
            fontSize=sizes.kind_size,
            leading=sizes.kind_size + KIND_EXTRA_LEADING,
            spaceAfter=4,
        ),
        originator=ParagraphStyle("originator", parent=left, spaceAfter=14),
        title=ParagraphStyle(
            "title",
            parent=left,
            fontName=faces.bold,
            fontSize=sizes.title_size,
            leading=sizes.title_size + BODY_EXTRA_LEADING,
            spaceAfter=14,
        ),
        heading=ParagraphStyle("heading", parent=left, fontName=faces.bold, keepWithNext=1),
        lead_in=ParagraphStyle("lead_in", parent=left, spaceBefore=4, keepWithNext=1),
        question=ParagraphStyle(
            "question", parent=body, leftIndent=question_indent, bulletIndent=0
        ),
        subquestion=ParagraphStyle(
            "subquestion",
            parent=body,
            leftIndent=2 * question_indent,
            bulletIndent=question_indent,
        ),
        date_line=ParagraphStyle("date_line", parent=left, spaceBefore=18),
        signature=ParagraphStyle("signature", parent=left, spaceAfter=0),
        note=ParagraphStyle(
            "note",
            parent=left,
            fontSize=note_size,
            leading=note_size + NOTE_EXTRA_LEADING,
            spaceAfter=0,
            leftIndent=sizes.note_indent * mm,
            bulletIndent=0,
            # The note's number is set small and raised, like its marker in the text.
            bulletFontSize=round(note_size * NOTE_NUMBER_SHARE * 2) / 2,
            bulletOffsetY=3,
            # A note may break anywhere when it has to continue on the next page.
            allowOrphans=1,
            allowWidows=1,
        ),
    )
