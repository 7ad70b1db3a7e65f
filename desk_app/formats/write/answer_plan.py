"""What the "Antwort" layout prints: the answer's title block, both remarks, questions with answers.

Each question is restated and followed by its answer, as the parliaments
print answers; a joint answer follows the last question it covers, so the
questions it answers stand together right above it (NRW practice).
"""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.formats.write.plan_parts import PlannedQuestion
from desk_app.i18n import N_, _
from desk_app.model import Answer, DeskError, Inquiry, Text
from desk_app.rules.placeholders import fill
from desk_app.rules.profile import Template

NO_ANSWER = N_("Zu dieser Anfrage ist noch keine Antwort erfasst.")


@dataclass(frozen=True, slots=True)
class PlannedAnswer:
    """Hold one answer part with the labels of the questions it answers."""

    questions: tuple[str, ...]
    text: Text


@dataclass(frozen=True, slots=True)
class AnswerPlan:
    """Hold what the answer layout prints besides the inquiry's title, preamble and notes."""

    title_line: str | None
    intro: str | None
    inquiry_heading: str | None
    preliminary_heading: str | None
    preliminary: Text
    items: tuple[PlannedQuestion | PlannedAnswer, ...]


def answer_of(inquiry: Inquiry) -> Answer:
    """Return the inquiry's answer, or raise the DeskError that none is recorded."""
    if inquiry.answer is None:
        raise DeskError(_(NO_ANSWER))
    return inquiry.answer


def frame_values(values: dict[str, str | None]) -> dict[str, str | None]:
    """Return the values of the page frame: the answer's own Drucksache and dates."""
    # The header, running header and footer lines name "{drucksache}" and "{issued}";
    # on an answer these are the answer's, and its original is the covering letter.
    return {
        **values,
        "drucksache": values["answer_drucksache"],
        "issued": values["answer_issued"],
        "issued_long": None,
        "signed": values["answered"],
        "signed_long": values["answered_long"],
        "reprinted": None,
    }


def plan_answer(
    inquiry: Inquiry,
    template: Template,
    values: dict[str, str | None],
    questions: list[PlannedQuestion],
) -> AnswerPlan:
    """Compute the answer layout's lines and the order of questions and answers."""
    answer = answer_of(inquiry)
    preliminary = answer.preliminary
    return AnswerPlan(
        title_line=_one(template.answer_title, values),
        intro=_one(template.answer_intro, values),
        inquiry_heading=_one(template.answer_preamble_heading, values)
        if inquiry.preamble
        else None,
        preliminary_heading=_one(template.answer_preliminary_heading, values)
        if preliminary
        else None,
        preliminary=preliminary,
        items=_items(answer, questions),
    )


def _items(
    answer: Answer, questions: list[PlannedQuestion]
) -> tuple[PlannedQuestion | PlannedAnswer, ...]:
    """Put each answer part after the last question it covers; parts naming none go last."""
    after: dict[int, list[PlannedAnswer]] = {}
    loose: list[PlannedAnswer] = []
    for part in answer.parts:
        indexes = [
            int(label) - 1
            for label in part.questions
            if label.isdigit() and 0 < int(label) <= len(questions)
        ]
        planned = PlannedAnswer(tuple(part.questions), part.text)
        if indexes:
            after.setdefault(max(indexes), []).append(planned)
        else:
            loose.append(planned)
    items: list[PlannedQuestion | PlannedAnswer] = []
    for index, question in enumerate(questions):
        items.append(question)
        items += after.get(index, [])
    return (*items, *loose)


def _one(line: str, values: dict[str, str | None]) -> str | None:
    """Fill one line; None if empty or a placeholder has no value."""
    return fill(line, values) if line else None
