"""Typing German text, formatting it and undoing it, as a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.model import Paragraph, ParagraphStyle, Run, plain, plain_text
from tests.gui.editor.typing import put_cursor, select, type_text


def test_umlauts_typed_into_the_preamble_reach_the_model(qtbot, editor):
    put_cursor(editor.preamble_edit)
    qtbot.keyClick(editor.preamble_edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(editor.edited):
        type_text(qtbot, editor.preamble_edit, "Grüße aus Köln – Maß für Maß, Änderung ÖPNV.")
    assert editor.inquiry().preamble[-1].inlines == [
        Run("Grüße aus Köln – Maß für Maß, Änderung ÖPNV.")
    ]


def test_typing_in_title_lead_in_and_signature(qtbot, editor):
    put_cursor(editor.title_edit)
    type_text(qtbot, editor.title_edit, " (Süd)")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return)  # the title stays one line
    editor.lead_in_edit.setFocus()
    editor.lead_in_edit.selectAll()
    type_text(qtbot, editor.lead_in_edit, "Wir fragen daher:")
    put_cursor(editor.signature_edit)
    qtbot.keyClick(editor.signature_edit, Qt.Key.Key_Return)
    type_text(qtbot, editor.signature_edit, "Jürgen Öz")
    result = editor.inquiry()
    assert plain(result.title.inlines).endswith("Subsidiaritätsprinzip? (Süd)")
    assert result.lead_in == "Wir fragen daher:"
    assert result.signature == ["Berivan Aymaz", "Sigrid Beer", "Jürgen Öz"]


def test_bold_italic_and_quote_survive_the_round_trip(qtbot, editor, parliament):
    put_cursor(editor.preamble_edit)
    qtbot.keyClick(editor.preamble_edit, Qt.Key.Key_Return)
    type_text(qtbot, editor.preamble_edit, "fett kursiv normal")
    end = editor.preamble_edit.textCursor().position()
    start = end - len("fett kursiv normal")
    select(editor.preamble_edit, start, start + 4)
    qtbot.keyClick(editor.preamble_edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    select(editor.preamble_edit, start + 5, start + 11)
    qtbot.keyClick(editor.preamble_edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    editor.edit_actions.quote.trigger()
    expected = Paragraph(
        [Run("fett", bold=True), Run(" "), Run("kursiv", italic=True), Run(" normal")],
        ParagraphStyle.QUOTE,
    )
    first = editor.inquiry()
    assert first.preamble[-1] == expected
    editor.load(first, parliament)
    assert editor.inquiry().preamble[-1] == expected


def test_ctrl_z_anywhere_undoes_the_last_edit_anywhere(qtbot, editor, seed):
    put_cursor(editor.preamble_edit)
    type_text(qtbot, editor.preamble_edit, " Ärger")
    put_cursor(editor.questions.boxes[0].edit)
    type_text(qtbot, editor.questions.boxes[0].edit, " Öfter?")
    editor.lead_in_edit.setFocus()
    type_text(qtbot, editor.lead_in_edit, " ja")
    # Undo from the preamble: the lead-in's edit goes first, then the question's, then
    # the preamble's.
    editor.preamble_edit.setFocus()
    qtbot.keyClick(editor.preamble_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.inquiry().lead_in == seed.lead_in
    assert plain_text(editor.inquiry().questions[0].text).endswith("Öfter?")
    qtbot.keyClick(editor.preamble_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.inquiry().questions[0] == seed.questions[0]
    assert plain_text(editor.inquiry().preamble).endswith(" Ärger")
    qtbot.keyClick(editor.preamble_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.inquiry().preamble == seed.preamble
    editor.edit_actions.redo.trigger()
    assert plain_text(editor.inquiry().preamble).endswith(" Ärger")
