"""The tracking pane: an inquiry's dates, Drucksache, status, deadline, extensions and answer."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui import labels
from desk_app.gui.date_field import DateField
from desk_app.gui.deadline_view import DeadlineView
from desk_app.gui.editor.spelled_plain_edit import SpelledPlainTextEdit
from desk_app.gui.extension_dialog import ExtensionDialog
from desk_app.model import DATE_FIELDS, DeskError, Extension, Inquiry
from desk_app.rules.deadline_explain import unit_phrase
from desk_app.rules.deadline_status import is_open
from desk_app.rules.deadlines import Deadline
from desk_app.rules.profile import Parliament

ComputeDeadline = Callable[[Inquiry], Deadline]
# A sentence when a deadline of a parliament ends on a day off (holiday, 24.12.), else None.
WarnDay = Callable[[str, date], "str | None"]
# The model's dates that get a date field of their own here; the hand-set due date,
# the answer's issue date and "not followed" have their own places in the pane.
TRACKED_DATES = tuple(
    name for name in DATE_FIELDS if name not in ("due_override", "answer_issued", "untracked")
)


class TrackingPane(QWidget):
    """Edit what happens to an inquiry after drafting and show its deadline."""

    edited = Signal()

    def __init__(
        self,
        compute_deadline: ComputeDeadline | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        warn_day: WarnDay | None = None,
    ) -> None:
        super().__init__(parent)
        self._compute = compute_deadline
        self._warn_day = warn_day
        self._today = today
        self._inquiry: Inquiry | None = None  # a private copy: what the fields say now
        self._deadline: Deadline | None = None
        self._extensions: list[Extension] = []
        self.dates = {name: DateField() for name in TRACKED_DATES}
        # The inquiry's own numbers: what the printed paper's head shows.
        self.term = QSpinBox()
        self.term.setRange(0, 99)
        self.term.setSpecialValueText(self.tr("–"))  # 0: no Wahlperiode set
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("z. B. 5441"))
        # Only what `desk set number` accepts: 1 to 999999, digits alone.
        self.number.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[1-9]\d{0,5}"), self.number)
        )
        self.number_label = QLabel(self.tr("Laufende Nummer"))
        self.number_label.setBuddy(self.number)
        self.notes = SpelledPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notizen für das Büro; erscheinen in keinem Export"))
        self.notes.setMaximumHeight(80)
        self.untracked = QCheckBox(self.tr("Nicht mehr verfolgen"))
        self.untracked.setToolTip(
            self.tr("Die Anfrage zählt nicht mehr als fällig oder überfällig.")
        )
        self.drucksache = QLineEdit()
        self.drucksache.setPlaceholderText(self.tr("z. B. 17/8765"))
        self.lead_ministry = QLineEdit()
        self.withdrawn = QCheckBox(self.tr("Zurückgezogen"))
        self.status_label = QLabel()
        self.due_override = DateField()
        self.due_override.setToolTip(self.tr("Leer lassen, um die berechnete Frist zu verwenden"))
        self.deadline_view = DeadlineView()
        self.extensions_table = QTableWidget(0, 4)
        self.add_extension_button = QPushButton(self.tr("Verlängerung hinzufügen …"))
        self.remove_extension_button = QPushButton(self.tr("Entfernen"))
        self.answer_drucksache = QLineEdit()
        self.answer_drucksache.setPlaceholderText(self.tr("z. B. 17/9012"))
        self.answer_issued = DateField()
        self._lay_out()
        self._connect()
        self.setEnabled(False)

    # Public API

    def load(
        self,
        inquiry: Inquiry,
        deadline: Deadline | None = None,
        parliament: Parliament | None = None,
    ) -> None:
        """Show an inquiry's tracking data and its deadline (announces nothing).

        Without a deadline (the engine refused the stored dates) the pane asks the
        engine itself and shows its sentence. The parliament names the fields in
        its own words ("Kleine Anfrage Nr.").
        """
        self._inquiry = copy.deepcopy(inquiry)
        self._deadline = deadline
        self._name_number(inquiry, parliament)
        self.term.blockSignals(True)
        self.term.setValue(inquiry.term or 0)
        self.term.blockSignals(False)
        self.number.setText(inquiry.number or "")
        self.notes.blockSignals(True)
        self.notes.setPlainText(inquiry.notes)
        self.notes.blockSignals(False)
        self.untracked.blockSignals(True)
        self.untracked.setChecked(inquiry.dates.untracked is not None)
        self.untracked.blockSignals(False)
        self._show_untracked(inquiry)
        for name, field in self.dates.items():
            field.set_date(getattr(inquiry.dates, name))
        self.due_override.set_date(inquiry.dates.due_override)
        self.answer_issued.set_date(inquiry.dates.answer_issued)
        for edit, value in (
            (self.drucksache, inquiry.drucksache or ""),
            (self.lead_ministry, inquiry.lead_ministry),
            (self.answer_drucksache, inquiry.dates.answer_drucksache or ""),
        ):
            edit.setText(value)
        self.withdrawn.blockSignals(True)
        self.withdrawn.setChecked(inquiry.withdrawn)
        self.withdrawn.blockSignals(False)
        self._extensions = copy.deepcopy(inquiry.dates.extensions)
        self._fill_extensions()
        self.setEnabled(True)
        self._show_status()
        if deadline is not None:
            self.show_deadline(deadline)
        else:
            self._recompute()

    def apply_to(self, inquiry: Inquiry) -> None:
        """Write the pane's values into an inquiry; a date with invalid text keeps its old value."""
        for name, field in self.dates.items():
            if field.is_valid():
                setattr(inquiry.dates, name, field.date())
        if self.due_override.is_valid():
            inquiry.dates.due_override = self.due_override.date()
        if self.answer_issued.is_valid():
            inquiry.dates.answer_issued = self.answer_issued.date()
        inquiry.drucksache = self.drucksache.text().strip() or None
        inquiry.lead_ministry = self.lead_ministry.text().strip()
        inquiry.dates.answer_drucksache = self.answer_drucksache.text().strip() or None
        inquiry.withdrawn = self.withdrawn.isChecked()
        inquiry.dates.extensions = copy.deepcopy(self._extensions)
        inquiry.term = self.term.value() or None
        inquiry.number = self.number.text().strip() or None
        inquiry.notes = self.notes.toPlainText()
        if not self.untracked.isChecked():
            inquiry.dates.untracked = None
        elif inquiry.dates.untracked is None:
            # The day it was ticked, kept across later edits.
            known = self._inquiry.dates.untracked if self._inquiry is not None else None
            inquiry.dates.untracked = known or self._today()

    def show_deadline(self, deadline: Deadline) -> None:
        """Show a deadline computed for the inquiry as it now stands."""
        self._deadline = deadline
        still_open = self._inquiry is not None and is_open(self._inquiry)
        self.deadline_view.show_deadline(deadline, self._today(), still_open)
        self._update_buttons()

    def add_extension(self, extension: Extension) -> bool:
        """Add an extension if the deadline engine accepts it; else say why and add nothing."""
        if self._inquiry is None:
            return False
        trial = copy.deepcopy(self._inquiry)
        trial.dates.extensions.append(extension)
        try:
            self._check(trial)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Verlängerung nicht möglich"), str(error))
            return False
        self._extensions.append(extension)
        self._fill_extensions()
        self._changed()
        return True

    # Building

    def _name_number(self, inquiry: Inquiry, parliament: Parliament | None) -> None:
        """Label the running number with the kind's name, and say when it is not printed."""
        kind = None if parliament is None else parliament.kinds.get(inquiry.kind)
        if kind is None:
            self.number_label.setText(self.tr("Laufende Nummer"))
            self.number.setToolTip("")
            return
        self.number_label.setText(
            self.tr("%1 Nr.").replace("%1", labels.profile_text(kind.display_name))
        )
        self.number.setToolTip(
            ""
            if kind.numbered
            else self.tr("Dieses Parlament druckt keine eigene Nummer für diese Art.")
        )

    def _lay_out(self) -> None:
        document = QFormLayout()
        document.addRow(self.tr("Wahlperiode"), self.term)
        document.addRow(self.number_label, self.number)
        document.addRow(self.tr("Notizen"), self.notes)
        document_box = QGroupBox(self.tr("Dokument"))
        document_box.setLayout(document)

        dates = QFormLayout()
        names = {
            "drafted": self.tr("Entworfen am"),
            "signed": self.tr("Unterzeichnet am"),
            "submitted": self.tr("Eingereicht am"),
            "forwarded": self.tr("Weitergeleitet am"),
            "issued": self.tr("Drucksache ausgegeben am"),
            "reprinted": self.tr("Neudruck am"),
            "answered": self.tr("Beantwortet am"),
        }
        for name in TRACKED_DATES:
            if name != "answered":  # shown with the answer
                dates.addRow(names[name], self.dates[name])
        dates.addRow(self.tr("Drucksache"), self.drucksache)
        dates.addRow(self.tr("Federführendes Ministerium"), self.lead_ministry)
        dates.addRow(self.withdrawn)
        dates.addRow(self.untracked)
        dates.addRow(self.tr("Status"), self.status_label)
        tracking = QGroupBox(self.tr("Verlauf"))
        tracking.setLayout(dates)

        table = self.extensions_table
        table.setHorizontalHeaderLabels(
            [self.tr("Verlängerung"), self.tr("Grund"), self.tr("Vereinbart mit"), self.tr("Am")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        # Length and day are short; the reason takes the room, the agreeing office a fixed share.
        for column in (0, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance(self.tr("Grund")) + 24)
        header.resizeSection(2, 110)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_extension_button)
        buttons.addWidget(self.remove_extension_button)
        buttons.addStretch(1)
        override = QFormLayout()
        override.addRow(self.tr("Fristende von Hand"), self.due_override)
        deadline = QVBoxLayout()
        deadline.addWidget(self.deadline_view)
        deadline.addLayout(override)
        deadline.addWidget(QLabel(self.tr("Verlängerungen")))
        deadline.addWidget(table)
        deadline.addLayout(buttons)
        deadline_box = QGroupBox(self.tr("Antwortfrist"))
        deadline_box.setLayout(deadline)

        answer = QFormLayout()
        answer.addRow(names["answered"], self.dates["answered"])
        answer.addRow(self.tr("Drucksache der Antwort"), self.answer_drucksache)
        answer.addRow(self.tr("Antwort ausgegeben am"), self.answer_issued)
        answer_box = QGroupBox(self.tr("Antwort"))
        answer_box.setLayout(answer)

        content = QWidget()
        boxes = QVBoxLayout(content)
        for box in (document_box, tracking, deadline_box, answer_box):
            boxes.addWidget(box)
        boxes.addStretch(1)
        # A long explanation or many extensions scroll instead of being cut off.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def _connect(self) -> None:
        for field in (*self.dates.values(), self.due_override, self.answer_issued):
            field.changed.connect(self._changed)
        for edit in (self.drucksache, self.lead_ministry, self.answer_drucksache, self.number):
            edit.textEdited.connect(self._changed)
        self.term.valueChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.withdrawn.toggled.connect(self._changed)
        self.untracked.toggled.connect(self._changed)
        self.add_extension_button.clicked.connect(self._ask_extension)
        self.remove_extension_button.clicked.connect(self._remove_extension)
        self.extensions_table.itemSelectionChanged.connect(self._update_buttons)

    # Reactions

    def _changed(self) -> None:
        """Refresh status and deadline from the fields, then tell the owner to save."""
        if self._inquiry is None:
            return
        self.apply_to(self._inquiry)
        self._show_status()
        self._recompute()
        self.edited.emit()

    def _recompute(self) -> None:
        """Show the deadline of the dates as they stand, or the engine's reason why not."""
        if self._inquiry is None:
            return
        if self._compute is None:
            if self._deadline is None:
                self.deadline_view.show_error(self.tr("Keine Fristberechnung verfügbar."))
            return
        try:
            self.show_deadline(self._compute(self._inquiry))
        except DeskError as error:
            self.deadline_view.show_error(str(error))

    def _check(self, trial: Inquiry) -> None:
        """Let the deadline engine judge the trial state; it raises a DeskError to refuse."""
        if self._compute is not None:
            self._compute(trial)

    def _show_status(self) -> None:
        if self._inquiry is not None:
            self.status_label.setText(labels.status_name(self._inquiry.status))
            self._show_untracked(self._inquiry)

    def _show_untracked(self, inquiry: Inquiry) -> None:
        since = inquiry.dates.untracked
        self.untracked.setText(
            self.tr("Nicht mehr verfolgen")
            if since is None
            else self.tr("Nicht mehr verfolgt seit %1").replace("%1", labels.date_text(since))
        )

    def _ask_extension(self) -> None:
        rule = None if self._deadline is None else self._deadline.rule
        dialog = ExtensionDialog(
            None if rule is None else rule.unit, self._today(), self, self._preview_extension
        )
        if dialog.exec() == ExtensionDialog.DialogCode.Accepted:
            extension = dialog.extension()
            if extension is not None:
                self.add_extension(extension)

    def _preview_extension(self, extension: Extension) -> tuple[date | None, str | None]:
        """Return the due date an extension would give, and a warning about that day."""
        if self._inquiry is None or self._compute is None:
            return None, None
        trial = copy.deepcopy(self._inquiry)
        trial.dates.extensions.append(extension)
        try:
            due = self._compute(trial).due
        except DeskError as error:
            return None, str(error)
        if due is None or self._warn_day is None:
            return due, None
        return due, self._warn_day(trial.parliament, due)

    def _remove_extension(self) -> None:
        row = self.extensions_table.currentRow()
        if not 0 <= row < len(self._extensions) or self._inquiry is None:
            return
        trial = copy.deepcopy(self._inquiry)
        del trial.dates.extensions[row]
        try:
            self._check(trial)  # a later extension may rest on this one
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Entfernen nicht möglich"), str(error))
            return
        del self._extensions[row]
        self._fill_extensions()
        self._changed()

    def _fill_extensions(self) -> None:
        table = self.extensions_table
        table.setRowCount(len(self._extensions))
        for row, extension in enumerate(self._extensions):
            cells = (
                self._extension_text(extension),
                extension.reason,
                extension.agreed_by,
                labels.date_text(extension.granted),
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def _extension_text(self, extension: Extension) -> str:
        if extension.new_due is not None:
            return self.tr("bis %1").replace("%1", labels.date_text(extension.new_due))
        rule = None if self._deadline is None else self._deadline.rule
        if extension.units is not None and rule is not None:
            return "+ " + unit_phrase(extension.units, rule.unit)
        units = extension.units or 0
        if units == 1:
            return self.tr("+ 1 Einheit")
        return self.tr("+ %1 Einheiten").replace("%1", str(units))

    def _update_buttons(self) -> None:
        loaded = self._inquiry is not None
        self.add_extension_button.setEnabled(loaded)
        self.remove_extension_button.setEnabled(
            loaded and self.extensions_table.currentRow() >= 0 and bool(self._extensions)
        )
