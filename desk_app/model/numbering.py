"""Derived numbering: footnotes by first reference, questions by position."""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator

from desk_app.model.inquiry import Inquiry
from desk_app.model.text import Text, footnote_refs


def inquiry_texts(inquiry: Inquiry) -> Iterator[Text]:
    """Yield every text of an inquiry in reading order: title, preamble, questions."""
    yield [inquiry.title]
    yield inquiry.preamble
    for question in inquiry.questions:
        yield question.text
        yield from question.subquestions


def document_texts(inquiry: Inquiry) -> Iterator[Text]:
    """Yield every text in the order a paper with the answer prints them.

    Title and preamble, the government's preliminary remark, then each
    question, and after it the answer parts whose last question it is (a
    joint answer stands after the last question it covers); a part that
    covers no question comes last. Without an answer this is `inquiry_texts`.
    """
    answer = inquiry.answer
    if answer is None:
        yield from inquiry_texts(inquiry)
        return
    yield [inquiry.title]
    yield inquiry.preamble
    yield answer.preliminary
    count = len(inquiry.questions)
    after: dict[int, list[Text]] = {}
    loose: list[Text] = []
    for part in answer.parts:
        covered = [int(q) - 1 for q in part.questions if q.isdigit() and 0 < int(q) <= count]
        if covered:
            after.setdefault(max(covered), []).append(part.text)
        else:
            loose.append(part.text)
    for index, question in enumerate(inquiry.questions):
        yield question.text
        yield from question.subquestions
        yield from after.get(index, [])
    yield from loose


def number_by_first_reference(refs: Iterable[str]) -> dict[str, int]:
    """Number footnote ids 1, 2, … in order of their first reference; the one numbering rule."""
    numbers: dict[str, int] = {}
    for footnote_id in refs:
        numbers.setdefault(footnote_id, len(numbers) + 1)
    return numbers


def footnote_order(inquiry: Inquiry, with_answer: bool = True) -> list[str]:
    """Return the referenced footnote ids in order of their first reference."""
    return list(footnote_numbers(inquiry, with_answer))


def footnote_numbers(inquiry: Inquiry, with_answer: bool = True) -> dict[str, int]:
    """Map each referenced footnote id to its number (1, 2, …).

    The answer's notes count on from the inquiry's, as a paper printing both
    numbers them; `with_answer=False` numbers what an inquiry alone prints.
    """
    texts = document_texts(inquiry) if with_answer else inquiry_texts(inquiry)
    return number_by_first_reference(
        footnote_id
        for text in texts
        for footnote_id in footnote_refs(text)
        if footnote_id in inquiry.footnotes
    )


def unreferenced_footnotes(inquiry: Inquiry) -> list[str]:
    """Return the ids of footnotes that no marker references, answer included, in stored order."""
    used = set(footnote_order(inquiry))
    return [fid for fid in inquiry.footnotes if fid not in used]


def question_label(index: int) -> str:
    """Return the label of the question at a 0-based position ("1", "2", …)."""
    return str(index + 1)


def subquestion_label(index: int) -> str:
    """Return the label of a sub-question at a 0-based position ("a", "b", …, "aa")."""
    letters = string.ascii_lowercase
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = letters[rest] + label
    return label
