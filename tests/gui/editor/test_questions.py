"""Questions: add, delete, reorder by keyboard and drag, sub-questions; all undoable."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desk_app.gui.editor.question_box import QUESTION_MIME
from desk_app.model import plain_text
from tests.gui.editor.typing import put_cursor, type_text


def labels(editor) -> list[str]:
    return [box.number.text() for box in editor.questions.boxes]


def first_words(editor) -> list[str]:
    return [plain_text(q.text).split()[0] for q in editor.inquiry().questions]


def test_reorder_by_keyboard_updates_labels_and_model(qtbot, editor):
    assert first_words(editor) == ["Welche", "Wie", "Inwieweit", "Welche", "Welche"]
    third = editor.questions.boxes[2]
    put_cursor(third.edit, 0)
    qtbot.keyClick(third.edit, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert first_words(editor) == ["Welche", "Inwieweit", "Wie", "Welche", "Welche"]
    assert editor.questions.boxes[1] is third
    assert labels(editor) == ["1.", "2.", "3.", "4.", "5."]
    assert third.number.text() == "2."
    assert third.edit.hasFocus()
    qtbot.keyClick(third.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(third.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.questions.boxes.index(third) == 3
    assert third.number.text() == "4."
    editor.undo_stack().undo()
    editor.undo_stack().undo()
    editor.undo_stack().undo()
    assert first_words(editor) == ["Welche", "Wie", "Inwieweit", "Welche", "Welche"]


def test_add_type_and_delete_a_question(qtbot, editor, seed):
    put_cursor(editor.questions.boxes[4].edit)
    with qtbot.waitSignal(editor.edited):
        editor.edit_actions.add_question.trigger()
    new = editor.questions.boxes[5]
    assert new.number.text() == "6." and new.edit.hasFocus()
    type_text(qtbot, new.edit, "Wann tagt der Ausschuss für Ärzte?")
    assert plain_text(editor.inquiry().questions[5].text) == "Wann tagt der Ausschuss für Ärzte?"
    put_cursor(editor.questions.boxes[0].edit)
    editor.edit_actions.delete_question.trigger()
    assert len(editor.inquiry().questions) == 5
    assert labels(editor) == ["1.", "2.", "3.", "4.", "5."]
    editor.undo_stack().undo()  # delete
    editor.undo_stack().undo()  # typing
    editor.undo_stack().undo()  # add
    assert editor.inquiry().questions == seed.questions


def test_subquestions_are_lettered_and_read_back(qtbot, editor):
    put_cursor(editor.questions.boxes[1].edit)
    editor.edit_actions.add_subquestion.trigger()
    box = editor.questions.boxes[1]
    assert box.subs[0].edit.hasFocus()
    type_text(qtbot, box.subs[0].edit, "in Köln?")
    box.edit.setFocus()
    editor.edit_actions.add_subquestion.trigger()
    type_text(qtbot, box.subs[1].edit, "in Düsseldorf?")
    assert [row.label.text() for row in box.subs] == ["a)", "b)"]
    subs = editor.inquiry().questions[1].subquestions
    assert [plain_text(sub) for sub in subs] == ["in Köln?", "in Düsseldorf?"]
    qtbot.mouseClick(box.subs[0].remove, Qt.MouseButton.LeftButton)
    subs = editor.inquiry().questions[1].subquestions
    assert [plain_text(sub) for sub in subs] == ["in Düsseldorf?"]
    assert [row.label.text() for row in box.subs] == ["a)"]


def test_drop_moves_a_question(qtbot, editor):
    widget = editor.questions
    source = widget.boxes[0]
    mime = QMimeData()
    mime.setData(QUESTION_MIME, str(id(source)).encode("ascii"))
    below_third = QPointF(10, widget.boxes[2].geometry().bottom() - 2)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(below_third.toPoint(), Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(below_third, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(widget, drop)
    assert widget.boxes.index(source) == 2
    assert first_words(editor) == ["Wie", "Inwieweit", "Welche", "Welche", "Welche"]
    assert labels(editor)[2] == "3." and source.number.text() == "3."


def test_moving_a_question_redraws_its_marker_number(qtbot, small):
    editor = small
    put_cursor(editor.questions.boxes[1].edit)
    late = editor.insert_footnote()
    put_cursor(editor.questions.boxes[0].edit)
    editor.insert_footnote()
    edit = editor.questions.boxes[1].edit
    before = edit.grab().toImage()
    editor.questions.move_question(1, 0)
    assert editor.context.numbering.label(late) == "3"
    after = edit.grab().toImage()
    assert before != after  # same text, but the marker now shows 3 instead of 4
