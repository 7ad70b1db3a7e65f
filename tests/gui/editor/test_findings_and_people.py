"""Formal-check findings marked on their fields; originators added and removed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.gui.editor.findings_view import FINDING_PROPERTY
from desk_app.model import Originator
from desk_app.rules.checks import check
from tests.gui.editor.typing import put_cursor, type_text


def test_findings_mark_the_question_and_clear(qtbot, editor, parliament):
    edit = editor.questions.boxes[1].edit
    put_cursor(edit)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # remove the question mark
    editor.signature_edit.selectAll()
    qtbot.keyClick(editor.signature_edit, Qt.Key.Key_Delete)
    findings = check(editor.inquiry(), parliament)
    editor.show_findings(findings)
    assert "Frage 2 endet nicht mit einem Fragezeichen." in edit.property(FINDING_PROPERTY)
    assert edit.toolTip() == edit.property(FINDING_PROPERTY)
    assert editor.signature_edit.property(FINDING_PROPERTY) == "Die Unterschrift fehlt."
    assert editor.questions.boxes[0].edit.property(FINDING_PROPERTY) is None
    shown = [editor.findings.item(row).text() for row in range(editor.findings.count())]
    assert shown == [finding.message for finding in findings]
    assert editor.findings.isVisible()
    editor.show_findings([])
    assert edit.property(FINDING_PROPERTY) is None
    assert not editor.findings.isVisible()


def test_finding_on_a_footnote_marks_its_note(editor, parliament):
    findings = check(editor.inquiry(), parliament)
    repeated = [f for f in findings if f.location == ("footnote", "3")]
    assert repeated, "the seed's note 3 repeats the source of note 2"
    editor.show_findings(repeated)
    note = editor.footnote_panel().rows["3"].edit
    assert "dieselbe Quelle" in note.property(FINDING_PROPERTY)


def test_originators_add_and_remove_with_undo(qtbot, editor, seed):
    widget = editor.originators
    widget.add_person()
    row = widget.rows[-1]
    assert row.name.hasFocus()
    type_text(qtbot, row.name, "Jörg Müller")
    row.party.setFocus()
    type_text(qtbot, row.party, "SPD")
    assert editor.inquiry().originators[-1] == Originator("Jörg Müller", "SPD")
    qtbot.keyClick(row.party, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.inquiry().originators[-1] == Originator("Jörg Müller", "")
    widget.remove_person(widget.rows[0])
    assert [o.name for o in editor.inquiry().originators] == ["Sigrid Beer", "Jörg Müller"]
    editor.undo_stack().undo()
    assert [o.name for o in editor.inquiry().originators] == [
        "Berivan Aymaz",
        "Sigrid Beer",
        "Jörg Müller",
    ]


def test_faction_as_originator(qtbot, editor):
    editor.originators.faction.setFocus()
    type_text(qtbot, editor.originators.faction, "Fraktion BÜNDNIS 90/DIE GRÜNEN")
    assert editor.inquiry().faction == "Fraktion BÜNDNIS 90/DIE GRÜNEN"


def test_every_keystroke_announces_an_edit(qtbot, editor):
    put_cursor(editor.preamble_edit)
    for char in "abc":
        with qtbot.waitSignal(editor.edited, timeout=500):
            type_text(qtbot, editor.preamble_edit, char)
    editor.lead_in_edit.setFocus()
    for char in "xy":
        with qtbot.waitSignal(editor.edited, timeout=500):
            type_text(qtbot, editor.lead_in_edit, char)
