"""Turn the answer layout's plan into reportlab flowables: each question followed by its answer."""

from __future__ import annotations

from reportlab.platypus.flowables import Flowable

from desk_app.formats.write.answer_plan import PlannedAnswer
from desk_app.formats.write.pdf.footnote_frame import NoteFlush
from desk_app.formats.write.pdf.markup import segments, text_segments
from desk_app.formats.write.pdf.story import ParagraphMaker, build_story, question_flowables
from desk_app.formats.write.pdf.styles import PdfStyles
from desk_app.formats.write.plan import RenderPlan
from desk_app.model.text import ParagraphStyle as BlockStyle
from desk_app.model.text import Text


def build_answer_story(
    plan: RenderPlan, styles: PdfStyles, maker: ParagraphMaker
) -> list[Flowable]:
    """Return the answer layout's flowables in reading order, ending with the note flush."""
    answer = plan.answer
    if answer is None:  # the plan of another layout
        return build_story(plan, styles, maker)
    story: list[Flowable] = []
    if answer.title_line:
        story.append(maker.make(text_segments(answer.title_line), styles.kind))
    if plan.title:
        story.append(maker.make(segments(plan.title, plan.numbers), styles.title))
    if answer.intro:
        story.append(maker.make(text_segments(answer.intro), styles.body))
    story += _remark(answer.inquiry_heading, plan.preamble, plan, styles, maker)
    story += _remark(answer.preliminary_heading, answer.preliminary, plan, styles, maker)
    for item in answer.items:
        if isinstance(item, PlannedAnswer):
            story += _paragraphs(item.text, plan, styles, maker)
            continue
        story += question_flowables(item.text, plan, styles.question, maker, item.label)
        for label, sub in item.subquestions:
            story += question_flowables(sub, plan, styles.subquestion, maker, label)
    story.append(NoteFlush())
    return story


def _remark(
    heading: str | None, text: Text, plan: RenderPlan, styles: PdfStyles, maker: ParagraphMaker
) -> list[Flowable]:
    """Return a remark under its heading; an empty remark is left out."""
    if not text:
        return []
    flowables: list[Flowable] = []
    if heading:
        flowables.append(maker.make(text_segments(heading), styles.heading))
    return flowables + _paragraphs(text, plan, styles, maker)


def _paragraphs(
    text: Text, plan: RenderPlan, styles: PdfStyles, maker: ParagraphMaker
) -> list[Flowable]:
    """Return paragraphs of rich text, quotes in the quote style."""
    return [
        maker.make(
            segments(para.inlines, plan.numbers),
            styles.quote if para.style == BlockStyle.QUOTE else styles.body,
        )
        for para in text
    ]
