"""Days off in the window: an extension ending on a holiday or 24.12. warns, extra days count."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desk_app.gui.extension_dialog import ExtensionDialog
from desk_app.gui.extra_days import EXTRA_DAYS_KEY, ExtraDaysDialog


def _open_forwarded(session, forwarded: date):
    window = session.window
    inquiry = window.ops.create("NW", "kleine-anfrage", title="Sanierung der Schulen")
    inquiry.dates.submitted = forwarded
    inquiry.dates.forwarded = forwarded
    window.ops.save(inquiry)
    assert inquiry.id is not None
    window.open_inquiry(inquiry.id)
    window.right_tabs.setCurrentIndex(1)
    return window


def _extension_dialog(window) -> ExtensionDialog:
    """Open the pane's extension dialog as its button does, and return it while it is shown."""
    found: list[ExtensionDialog] = []

    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ExtensionDialog):
            found.append(dialog)
        if dialog is not None:
            dialog.close()  # never left open: a test must not wait for a hand

    QTimer.singleShot(0, grab)
    window.tracking.add_extension_button.click()
    assert found, "the extension dialog did not open"
    return found[0]


def test_the_unit_is_named_in_the_number_shown(qtbot):
    dialog = ExtensionDialog("weeks", date(2026, 12, 4))
    qtbot.addWidget(dialog)
    assert dialog.units.text() == "1 Woche"
    dialog.units.setValue(3)
    assert dialog.units.text() == "3 Wochen"


def test_an_extension_ending_on_christmas_eve_or_a_holiday_warns(session, qtbot):
    # Forwarded Thu 26.11.2026: four weeks end Thu 24.12.2026 (no holiday in NRW).
    window = _open_forwarded(session, date(2026, 11, 26))
    ops = window.ops
    assert ops.deadline(window.current).due == date(2026, 12, 24)
    assert ops.day_warning("NW", date(2026, 12, 24)) == (
        "Das Fristende 24.12.2026 (Do) fällt auf Heiligabend; "
        "an diesem Tag arbeiten viele Behörden nicht."
    )
    dialog = ExtensionDialog(
        "weeks", ops.today(), window.tracking, window.tracking._preview_extension
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.outcome.text() == "Neues Fristende: 31.12.2026 (Do)"  # + 1 week
    assert "Silvester" in dialog.warning.text() and dialog.warning.isVisible()
    dialog.by_date.setChecked(True)
    dialog.new_due.edit.setFocus()
    qtbot.keyClicks(dialog.new_due.edit, "25.12.2026")
    assert dialog.outcome.text() == "Neues Fristende: 25.12.2026 (Fr)"
    assert dialog.warning.text() == (
        "Das Fristende 25.12.2026 (Fr) fällt auf einen Feiertag (Erster Weihnachtstag)."
    )
    dialog.new_due.edit.clear()
    qtbot.keyClicks(dialog.new_due.edit, "28.12.2026")
    assert not dialog.warning.isVisible()  # a Monday, a working day


def test_the_pane_offers_the_preview_in_its_own_dialog(session):
    window = _open_forwarded(session, date(2026, 11, 26))
    dialog = _extension_dialog(window)
    assert dialog.outcome.text() == "Neues Fristende: 31.12.2026 (Do)"


def test_extra_days_off_are_asked_checked_kept_and_counted(session, qtbot):
    window = _open_forwarded(session, date(2026, 11, 26))
    dialog = ExtraDaysDialog("")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.days, "24.12., 32.12.")
    assert not ok.isEnabled() and dialog.message.isVisible()
    assert "32.12." in dialog.message.text()

    def answer() -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, ExtraDaysDialog)
        shown.days.setText("24.12., 31.12.")
        shown.accept()

    QTimer.singleShot(0, answer)
    window.commands.edit_extra_days()  # as Settings > Zusätzliche freie Tage does
    assert window.settings.value(EXTRA_DAYS_KEY) == "24.12., 31.12."
    # The end on Christmas Eve moves past the holidays to Monday 28.12.2026.
    assert window.tracking.deadline_view.due_label.text().startswith("Fristende: 28.12.2026 (Mo)")
    steps = window.tracking.deadline_view.steps()
    assert any("24.12. zusätzlicher freier Tag" in step for step in steps)
