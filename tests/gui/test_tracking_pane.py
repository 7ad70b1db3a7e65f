"""The tracking pane: dates typed like a user, validation, deadline steps and extensions."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.gui.extension_dialog import ExtensionDialog
from desk_app.gui.tracking_pane import TrackingPane
from desk_app.model import Extension
from desk_app.rules.deadlines import effective_due
from desk_app.rules.registry import ProfileRegistry
from tests.gui.list_samples import TODAY, sample


@pytest.fixture(scope="module")
def registry():
    return ProfileRegistry.load()


@pytest.fixture
def inquiry():
    return sample("Kosten der Kita-Plätze")  # NW Kleine Anfrage: 4 weeks from forwarding


@pytest.fixture
def pane(qtbot, registry, inquiry):
    widget = TrackingPane(lambda inq: effective_due(inq, registry), today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.load(inquiry, effective_due(inquiry, registry))
    widget.show()
    return widget


def type_date(qtbot, pane: TrackingPane, field: str, text: str) -> None:
    edit = pane.dates[field].edit if field in pane.dates else getattr(pane, field).edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_typing_the_forwarding_date_gives_the_deadline_and_the_model_date(pane, qtbot, inquiry):
    with qtbot.waitSignal(pane.edited):
        type_date(qtbot, pane, "forwarded", "19.02.2020")
    assert pane.deadline_view.due_label.text().startswith("Fristende: 18.03.2020 (Mi)")
    assert "Beginn: Weiterleitung am 19.02.2020 (Mi)" in pane.deadline_view.steps()
    assert "+ 4 Wochen → 18.03.2020 (Mi)" in pane.deadline_view.steps_label.text()
    assert pane.status_label.text() == "Eingereicht"
    pane.apply_to(inquiry)
    assert inquiry.dates.forwarded == date(2020, 2, 19)


def test_an_impossible_date_is_flagged_and_not_applied(pane, qtbot, inquiry):
    inquiry.dates.submitted = date(2020, 2, 18)
    edited: list[bool] = []
    pane.edited.connect(lambda: edited.append(True))
    type_date(qtbot, pane, "submitted", "30.02.2025")
    field = pane.dates["submitted"]
    assert not field.is_valid()
    assert field.error() == "Den 30.02.2025 gibt es nicht im Kalender."
    assert field.edit.toolTip() == field.error() and field.edit.styleSheet()
    assert edited == []
    pane.apply_to(inquiry)
    assert inquiry.dates.submitted == date(2020, 2, 18)  # the old value stays


def test_unfinished_text_is_marked_when_the_field_is_left(pane, qtbot):
    type_date(qtbot, pane, "signed", "19.02.")
    field = pane.dates["signed"]
    assert field.error() is None  # still typing
    pane.drucksache.setFocus()
    qtbot.waitUntil(lambda: field.error() is not None)
    assert "kein Datum" in field.error()


def test_drucksache_ministry_withdrawn_and_answer_reach_the_model(pane, qtbot, inquiry):
    qtbot.keyClicks(pane.drucksache, "17/8765")
    assert pane.status_label.text() == "Veröffentlicht"
    qtbot.keyClicks(pane.lead_ministry, "MKFFI")
    qtbot.keyClicks(pane.answer_drucksache, "17/9012")
    type_date(qtbot, pane, "answer_issued", "20.03.2020")
    pane.withdrawn.click()
    assert pane.status_label.text() == "Zurückgezogen"
    pane.apply_to(inquiry)
    assert (inquiry.drucksache, inquiry.lead_ministry, inquiry.withdrawn) == (
        "17/8765",
        "MKFFI",
        True,
    )
    assert inquiry.dates.answer_drucksache == "17/9012"
    assert inquiry.dates.answer_issued == date(2020, 3, 20)


def test_a_manual_due_date_is_marked(pane, qtbot):
    type_date(qtbot, pane, "forwarded", "19.02.2020")
    type_date(qtbot, pane, "due_override", "01.04.2020")
    assert "01.04.2020 (Mi) (manuell gesetzt)" in pane.deadline_view.due_label.text()
    assert any("von Hand festgelegt" in step for step in pane.deadline_view.steps())


def test_adding_an_extension_by_units(pane, qtbot, inquiry):
    type_date(qtbot, pane, "forwarded", "19.02.2020")
    with qtbot.waitSignal(pane.edited):
        assert pane.add_extension(Extension(units=2, reason="Umfangreiche Abfrage"))
    table = pane.extensions_table
    assert [table.item(0, c).text() for c in range(2)] == ["+ 2 Wochen", "Umfangreiche Abfrage"]
    assert pane.deadline_view.due_label.text().startswith("Fristende: 01.04.2020 (Mi)")
    pane.apply_to(inquiry)
    assert [(e.units, e.reason) for e in inquiry.dates.extensions] == [(2, "Umfangreiche Abfrage")]


def test_an_extension_into_the_past_is_refused_with_the_engines_sentence(
    pane, qtbot, inquiry, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    type_date(qtbot, pane, "forwarded", "19.02.2020")
    assert not pane.add_extension(Extension(new_due=date(2020, 3, 1)))
    assert shown == [
        "Die Verlängerung 1 auf den 01.03.2020 liegt vor dem bisherigen Fristende "
        "18.03.2020; eine Verlängerung kann die Frist nur verlängern."
    ]
    assert pane.extensions_table.rowCount() == 0
    pane.apply_to(inquiry)
    assert inquiry.dates.extensions == []


def test_the_dialog_adds_an_extension_to_an_agreed_date(pane, qtbot):
    type_date(qtbot, pane, "forwarded", "19.02.2020")

    def answer_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExtensionDialog)
        assert dialog.units.suffix() == " Woche"  # one unit: "1 Woche", never "1 Wochen"
        dialog.by_date.click()
        qtbot.keyClicks(dialog.new_due.edit, "15.04.2020")
        qtbot.keyClicks(dialog.reason, "Sitzungspause")
        qtbot.keyClicks(dialog.agreed_by, "Landtagsdirektor")
        dialog.accept()

    QTimer.singleShot(0, answer_dialog)
    pane.add_extension_button.click()
    table = pane.extensions_table
    assert [table.item(0, c).text() for c in range(4)] == [
        "bis 15.04.2020",
        "Sitzungspause",
        "Landtagsdirektor",
        "10.03.2025",
    ]
    assert pane.deadline_view.due_label.text().startswith("Fristende: 15.04.2020 (Mi)")


def test_the_dialog_needs_a_date_when_extending_to_a_date(qtbot):
    dialog = ExtensionDialog("weeks", TODAY)
    qtbot.addWidget(dialog)
    dialog.units.setValue(3)
    assert dialog.extension() == Extension(units=3, granted=TODAY)
    dialog.by_date.click()
    assert dialog.extension() is None
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_without_a_rule_only_an_agreed_date_is_offered(qtbot):
    dialog = ExtensionDialog(None, TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.by_units.isEnabled() and dialog.by_date.isChecked()


def test_removing_an_extension(pane, qtbot, inquiry):
    type_date(qtbot, pane, "forwarded", "19.02.2020")
    pane.add_extension(Extension(units=1))
    pane.extensions_table.selectRow(0)
    pane.remove_extension_button.click()
    assert pane.extensions_table.rowCount() == 0
    assert pane.deadline_view.due_label.text().startswith("Fristende: 18.03.2020")


def test_loading_announces_nothing_and_shows_the_stored_values(qtbot, registry):
    inquiry = sample("Radwege", submitted=date(2020, 2, 18), drucksache="17/1")
    inquiry.dates.forwarded = date(2020, 2, 19)
    inquiry.dates.extensions = [Extension(new_due=date(2020, 4, 1), reason="Ostern")]
    widget = TrackingPane(lambda inq: effective_due(inq, registry), today=lambda: TODAY)
    qtbot.addWidget(widget)
    edited: list[bool] = []
    widget.edited.connect(lambda: edited.append(True))
    widget.load(inquiry, effective_due(inquiry, registry))
    assert edited == []
    assert widget.dates["submitted"].edit.text() == "18.02.2020"
    assert widget.drucksache.text() == "17/1"
    assert widget.extensions_table.item(0, 0).text() == "bis 01.04.2020"
    assert widget.deadline_view.due_label.text().startswith("Fristende: 01.04.2020")
