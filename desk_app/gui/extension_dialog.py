"""Ask for one deadline extension: by units of the rule or to an agreed date, with its reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.date_field import DateField
from desk_app.model import Extension
from desk_app.rules.deadline_explain import day_text, unit_phrase

# What the extension would make of the deadline: the new due date and a warning about that day.
Preview = Callable[[Extension], tuple[date | None, str | None]]


class ExtensionDialog(QDialog):
    """Collect an extension; by units only where the inquiry's rule has a unit."""

    def __init__(
        self,
        unit: str | None,
        today: date,
        parent: QWidget | None = None,
        preview: Preview | None = None,
    ) -> None:
        super().__init__(parent)
        self._preview = preview
        self.setWindowTitle(self.tr("Verlängerung hinzufügen"))
        self._today = today
        self.by_units = QRadioButton(self.tr("Verlängern um"))
        self.units = QSpinBox()
        self.units.setRange(1, 99)
        self.units.setValue(1)
        self._unit = unit
        self._name_unit()
        self.by_date = QRadioButton(self.tr("Neues Fristende"))
        self.new_due = DateField()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("z. B. umfangreiche Abfrage bei den Kommunen"))
        self.agreed_by = QLineEdit()
        self.agreed_by.setPlaceholderText(self.tr("z. B. Büro des Präsidenten"))
        self.granted = DateField()
        self.granted.set_date(today)
        # The new end, said before the user agrees to it, with a warning for a day off.
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.warning.hide()
        form = QFormLayout()
        form.addRow(self.by_units, self.units)
        form.addRow(self.by_date, self.new_due)
        form.addRow(self.tr("Grund"), self.reason)
        form.addRow(self.tr("Vereinbart mit"), self.agreed_by)
        form.addRow(self.tr("Gewährt am"), self.granted)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        # Without a rule there is no unit to count in: only an agreed date works.
        self.by_units.setEnabled(unit is not None)
        (self.by_units if unit is not None else self.by_date).setChecked(True)
        self.by_units.toggled.connect(self._update)
        self.by_date.toggled.connect(self._update)
        self.new_due.changed.connect(self._update)
        self.new_due.edit.textChanged.connect(self._update)
        self.units.valueChanged.connect(self._name_unit)
        self.units.valueChanged.connect(self._update)
        self._update()

    def extension(self) -> Extension | None:
        """Return the extension as entered, or None while it is incomplete."""
        if self.by_units.isChecked():
            units: int | None = self.units.value()
            new_due = None
        else:
            units, new_due = None, self.new_due.date()
            if new_due is None or not self.new_due.is_valid():
                return None
        return Extension(
            new_due=new_due,
            units=units,
            reason=self.reason.text().strip(),
            agreed_by=self.agreed_by.text().strip(),
            granted=self.granted.date() if self.granted.is_valid() else None,
        )

    def _name_unit(self) -> None:
        """Name the unit in the number shown: "1 Woche", "2 Wochen"."""
        if self._unit is not None:
            phrase = unit_phrase(self.units.value(), self._unit)
            self.units.setSuffix(" " + phrase.split(" ", 1)[1])

    def _update(self) -> None:
        self.units.setEnabled(self.by_units.isChecked())
        self.new_due.setEnabled(self.by_date.isChecked())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        extension = self.extension()
        ok.setEnabled(extension is not None)
        due, warning = (None, None)
        if extension is not None and self._preview is not None:
            due, warning = self._preview(extension)
        self.outcome.setText(
            "" if due is None else self.tr("Neues Fristende: %1").replace("%1", day_text(due))
        )
        self.warning.setText(warning or "")
        self.warning.setVisible(bool(warning))
