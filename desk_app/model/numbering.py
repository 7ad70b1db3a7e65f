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


def number_by_first_reference(refs: Iterable[str]) -> dict[str, int]:
    """Number footnote ids 1, 2, … in order of their first reference; the one numbering rule."""
    numbers: dict[str, int] = {}
    for footnote_id in refs:
        numbers.setdefault(footnote_id, len(numbers) + 1)
    return numbers


def footnote_order(inquiry: Inquiry) -> list[str]:
    """Return the referenced footnote ids in order of their first reference."""
    return list(footnote_numbers(inquiry))


def footnote_numbers(inquiry: Inquiry) -> dict[str, int]:
    """Map each referenced footnote id to its number (1, 2, …)."""
    return number_by_first_reference(
        footnote_id
        for text in inquiry_texts(inquiry)
        for footnote_id in footnote_refs(text)
        if footnote_id in inquiry.footnotes
    )


def unreferenced_footnotes(inquiry: Inquiry) -> list[str]:
    """Return the ids of footnotes that no marker references, in stored order."""
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
