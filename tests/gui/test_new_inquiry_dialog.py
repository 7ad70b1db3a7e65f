"""File → New: parliament and kind by their own names, originators, and the kind's rules."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desk_app.gui.new_inquiry_dialog import NewInquiryDialog
from desk_app.model import Originator
from desk_app.rules.registry import ProfileRegistry


@pytest.fixture(scope="module")
def registry():
    return ProfileRegistry.load()


@pytest.fixture
def dialog(qtbot, registry):
    widget = NewInquiryDialog(registry, parliament_id="NW")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def kind_names(dialog) -> list[str]:
    return [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())]


def test_all_parliaments_are_offered_by_name(dialog, registry):
    names = [dialog.parliament_combo.itemText(i) for i in range(dialog.parliament_combo.count())]
    assert len(names) == len(registry) == 17
    assert "Bayerischer Landtag" in names
    assert dialog.parliament_combo.currentText() == registry.get("NW").name


def test_bavaria_offers_its_own_kind_names(dialog):
    choose(dialog.parliament_combo, "Bayerischer Landtag")
    assert "Schriftliche Anfrage" in kind_names(dialog)
    assert "Kleine Anfrage" not in kind_names(dialog)
    assert dialog.kind_combo.currentText() == "Schriftliche Anfrage"  # the KA of Bavaria
    assert "CSU" in [dialog.faction_combo.itemText(i) for i in range(dialog.faction_combo.count())]


def test_the_info_lines_show_the_rule_with_source_and_confidence(dialog):
    choose(dialog.parliament_combo, "Bayerischer Landtag")
    choose(dialog.kind_combo, "Schriftliche Anfrage")
    line = dialog.deadline_label.text()
    assert line.startswith("Frist: 4 Wochen ab Weiterleitung · Quelle: § 72 Abs. 1 BayLTGeschO")
    assert line.endswith(" · bestätigt")
    choose(dialog.parliament_combo, "Landtag Nordrhein-Westfalen")
    assert dialog.deadline_label.text().startswith("Frist: 4 Wochen ab Weiterleitung · Quelle: GO")
    assert "höchstens 5 Unterfragen" in dialog.limit_label.text()
    assert dialog.limit_label.text().endswith("bestätigt")


def test_a_kind_without_deadline_says_so(dialog):
    choose(dialog.parliament_combo, "Bayerischer Landtag")
    choose(dialog.kind_combo, "Interpellation")
    assert dialog.deadline_label.text() == "Frist: keine hinterlegt"


def test_result_values_are_what_the_user_entered(dialog, qtbot):
    choose(dialog.parliament_combo, "Bayerischer Landtag")
    dialog.title_edit.setText("  Förderung der Ehrenamtsstrukturen ")
    first = dialog.originator_rows()[0]
    qtbot.keyClicks(first.name_edit, "Anna Schmidt")
    first.party_combo.setCurrentText("SPD")
    dialog.add_originator()
    second = dialog.originator_rows()[1]
    qtbot.keyClicks(second.name_edit, "Max Huber")
    second.party_combo.setEditText("Neue Liste")  # a party typed by hand
    dialog.add_originator()  # an empty row is ignored
    dialog.faction_combo.setEditText("SPD")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
    assert dialog.result_values() == (
        "BY",
        "kleine-anfrage",
        [Originator("Anna Schmidt", "SPD"), Originator("Max Huber", "Neue Liste")],
        "SPD",
        "Förderung der Ehrenamtsstrukturen",
    )


def test_removing_a_row_drops_that_member(dialog, qtbot):
    qtbot.keyClicks(dialog.originator_rows()[0].name_edit, "Erste Person")
    dialog.add_originator()
    qtbot.keyClicks(dialog.originator_rows()[1].name_edit, "Zweite Person")
    qtbot.mouseClick(dialog.originator_rows()[0].remove_button, Qt.MouseButton.LeftButton)
    assert [o.name for o in dialog.result_values()[2]] == ["Zweite Person"]


def test_a_changed_parliament_keeps_typed_parties(dialog, qtbot):
    row = dialog.originator_rows()[0]
    row.party_combo.setEditText("BÜNDNIS 90/DIE GRÜNEN")
    choose(dialog.parliament_combo, "Deutscher Bundestag")
    assert row.party_combo.currentText() == "BÜNDNIS 90/DIE GRÜNEN"
    assert dialog.kind_combo.currentData() == "kleine-anfrage"
