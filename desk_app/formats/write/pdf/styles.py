"""Paragraph styles of the PDF export, modelled on an NRW Drucksache (Arial 11 pt)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from desk_app.formats.write.pdf.fonts import FAMILY, FontFaces

BODY_SIZE = 11.0
NOTE_SIZE = 9.0
QUESTION_INDENT = 7 * mm
NOTE_INDENT = 4 * mm


@dataclass(frozen=True, slots=True)
class PdfStyles:
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


def build_styles(faces: FontFaces) -> PdfStyles:
    """Build the styles on the registered font faces."""
    body = ParagraphStyle(
        "body",
        fontName=FAMILY,
        fontSize=BODY_SIZE,
        leading=14.5,
        alignment=TA_JUSTIFY,
        spaceAfter=7,
        bulletFontName=faces.regular,
        bulletFontSize=BODY_SIZE,
        # A lone first or last line of a paragraph on a page looks like an error.
        allowOrphans=0,
        allowWidows=0,
    )
    left = ParagraphStyle("left", parent=body, alignment=TA_LEFT)
    return PdfStyles(
        body=body,
        quote=ParagraphStyle("quote", parent=body, leftIndent=10 * mm, rightIndent=10 * mm),
        kind=ParagraphStyle(
            "kind", parent=left, fontName=faces.bold, fontSize=14, leading=17, spaceAfter=4
        ),
        originator=ParagraphStyle("originator", parent=left, spaceAfter=14),
        title=ParagraphStyle("title", parent=left, fontName=faces.bold, spaceAfter=14),
        heading=ParagraphStyle("heading", parent=left, fontName=faces.bold, keepWithNext=1),
        lead_in=ParagraphStyle("lead_in", parent=left, spaceBefore=4, keepWithNext=1),
        question=ParagraphStyle(
            "question", parent=body, leftIndent=QUESTION_INDENT, bulletIndent=0
        ),
        subquestion=ParagraphStyle(
            "subquestion",
            parent=body,
            leftIndent=2 * QUESTION_INDENT,
            bulletIndent=QUESTION_INDENT,
        ),
        date_line=ParagraphStyle("date_line", parent=left, spaceBefore=18),
        signature=ParagraphStyle("signature", parent=left, spaceAfter=0),
        note=ParagraphStyle(
            "note",
            parent=left,
            fontSize=NOTE_SIZE,
            leading=11,
            spaceAfter=0,
            leftIndent=NOTE_INDENT,
            bulletIndent=0,
            # The note's number is set small and raised, like its marker in the text.
            bulletFontSize=6.5,
            bulletOffsetY=3,
            # A note may break anywhere when it has to continue on the next page.
            allowOrphans=1,
            allowWidows=1,
        ),
    )
