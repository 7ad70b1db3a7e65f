"""Turn a render plan into reportlab flowables: the body story and the note paragraphs."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus.flowables import Flowable, KeepTogether
from reportlab.platypus.paragraph import Paragraph

from desk_app.formats.write.pdf.fonts import FontFaces
from desk_app.formats.write.pdf.footnote_frame import NoteFlush
from desk_app.formats.write.pdf.markup import Segment, join_segments, segments, text_segments
from desk_app.formats.write.pdf.paragraphs import WrapOnceParagraph
from desk_app.formats.write.pdf.styles import PdfStyles
from desk_app.formats.write.pdf.url_breaks import UrlBreaker
from desk_app.formats.write.plan import RenderPlan
from desk_app.model.text import ParagraphStyle as BlockStyle
from desk_app.model.text import Text


class ParagraphMaker:
    """Build paragraphs whose long URLs break to the width their style leaves."""

    def __init__(self, faces: FontFaces, frame_width: float) -> None:
        self._faces = faces
        self._frame_width = frame_width

    def make(
        self, parts: list[Segment], style: ParagraphStyle, bullet: str | None = None
    ) -> Paragraph:
        """Return a paragraph of segments in a style, with an optional hanging label."""
        width = self._frame_width - style.leftIndent - style.rightIndent

        def probe(markup: str) -> Paragraph:
            return Paragraph(markup, style, bulletText=bullet)

        breaker = UrlBreaker(probe, width, self._faces, style.fontSize)
        return WrapOnceParagraph(join_segments(parts, breaker), style, bulletText=bullet)


def build_story(plan: RenderPlan, styles: PdfStyles, maker: ParagraphMaker) -> list[Flowable]:
    """Return the body flowables in reading order, ending with the note flush."""
    numbers = plan.numbers
    story: list[Flowable] = []
    if plan.kind_line:
        story.append(maker.make(text_segments(plan.kind_line), styles.kind))
    if plan.originator_line:
        story.append(maker.make(text_segments(plan.originator_line), styles.originator))
    if plan.title:
        story.append(maker.make(segments(plan.title, numbers), styles.title))
    preamble = _preamble(plan, styles, maker)
    if not plan.preamble_after_questions:
        story.extend(preamble)
    if plan.lead_in:
        story.append(maker.make(text_segments(plan.lead_in), styles.lead_in))
    for question in plan.questions:
        story.extend(
            question_flowables(question.text, plan, styles.question, maker, question.label)
        )
        for label, sub in question.subquestions:
            story.extend(question_flowables(sub, plan, styles.subquestion, maker, label))
    closing: list[Flowable] = []
    if plan.date_line:
        closing.append(maker.make(text_segments(plan.date_line), styles.date_line))
    for index, line in enumerate(plan.signature):
        style = styles.signature
        if index == 0 and not plan.date_line:
            style = ParagraphStyle("signature_first", parent=style, spaceBefore=24)
        closing.append(maker.make(text_segments(line), style))
    if closing:
        story.append(KeepTogether(closing))
    if plan.preamble_after_questions:
        # Baden-Württemberg prints its Begründung after the signed questions, as the DOCX does.
        story.extend(preamble)
    story.append(NoteFlush())
    return story


def build_notes(plan: RenderPlan, styles: PdfStyles, maker: ParagraphMaker) -> dict[int, Paragraph]:
    """Return one paragraph per note, numbered, its paragraphs joined by line breaks."""
    notes: dict[int, Paragraph] = {}
    for note in plan.notes:
        parts: list[Segment] = []
        for index, block in enumerate(note.text):
            if index:
                parts.append("<br/>")
            # A marker inside a note has no note of its own to point to: leave it out.
            parts.extend(segments(block.inlines, {}))
        notes[note.number] = maker.make(parts, styles.note, str(note.number))
    return notes


def _preamble(plan: RenderPlan, styles: PdfStyles, maker: ParagraphMaker) -> list[Flowable]:
    """Return the preamble heading (if the template has one) and its paragraphs."""
    flowables: list[Flowable] = []
    if plan.preamble_heading and plan.preamble:
        flowables.append(maker.make(text_segments(plan.preamble_heading), styles.heading))
    for block in plan.preamble:
        style = styles.quote if block.style == BlockStyle.QUOTE else styles.body
        flowables.append(maker.make(segments(block.inlines, plan.numbers), style))
    return flowables


def question_flowables(
    text: Text, plan: RenderPlan, style: ParagraphStyle, maker: ParagraphMaker, label: str
) -> list[Flowable]:
    """Return a question's paragraphs; the first carries the hanging label."""
    blocks = text or []
    if not blocks:
        return [maker.make([], style, label)]
    return [
        maker.make(segments(block.inlines, plan.numbers), style, label if index == 0 else None)
        for index, block in enumerate(blocks)
    ]
