"""What every exporter prints, computed once: numbering, header lines, template text.

DOCX and PDF differ in how they draw; they must not differ in what they say.
Lines whose placeholders have no value (no Drucksache number yet) are left
out here, so no exporter can print "None" or "{drucksache}".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.formats.write.answer_plan import AnswerPlan, answer_of, frame_values, plan_answer
from desk_app.formats.write.plan_parts import (
    PAGE,
    DocumentMeta,
    LayoutName,
    PlannedNote,
    PlannedQuestion,
)
from desk_app.model import Inquiry, Text, footnote_numbers, footnote_order, plain
from desk_app.model.numbering import question_label, subquestion_label
from desk_app.model.text import Inline
from desk_app.rules.page_style import PageGeometry, Typography
from desk_app.rules.placeholders import fill, join_names
from desk_app.rules.profile import Parliament
from desk_app.rules.templates import document_values, originator_line


@dataclass(slots=True)
class RenderPlan:
    """Hold everything an exporter prints, in reading order, with numbers resolved."""

    layout: LayoutName
    font: str
    page: PageGeometry
    typography: Typography
    header_left: list[str]
    header_right: list[str]
    running_header_left: str | None
    running_header_right: str | None
    first_page_footer: str | None
    reprint_mark: str | None
    kind_line: str | None
    originator_line: str
    title: list[Inline]
    preamble_heading: str | None
    preamble: Text
    preamble_after_questions: bool
    lead_in: str
    questions: list[PlannedQuestion]
    subquestion_label: str  # the form of a sub-question's label, e.g. "{label})"
    date_line: str | None
    signature: list[str]
    notes: list[PlannedNote]
    numbers: dict[str, int] = field(default_factory=dict)
    meta: DocumentMeta = field(default_factory=lambda: DocumentMeta("", "", "", ""))
    answer: AnswerPlan | None = None  # set in the answer layout only


def choose_layout(inquiry: Inquiry, requested: str | None) -> LayoutName:
    """Return the requested layout, or drucksache once the inquiry has a number, else submission."""
    if requested:
        return LayoutName(requested)
    return LayoutName.DRUCKSACHE if inquiry.drucksache else LayoutName.SUBMISSION


def build_plan(inquiry: Inquiry, parliament: Parliament, layout: str | None = None) -> RenderPlan:
    """Compute the render plan of an inquiry in one of the parliament's layouts."""
    chosen = choose_layout(inquiry, layout)
    kind = parliament.kind(inquiry.kind)
    template = kind.template
    values = {**document_values(parliament, inquiry), "page": PAGE}
    page_layout = parliament.layout
    frame = values
    if chosen is LayoutName.ANSWER:
        answer_of(inquiry)  # refuse before anything is computed
        frame = frame_values(values)
    if chosen is not LayoutName.SUBMISSION:
        left, right = page_layout.header_left, page_layout.header_right
        running = (page_layout.running_header_left, page_layout.running_header_right)
        footer = _one(page_layout.first_page_footer, frame)
        reprint = _one(page_layout.reprint_mark, frame) if frame["reprinted"] else None
    else:
        # A submission has no Drucksache header yet; its lines come from the layout file.
        submission = page_layout.submission
        left, right = submission.header_left, submission.header_right
        running = (submission.running_header_left, submission.running_header_right)
        footer = reprint = None
    # Only the answer layout prints the answer, and with it the answer's notes.
    with_answer = chosen is LayoutName.ANSWER
    numbers = footnote_numbers(inquiry, with_answer)
    dates = inquiry.dates
    known_days = [
        day
        for day in (dates.drafted, dates.signed, dates.submitted, dates.issued, dates.reprinted)
        if day is not None
    ]
    title_text = plain(inquiry.title.inlines).strip()
    kind_line = _one(template.kind_line, values)
    questions = _questions(inquiry, template.subquestion_label)
    answer = None
    if chosen is LayoutName.ANSWER:
        answer = plan_answer(inquiry, template, values, questions)
    return RenderPlan(
        layout=chosen,
        font=page_layout.font,
        page=page_layout.page,
        typography=page_layout.typography,
        header_left=_all(left, frame),
        header_right=_all(right, frame),
        running_header_left=_one(running[0], frame),
        running_header_right=_one(running[1], frame),
        first_page_footer=footer,
        reprint_mark=reprint,
        kind_line=kind_line,
        originator_line=originator_line(parliament, inquiry),
        title=list(inquiry.title.inlines),
        preamble_heading=_one(template.preamble_heading, values),
        preamble=inquiry.preamble,
        preamble_after_questions=template.preamble_after_questions,
        lead_in=inquiry.lead_in,
        questions=questions,
        subquestion_label=template.subquestion_label,
        date_line=_one(template.date_line, values),
        signature=list(inquiry.signature),
        notes=[
            PlannedNote(numbers[fid], fid, inquiry.footnotes[fid].text)
            for fid in footnote_order(inquiry, with_answer)
        ],
        numbers=numbers,
        meta=DocumentMeta(
            title=title_text,
            author=join_names([o.name for o in inquiry.originators]) or inquiry.faction,
            subject=" – ".join(part for part in (parliament.name, kind_line) if part),
            keywords=", ".join(
                part
                for part in (kind.display_name, inquiry.drucksache and f"Drs. {inquiry.drucksache}")
                if part
            ),
            created=min(known_days, default=None),
            modified=max(known_days, default=None),
        ),
        answer=answer,
    )


def _questions(inquiry: Inquiry, sub_form: str) -> list[PlannedQuestion]:
    """Label the questions and sub-questions by position."""
    return [
        PlannedQuestion(
            label=f"{question_label(index)}.",
            text=question.text,
            subquestions=tuple(
                (fill(sub_form, {"label": subquestion_label(sub_index)}) or "", sub)
                for sub_index, sub in enumerate(question.subquestions)
            ),
        )
        for index, question in enumerate(inquiry.questions)
    ]


def _one(line: str, values: dict[str, str | None]) -> str | None:
    """Fill one line; None if empty or a placeholder has no value."""
    return fill(line, values) if line else None


def _all(lines: tuple[str, ...], values: dict[str, str | None]) -> list[str]:
    """Fill lines and leave out those with a missing value."""
    return [filled for filled in (fill(line, values) for line in lines) if filled]
