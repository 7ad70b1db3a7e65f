"""Write the render plan's body into a prepared document, one styled paragraph per line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from docx.oxml.xmlchemy import BaseOxmlElement

from desk_app.formats.write.docx.numbering import QuestionList
from desk_app.formats.write.docx.styles import Role
from desk_app.formats.write.docx.text import TextWriter
from desk_app.formats.write.docx.wml import make
from desk_app.formats.write.plan import RenderPlan
from desk_app.model import Paragraph, ParagraphStyle, Text, footnote_refs
from desk_app.model.text import Inline


def repeated_markers(plan: RenderPlan) -> set[str]:
    """Return the ids of notes whose marker stands more than once in the body."""
    counts = Counter(footnote_refs(_texts(plan)))
    return {footnote_id for footnote_id, count in counts.items() if count > 1}


class BodyWriter:
    """Append the plan's paragraphs to the body, before its section properties."""

    def __init__(
        self,
        body: BaseOxmlElement,
        writer: TextWriter,
        styles: Mapping[Role, str],
        questions: QuestionList,
    ):
        self._body = body
        self._end = body[-1] if len(body) and body[-1].tag.endswith("}sectPr") else None
        self._writer = writer
        self._styles = styles
        self._list = questions

    def write(self, plan: RenderPlan) -> None:
        """Write kind, originators, title, preamble, lead-in, questions, date and signature."""
        self._line(Role.KIND, plan.kind_line)
        self._line(Role.ORIGINATOR, plan.originator_line)
        if plan.title:
            self._inlines(Role.TITLE, plan.title)
        if not plan.preamble_after_questions:
            self._preamble(plan)
        self._line(Role.LEAD_IN, plan.lead_in)
        for index, question in enumerate(plan.questions):
            self._item(0, index, question.label, question.text)
            for sub_index, (label, text) in enumerate(question.subquestions):
                self._item(1, sub_index, label, text)
        self._line(Role.DATE, plan.date_line)
        for line in plan.signature:
            self._line(Role.SIGNATURE, line)
        if plan.preamble_after_questions:
            # Baden-Württemberg prints its Begründung after the signed questions.
            self._preamble(plan)

    def _preamble(self, plan: RenderPlan) -> None:
        """Write the preamble with its heading, quotes in the quote style."""
        if plan.preamble and plan.preamble_heading:
            self._line(Role.HEADING, plan.preamble_heading)
        for para in plan.preamble:
            role = Role.QUOTE if para.style is ParagraphStyle.QUOTE else Role.NORMAL
            self._inlines(role, para.inlines)

    def _item(self, level: int, index: int, label: str, text: Text) -> None:
        """Write a question or sub-question, numbered by Word where Word prints the label."""
        numbered = self._list.renders(level, index, label)
        first_role = Role.QUESTION if level == 0 else Role.SUBQUESTION
        more_role = Role.QUESTION_MORE if level == 0 else Role.SUBQUESTION_MORE
        paragraphs = text or [Paragraph()]
        first = self._paragraph(first_role, self._list.number_properties(level, numbered))
        if not numbered:
            first.append(self._writer.run(f"{label}\t"))
        self._writer.inlines(first, paragraphs[0].inlines)
        for para in paragraphs[1:]:
            self._writer.inlines(self._paragraph(more_role), para.inlines)

    def _line(self, role: Role, text: str | None) -> None:
        """Write one plain line in a style; a line the plan left out stays out."""
        if text:
            self._writer.text(self._paragraph(role), text)

    def _inlines(self, role: Role, inlines: list[Inline]) -> None:
        """Write one paragraph of rich text in a style."""
        self._writer.inlines(self._paragraph(role), inlines)

    def _paragraph(self, role: Role, numbering: BaseOxmlElement | None = None) -> BaseOxmlElement:
        """Add an empty paragraph in a style to the body and return it."""
        ppr = make("w:pPr")
        if role is not Role.NORMAL:
            ppr.append(make("w:pStyle", {"w:val": self._styles[role]}))
        if numbering is not None:
            ppr.append(numbering)
        paragraph = make("w:p", None, ppr) if len(ppr) else make("w:p")
        if self._end is not None:
            self._end.addprevious(paragraph)
        else:
            self._body.append(paragraph)
        return paragraph


def _texts(plan: RenderPlan) -> Text:
    """Return every paragraph that may hold markers, in reading order."""
    texts: Text = [Paragraph(list(plan.title)), *plan.preamble]
    for question in plan.questions:
        texts += question.text
        for _label, sub in question.subquestions:
            texts += sub
    return texts
