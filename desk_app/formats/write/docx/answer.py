"""Write the answer layout's body: title block, both remarks, questions each with its answer."""

from __future__ import annotations

from desk_app.formats.write.answer_plan import PlannedAnswer
from desk_app.formats.write.docx.body import BodyWriter
from desk_app.formats.write.docx.styles import Role
from desk_app.formats.write.plan import RenderPlan
from desk_app.model import ParagraphStyle, Text


class AnswerBodyWriter(BodyWriter):
    """Append the answer layout's paragraphs; questions keep Word's list numbering."""

    def write(self, plan: RenderPlan) -> None:
        """Write title line, title, intro, both remarks, then questions and answers in turn."""
        answer = plan.answer
        if answer is None:  # the plan of another layout: write it as that layout
            super().write(plan)
            return
        self._line(Role.KIND, answer.title_line)
        if plan.title:
            self._inlines(Role.TITLE, plan.title)
        self._line(Role.NORMAL, answer.intro)
        self._remark(answer.inquiry_heading, plan.preamble)
        self._remark(answer.preliminary_heading, answer.preliminary)
        index = 0
        for item in answer.items:
            if isinstance(item, PlannedAnswer):
                self._text(item.text)
                continue
            self._item(0, index, item.label, item.text)
            for sub_index, (label, text) in enumerate(item.subquestions):
                self._item(1, sub_index, label, text)
            index += 1

    def _remark(self, heading: str | None, text: Text) -> None:
        """Write a preliminary remark under its heading; an empty one is left out."""
        if not text:
            return
        self._line(Role.HEADING, heading)
        self._text(text)

    def _text(self, text: Text) -> None:
        """Write paragraphs of rich text, quotes in the quote style."""
        for para in text:
            role = Role.QUOTE if para.style is ParagraphStyle.QUOTE else Role.NORMAL
            self._inlines(role, para.inlines)
