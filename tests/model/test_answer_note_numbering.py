"""Notes in an answer count on from the inquiry's, as the printed paper numbers them."""

from __future__ import annotations

from desk_app.model import (
    Answer,
    AnswerPart,
    Footnote,
    FootnoteRef,
    Inquiry,
    Paragraph,
    Question,
    Run,
    canonical,
    footnote_numbers,
    footnote_refs,
    paragraph,
)


def _with_ref(text: str, key: str) -> list[Paragraph]:
    return [Paragraph([Run(text), FootnoteRef(key)])]


def answered() -> Inquiry:
    inquiry = Inquiry("NI", "kleine-anfrage")
    inquiry.preamble = _with_ref("Vorbemerkung", "p")
    inquiry.questions = [Question([paragraph("Erste Frage?")]), Question([paragraph("Zweite?")])]
    inquiry.footnotes = {
        key: Footnote(key, [paragraph(f"Beleg {key}")]) for key in ("p", "a2", "a1", "pre")
    }
    inquiry.answer = Answer(
        "19/1",
        None,
        "Ministerium",
        _with_ref("Vorbemerkung der Landesregierung", "pre"),
        [AnswerPart(["2"], _with_ref("Zu 2", "a2")), AnswerPart(["1"], _with_ref("Zu 1", "a1"))],
    )
    return inquiry


def test_answer_notes_follow_the_inquiry_notes_in_printed_order():
    inquiry = answered()
    # Preamble, the government's remark, then question 1 with its answer, question 2 with its.
    assert footnote_numbers(inquiry) == {"p": 1, "pre": 2, "a1": 3, "a2": 4}
    assert footnote_numbers(inquiry, with_answer=False) == {"p": 1}


def test_canonical_renames_the_answer_markers_with_their_notes():
    result = canonical(answered())
    assert sorted(result.footnotes) == ["1", "2", "3", "4"]
    answer = result.answer
    assert answer is not None
    assert list(footnote_refs(answer.preliminary)) == ["2"]
    assert [list(footnote_refs(part.text)) for part in answer.parts] == [["4"], ["3"]]
    assert result.footnotes["3"].text == [paragraph("Beleg a1")]


def test_a_joint_answer_numbers_its_notes_after_the_last_question_it_covers():
    inquiry = answered()
    assert inquiry.answer is not None
    inquiry.answer.parts = [AnswerPart(["1", "2"], _with_ref("Zu 1 und 2", "a1"))]
    inquiry.questions[1].text = _with_ref("Zweite?", "a2")
    # The joint answer stands after question 2, so question 2's note comes first.
    assert footnote_numbers(inquiry) == {"p": 1, "pre": 2, "a2": 3, "a1": 4}
