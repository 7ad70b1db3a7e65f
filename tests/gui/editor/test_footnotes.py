"""Footnotes: insert, renumber on move and delete, undo, the panel, sources."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desk_app.model import (
    FootnoteRef,
    Inquiry,
    Paragraph,
    Run,
    footnote_numbers,
    paragraph,
    plain_text,
)
from tests.gui.editor.conftest import TODAY, two_notes
from tests.gui.editor.typing import put_cursor, select, type_text


def shown(editor) -> list[tuple[str, str]]:
    return editor.footnote_panel().shown_notes()


def test_insert_footnotes_in_preamble_and_question(qtbot, editor):
    put_cursor(editor.preamble_edit, 0)
    qtbot.keyClick(
        editor.preamble_edit,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    first = editor.inquiry().preamble[0].inlines[0]
    assert isinstance(first, FootnoteRef)
    # The cursor is now in the new note's text: type it.
    note_edit = editor.footnote_panel().rows[first.footnote_id].edit
    assert note_edit.hasFocus()
    type_text(qtbot, note_edit, "Vgl. Plenarprotokoll 17/80, S. 12.")
    put_cursor(editor.questions.boxes[0].edit)
    second = editor.insert_footnote()
    type_text(qtbot, editor.footnote_panel().rows[second].edit, "Anlage zur Frage")
    assert [number for number, _ in shown(editor)] == ["1", "2", "3", "4", "5"]
    assert shown(editor)[0][1] == "Vgl. Plenarprotokoll 17/80, S. 12."
    assert shown(editor)[4][1] == "Anlage zur Frage"
    numbers = footnote_numbers(editor.inquiry())
    assert numbers[first.footnote_id] == 1 and numbers[second] == 5
    assert editor.footnote_panel().rows[first.footnote_id].number.text() == "1"


def test_insert_footnote_needs_a_text_field(qtbot, editor):
    editor.lead_in_edit.setFocus()
    assert editor.insert_footnote() is None
    assert len(editor.inquiry().footnotes) == 3


def test_moving_a_paragraph_swaps_numbers(qtbot, small):
    editor = small
    assert shown(editor) == [("1", "Note A"), ("2", "Note B")]
    second = editor.preamble_edit.document().findBlockByNumber(1)
    select(editor.preamble_edit, second.position(), second.position() + second.length() - 1)
    editor.preamble_edit.cut()
    qtbot.keyClick(editor.preamble_edit, Qt.Key.Key_Backspace)  # the emptied paragraph
    assert shown(editor) == [("1", "Note A")]
    put_cursor(editor.preamble_edit, 0)
    editor.preamble_edit.paste()
    qtbot.keyClick(editor.preamble_edit, Qt.Key.Key_Return)
    result = editor.inquiry()
    assert result.preamble == [
        Paragraph([Run("Zweiter Absatz."), FootnoteRef("b")]),
        Paragraph([Run("Erster Absatz."), FootnoteRef("a")]),
    ]
    assert footnote_numbers(result) == {"b": 1, "a": 2}
    assert shown(editor) == [("1", "Note B"), ("2", "Note A")]
    # Undoing the move step by step renumbers back.
    for _ in range(4):
        editor.undo_stack().undo()
    assert footnote_numbers(editor.inquiry()) == {"a": 1, "b": 2}
    assert editor.inquiry().preamble == two_notes().preamble


def test_deleting_a_marker_removes_its_note_and_undo_brings_it_back(qtbot, small):
    editor = small
    doc = editor.preamble_edit.document()
    marker = doc.findBlockByNumber(0).length() - 2  # the marker closes the first paragraph
    put_cursor(editor.preamble_edit, marker + 1)
    qtbot.keyClick(editor.preamble_edit, Qt.Key.Key_Backspace)
    assert shown(editor) == [("1", "Note B")]
    assert list(editor.inquiry().footnotes) == ["b"]
    qtbot.keyClick(editor.preamble_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown(editor) == [("1", "Note A"), ("2", "Note B")]
    assert footnote_numbers(editor.inquiry()) == {"a": 1, "b": 2}


def test_editing_a_note_in_the_panel_edits_the_model(qtbot, small):
    note = small.footnote_panel().rows["a"].edit
    put_cursor(note)
    type_text(qtbot, note, " – geändert")
    assert plain_text(small.inquiry().footnotes["a"].text) == "Note A – geändert"
    qtbot.keyClick(note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plain_text(small.inquiry().footnotes["a"].text) == "Note A"


def test_clicking_a_note_number_jumps_to_its_marker(qtbot, small):
    row = small.footnote_panel().rows["b"]
    with qtbot.waitSignal(small.footnote_selected) as signal:
        qtbot.mouseClick(row.number, Qt.MouseButton.LeftButton)
    assert signal.args == ["b"]
    assert small.preamble_edit.hasFocus()
    cursor = small.preamble_edit.textCursor()
    assert cursor.block().blockNumber() == 1
    assert cursor.atBlockEnd()


def test_marker_in_a_later_question_numbers_after_the_preamble(qtbot, small):
    put_cursor(small.questions.boxes[1].edit, 0)
    late = small.insert_footnote()
    put_cursor(small.questions.boxes[0].edit, 0)
    early = small.insert_footnote()
    assert footnote_numbers(small.inquiry()) == {"a": 1, "b": 2, early: 3, late: 4}
    small.questions.boxes[1].edit.setFocus()
    small.edit_actions.move_question_up.trigger()
    assert footnote_numbers(small.inquiry())[late] == 3
    assert small.footnote_panel().rows[late].number.text() == "3"


def test_url_in_a_note_becomes_a_source_accessed_today(qtbot, small):
    note = small.footnote_panel().rows["a"].edit
    put_cursor(note)
    type_text(qtbot, note, " https://www.landtag.nrw.de/drs.pdf")
    result = small.inquiry()
    source = result.sources[result.footnotes["a"].source_id]
    assert source.url == "https://www.landtag.nrw.de/drs.pdf"
    assert source.accessed == TODAY
    accessed = small.footnote_panel().rows["a"].accessed
    assert accessed.isVisible() and accessed.text() == "abgerufen am 24.11.2026"
    accessed.setDate(accessed.date().addDays(-3))
    result = small.inquiry()
    assert result.sources[result.footnotes["a"].source_id].accessed == date(2026, 11, 21)
    small.undo_stack().undo()
    assert small.inquiry().sources[source.id].accessed == TODAY


def test_second_note_citing_the_same_url_is_flagged_and_can_say_ebd(qtbot, editor):
    rows = editor.footnote_panel().rows
    assert rows["3"].warning.isVisible()
    assert "Fußnote 2" in rows["3"].warning.text()
    assert not rows["2"].warning.isVisible()
    qtbot.mouseClick(rows["3"].ibidem, Qt.MouseButton.LeftButton)
    result = editor.inquiry()
    assert plain_text(result.footnotes["3"].text) == "Ebd."
    assert result.footnotes["3"].source_id == result.footnotes["2"].source_id
    assert not rows["3"].warning.isVisible()


def test_merging_a_repeated_note_points_its_marker_at_the_first(qtbot, editor):
    rows = editor.footnote_panel().rows
    qtbot.mouseClick(rows["3"].merge, Qt.MouseButton.LeftButton)
    result = editor.inquiry()
    assert list(result.footnotes) == ["1", "2"]
    assert [number for number, _ in shown(editor)] == ["1", "2"]
    editor.undo_stack().undo()
    assert [number for number, _ in shown(editor)] == ["1", "2", "3"]


def test_copy_paste_into_another_inquiry_keeps_the_note(qtbot, small, make_editor):
    other = make_editor(
        Inquiry(parliament="NW", kind="kleine-anfrage", preamble=[paragraph("Anderer Text.")])
    )
    doc = small.preamble_edit.document()
    select(small.preamble_edit, 0, doc.findBlockByNumber(0).length() - 1)
    small.preamble_edit.copy()
    put_cursor(other.preamble_edit)
    other.preamble_edit.paste()
    result = other.inquiry()
    assert plain_text(result.preamble) == "Anderer Text.Erster Absatz."
    (note,) = result.footnotes.values()
    assert plain_text(note.text) == "Note A"
    assert note.id != "a"  # a fresh id: it cannot clash with notes of the other inquiry
    assert shown(other) == [("1", "Note A")]
    # The source editor is untouched and still owns its note.
    assert shown(small) == [("1", "Note A"), ("2", "Note B")]


def test_plain_text_is_offered_too(qtbot, small):
    select(small.preamble_edit, 0, 5)
    small.preamble_edit.copy()
    from PySide6.QtWidgets import QApplication

    assert QApplication.clipboard().text() == "Erste"


def test_cursor_after_marker_types_plain_text(qtbot, small):
    put_cursor(
        small.preamble_edit, small.preamble_edit.document().findBlockByNumber(0).length() - 1
    )
    type_text(qtbot, small.preamble_edit, "xy")
    first = small.inquiry().preamble[0]
    assert first.inlines == [Run("Erster Absatz."), FootnoteRef("a"), Run("xy")]
    cursor = small.preamble_edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
