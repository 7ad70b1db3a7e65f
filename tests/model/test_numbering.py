"""Footnote numbers follow the first reference; question labels follow position."""

from __future__ import annotations

from desk_app.model import (
    Footnote,
    FootnoteRef,
    Inquiry,
    Paragraph,
    Question,
    Run,
    footnote_numbers,
    paragraph,
    subquestion_label,
    unreferenced_footnotes,
)
from desk_app.model.numbering import number_by_first_reference


def _inquiry_with_refs() -> Inquiry:
    inquiry = Inquiry("NW", "kleine-anfrage")
    inquiry.footnotes = {fid: Footnote(fid, [paragraph(f"Note {fid}")]) for fid in "abcd"}
    inquiry.preamble = [
        Paragraph([Run("Erst"), FootnoteRef("c"), Run(" dann"), FootnoteRef("a")]),
        Paragraph([Run("wieder"), FootnoteRef("c")]),
    ]
    inquiry.questions = [Question([Paragraph([Run("Frage"), FootnoteRef("b")])])]
    return inquiry


def test_numbers_follow_first_reference_across_preamble_and_questions():
    assert footnote_numbers(_inquiry_with_refs()) == {"c": 1, "a": 2, "b": 3}


def test_moving_a_marker_renumbers():
    inquiry = _inquiry_with_refs()
    first = inquiry.preamble.pop(0)
    inquiry.preamble.append(first)  # move the first paragraph to the end
    assert footnote_numbers(inquiry) == {"c": 1, "a": 2, "b": 3}
    inquiry.preamble[0] = Paragraph([Run("wieder")])  # delete the marker that came first
    assert footnote_numbers(inquiry) == {"c": 1, "a": 2, "b": 3}
    inquiry.preamble = []
    assert footnote_numbers(inquiry) == {"b": 1}


def test_marker_in_title_and_subquestion_counts_in_reading_order():
    inquiry = _inquiry_with_refs()
    inquiry.title = Paragraph([Run("Titel"), FootnoteRef("d")])
    inquiry.questions[0].subquestions = [[Paragraph([FootnoteRef("a")])]]
    assert list(footnote_numbers(inquiry)) == ["d", "c", "a", "b"]


def test_unreferenced_and_dangling_footnotes():
    inquiry = _inquiry_with_refs()
    inquiry.preamble.append(Paragraph([FootnoteRef("missing")]))
    assert "missing" not in footnote_numbers(inquiry)
    assert unreferenced_footnotes(inquiry) == ["d"]


def test_subquestion_labels_continue_past_z():
    assert [subquestion_label(i) for i in (0, 1, 25, 26, 27)] == ["a", "b", "z", "aa", "ab"]


def test_the_one_rule_numbers_ids_by_first_reference():
    assert number_by_first_reference(["x", "y", "x", "z", "y"]) == {"x": 1, "y": 2, "z": 3}
    assert number_by_first_reference([]) == {}
