"""Write the render plan's body as WordprocessingML paragraphs, one styled paragraph per line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from desk_app.formats.write.docx.numbering import QuestionList
from desk_app.formats.write.docx.styles import Role
from desk_app.formats.write.docx.text import TextWriter
from desk_app.formats.write.docx.wml import Paragraph as WordParagraph
from desk_app.formats.write.docx.wml import ppr_style
from desk_app.formats.write.plan import RenderPlan
from desk_app.model import Paragraph, ParagraphStyle, Text, footnote_refs
from desk_app.model.text import Inline


def repeated_markers(plan: RenderPlan) -> set[str]:
    """Return the ids of notes whose marker stands more than once in the body."""
    counts = Counter(footnote_refs(_texts(plan)))
    return {footnote_id for footnote_id, count in counts.items() if count > 1}


class BodyWriter:
    """Collect the plan's paragraphs as the XML of a document body."""

    def __init__(self, writer: TextWriter, styles: Mapping[Role, str], questions: QuestionList):
        self._paragraphs: list[WordParagraph] = []
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

    def xml(self) -> str:
        """Return the paragraphs written so far, in order."""
        return "".join(paragraph.xml() for paragraph in self._paragraphs)

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

    def _paragraph(self, role: Role, numbering: str = "") -> WordParagraph:
        """Add an empty paragraph in a style to the body and return it."""
        ppr = "" if role is Role.NORMAL else ppr_style(self._styles[role])
        paragraph = WordParagraph(ppr + numbering)
        self._paragraphs.append(paragraph)
        return paragraph


def _texts(plan: RenderPlan) -> Text:
    """Return every paragraph that may hold markers, in reading order."""
    texts: Text = [Paragraph(list(plan.title)), *plan.preamble]
    for question in plan.questions:
        texts += question.text
        for _label, sub in question.subquestions:
            texts += sub
    return texts
