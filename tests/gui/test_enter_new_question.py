"""Enter at the end of a question starts the next one, as in an outliner; Shift+Enter does not.

Enter in the middle of a question keeps starting a new paragraph inside it, and
Shift+Enter starts one anywhere. At the end of a sub-question Enter starts the
next sub-question; in an empty sub-question it makes that line a question.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk_app.model import Question, paragraph, plain_text
from tests.gui.editor.typing import put_cursor, type_text

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(session, qtbot):
    """Open an inquiry with two questions, the second with one sub-question."""
    window = session.window
    ops = window.ops
    inquiry = ops.create("NW", "kleine-anfrage", title="Radwege im Münsterland")
    inquiry.questions = [
        Question([paragraph("Wie viele Kilometer gibt es?")]),
        Question([paragraph("Wer baut sie?")], [[paragraph("der Bund")]]),
    ]
    ops.save(inquiry)
    assert inquiry.id is not None
    window.open_inquiry(inquiry.id)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def shown(window) -> list[str]:
    """Return the questions as the editor holds them: number, text, sub-questions."""
    return [
        " | ".join(
            [box.number.text(), plain_text(q.text), *(plain_text(s) for s in q.subquestions)]
        )
        for box, q in zip(
            window.editor.questions.boxes, window.editor.inquiry().questions, strict=True
        )
    ]


def stored(window) -> list[Question]:
    window.save_current()
    assert window.current is not None and window.current.id is not None
    return window.ops.get(window.current.id).questions


def test_enter_at_the_end_starts_the_next_question_with_the_cursor_in_it(window, qtbot):
    questions = window.editor.questions
    first = questions.boxes[0].edit
    put_cursor(first)
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert len(questions.boxes) == 3
    new = questions.boxes[1]
    assert new.edit.hasFocus()
    assert [box.number.text() for box in questions.boxes] == ["1.", "2.", "3."]
    type_text(qtbot, new.edit, "Wann sind sie fertig?")
    assert shown(window) == [
        "1. | Wie viele Kilometer gibt es?",
        "2. | Wann sind sie fertig?",
        "3. | Wer baut sie? | der Bund",
    ]
    assert [plain_text(q.text) for q in stored(window)] == [
        "Wie viele Kilometer gibt es?",
        "Wann sind sie fertig?",
        "Wer baut sie?",
    ]


def test_the_new_question_is_one_undo_step(window, qtbot):
    questions = window.editor.questions
    last = questions.boxes[1].edit
    put_cursor(last)
    qtbot.keyClick(last, Qt.Key.Key_Enter)  # the keypad's Enter does the same
    assert len(questions.boxes) == 3 and questions.boxes[2].edit.hasFocus()
    window.editor.undo_stack().undo()
    assert shown(window) == ["1. | Wie viele Kilometer gibt es?", "2. | Wer baut sie? | der Bund"]
    window.editor.undo_stack().redo()
    assert len(questions.boxes) == 3


def test_shift_enter_and_enter_in_the_middle_start_a_paragraph_in_the_same_question(window, qtbot):
    questions = window.editor.questions
    first = questions.boxes[0].edit
    put_cursor(first)
    qtbot.keyClick(first, Qt.Key.Key_Return, SHIFT)
    type_text(qtbot, first, "Bitte nach Kreisen.")
    put_cursor(first, len("Wie viele"))
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert len(questions.boxes) == 2
    assert first.hasFocus()
    text = stored(window)[0].text
    assert [plain_text([p]) for p in text] == [
        "Wie viele",
        "Kilometer gibt es?",
        "Bitte nach Kreisen.",
    ]


def test_enter_after_a_sub_question_starts_the_next_and_an_empty_one_becomes_a_question(
    window, qtbot
):
    questions = window.editor.questions
    sub = questions.boxes[1].subs[0].edit
    put_cursor(sub)
    qtbot.keyClick(sub, Qt.Key.Key_Return)
    box = questions.boxes[1]
    assert len(box.subs) == 2 and box.subs[1].edit.hasFocus()
    assert [row.label.text() for row in box.subs] == ["a)", "b)"]
    type_text(qtbot, box.subs[1].edit, "die Kommunen")
    qtbot.keyClick(box.subs[1].edit, Qt.Key.Key_Return)
    empty = box.subs[2].edit
    assert empty.hasFocus()
    qtbot.keyClick(empty, Qt.Key.Key_Return)  # an empty sub-question moves out a level
    assert len(box.subs) == 2
    assert len(questions.boxes) == 3 and questions.boxes[2].edit.hasFocus()
    type_text(qtbot, questions.boxes[2].edit, "Was kostet das?")
    assert shown(window) == [
        "1. | Wie viele Kilometer gibt es?",
        "2. | Wer baut sie? | der Bund | die Kommunen",
        "3. | Was kostet das?",
    ]
    window.editor.undo_stack().undo()  # the typing
    window.editor.undo_stack().undo()  # the empty sub-question made a question: one step
    assert len(questions.boxes) == 2 and len(box.subs) == 3
    assert [plain_text(s) for s in stored(window)[1].subquestions] == [
        "der Bund",
        "die Kommunen",
        "",
    ]
