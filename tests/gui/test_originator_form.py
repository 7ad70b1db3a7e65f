"""The head names one woman as "der Abgeordneten": the form is chosen in the editor and printed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.model import Originator
from desk_app.rules.templates import document_values, originator_line


def _open_with_one_member(session):
    window = session.window
    ops = window.ops
    inquiry = ops.create(
        "NW", "kleine-anfrage", [Originator("Anna Müller", "SPD")], "SPD", "Radwege im Kreis"
    )
    assert inquiry.id is not None
    window.open_inquiry(inquiry.id)
    return window, inquiry.id


def test_the_form_of_address_is_chosen_saved_printed_and_undone(session, qtbot):
    window, inquiry_id = _open_with_one_member(session)
    combo = window.editor.originators.intro
    parliament = window.ops.registry.get("NW")
    choices = [combo.itemText(i) for i in range(combo.count())]
    assert choices == ["nach Anzahl (wie die Vorlage)", "des Abgeordneten", "der Abgeordneten"]
    assert originator_line(parliament, window.ops.get(inquiry_id)).startswith(
        "des Abgeordneten Anna Müller"
    )
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # a closed combo box steps on, as a user does
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "der Abgeordneten"
    window.autosave.flush()
    stored = window.ops.get(inquiry_id)
    assert stored.originator_intro == "der Abgeordneten"
    assert originator_line(parliament, stored) == "der Abgeordneten Anna Müller SPD"
    # The printed paper's head is filled from these values.
    assert document_values(parliament, stored)["intro"] == "der Abgeordneten"
    window.editor.undo_stack().undo()
    assert combo.currentText() == "des Abgeordneten"
    window.autosave.flush()
    assert window.ops.get(inquiry_id).originator_intro == "des Abgeordneten"


def test_the_default_follows_the_number_of_members(session):
    window, inquiry_id = _open_with_one_member(session)
    inquiry = window.ops.get(inquiry_id)
    inquiry.originators.append(Originator("Jörg Weiß", "SPD"))
    parliament = window.ops.registry.get("NW")
    assert originator_line(parliament, inquiry).startswith("der Abgeordneten Anna Müller und")
