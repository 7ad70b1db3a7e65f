"""File → New: choose parliament and kind, name the originators, see the kind's rules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.labels import profile_text
from desk_app.model import Originator
from desk_app.rules.deadline_explain import confidence_name, event_name, unit_phrase
from desk_app.rules.profile import KindProfile, Limit, Parliament
from desk_app.rules.registry import ProfileRegistry


def deadline_line(kind: KindProfile) -> str:
    """Describe the kind's answer deadline with its source and confidence, on one line."""
    rule = kind.deadline
    if rule is None:
        return QCoreApplication.translate("NewInquiryDialog", "Frist: keine hinterlegt")
    parts = [
        QCoreApplication.translate("NewInquiryDialog", "Frist: {0} ab {1}").format(
            unit_phrase(rule.length, rule.unit), event_name(rule.start_event)
        ),
        QCoreApplication.translate("NewInquiryDialog", "Quelle: {0}").format(
            profile_text(rule.source)
            or QCoreApplication.translate("NewInquiryDialog", "keine angegeben")
        ),
        confidence_name(rule.confidence),
    ]
    return " · ".join(parts)


def limit_line(limit: Limit) -> str:
    """Describe the kind's limits on questions with their source and confidence, on one line."""
    rules = []
    if limit.max_questions is not None:
        rules.append(
            QCoreApplication.translate("NewInquiryDialog", "höchstens {0} Fragen").format(
                limit.max_questions
            )
        )
    if not limit.subquestions_allowed:
        rules.append(QCoreApplication.translate("NewInquiryDialog", "keine Unterfragen"))
    elif limit.max_subquestions is not None:
        rules.append(
            QCoreApplication.translate("NewInquiryDialog", "höchstens {0} Unterfragen").format(
                limit.max_subquestions
            )
        )
    if limit.counts_subquestions:
        rules.append(QCoreApplication.translate("NewInquiryDialog", "Unterfragen zählen mit"))
    if limit.max_per_month is not None:
        rules.append(
            QCoreApplication.translate(
                "NewInquiryDialog", "höchstens {0} je Abgeordnetem und Monat"
            ).format(limit.max_per_month)
        )
    parts = [
        QCoreApplication.translate("NewInquiryDialog", "Grenzen: {0}").format(
            ", ".join(rules) or QCoreApplication.translate("NewInquiryDialog", "keine Begrenzung")
        )
    ]
    if limit.source:
        parts.append(
            QCoreApplication.translate("NewInquiryDialog", "Quelle: {0}").format(
                profile_text(limit.source)
            )
        )
        parts.append(confidence_name(limit.confidence))
    return " · ".join(parts)


class _OriginatorRow(QWidget):
    """Edit one member: name and party (a party of the parliament, or typed)."""

    def __init__(self, parties: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Vorname Nachname"))
        self.party_combo = QComboBox(self)
        self.party_combo.setEditable(True)
        self.party_combo.setToolTip(self.tr("Partei oder Fraktion des Mitglieds"))
        self.set_parties(parties)
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name_edit, 3)
        row.addWidget(self.party_combo, 2)
        row.addWidget(self.remove_button)

    def set_parties(self, parties: tuple[str, ...]) -> None:
        """Offer another parliament's parties, keeping what was typed or chosen."""
        current = self.party_combo.currentText()
        self.party_combo.clear()
        self.party_combo.addItems(["", *parties])
        self.party_combo.setEditText(current)

    def originator(self) -> Originator:
        """Return the member as entered."""
        return Originator(self.name_edit.text().strip(), self.party_combo.currentText().strip())


class NewInquiryDialog(QDialog):
    """Ask what a new inquiry is: parliament, kind, title and who asks."""

    def __init__(
        self,
        registry: ProfileRegistry,
        parent: QWidget | None = None,
        parliament_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Neue Anfrage"))
        self._registry = registry
        self._rows: list[_OriginatorRow] = []
        self.parliament_combo = QComboBox(self)
        for parliament in sorted(registry.all(), key=lambda p: p.name):
            self.parliament_combo.addItem(parliament.name, parliament.id)
        self.kind_combo = QComboBox(self)
        self.deadline_label = QLabel(self)
        self.limit_label = QLabel(self)
        for label in (self.deadline_label, self.limit_label):
            label.setWordWrap(True)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("optional, später im Editor änderbar"))
        self.faction_combo = QComboBox(self)
        self.faction_combo.setEditable(True)
        self.faction_combo.setToolTip(self.tr("Fraktion als Fragestellerin (optional)"))
        self._rows_box = QVBoxLayout()
        add_button = QPushButton(self.tr("Abgeordnete hinzufügen"), self)
        add_button.clicked.connect(self.add_originator)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Anlegen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Parlament:"), self.parliament_combo)
        form.addRow(self.tr("&Art:"), self.kind_combo)
        form.addRow("", self.deadline_label)
        form.addRow("", self.limit_label)
        form.addRow(self.tr("&Titel:"), self.title_edit)
        form.addRow(self.tr("Abgeordnete:"), self._rows_box)
        form.addRow("", add_button)
        form.addRow(self.tr("&Fraktion:"), self.faction_combo)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addStretch(1)
        box.addWidget(buttons)
        self.parliament_combo.currentIndexChanged.connect(self._parliament_changed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        if parliament_id is not None and parliament_id in registry:
            start = self.parliament_combo.findData(registry.get(parliament_id).id)
            self.parliament_combo.setCurrentIndex(start)
        self._parliament_changed()
        self.add_originator()
        self.resize(620, self.sizeHint().height())

    def parliament(self) -> Parliament:
        """Return the chosen parliament's profile."""
        return self._registry.get(str(self.parliament_combo.currentData()))

    def kind(self) -> KindProfile:
        """Return the chosen kind's profile."""
        return self.parliament().kind(str(self.kind_combo.currentData()))

    @Slot()
    def add_originator(self) -> None:
        """Add an empty row for one more member and put the cursor in it."""
        row = _OriginatorRow(self.parliament().parties, self)
        row.remove_button.clicked.connect(lambda: self._remove_row(row))
        self._rows.append(row)
        self._rows_box.addWidget(row)
        row.name_edit.setFocus()

    def _remove_row(self, row: _OriginatorRow) -> None:
        """Drop one member's row."""
        self._rows.remove(row)
        row.deleteLater()

    def originator_rows(self) -> list[_OriginatorRow]:
        """Return the member rows in order (for the lead's tests and wiring)."""
        return list(self._rows)

    def result_values(self) -> tuple[str, str, list[Originator], str, str]:
        """Return (parliament_id, kind_id, originators, faction, title) for Operations.create."""
        persons = [row.originator() for row in self._rows]
        return (
            self.parliament().id,
            self.kind().id,
            [person for person in persons if person.name],
            self.faction_combo.currentText().strip(),
            self.title_edit.text().strip(),
        )

    @Slot()
    def _parliament_changed(self) -> None:
        """Refill the kinds with this parliament's own names and offer its parties."""
        parliament = self.parliament()
        previous = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        for kind in parliament.kinds.values():
            self.kind_combo.addItem(profile_text(kind.display_name), kind.id)
        self.kind_combo.blockSignals(False)
        # Keep the kind across parliaments where it exists, else the profile's default kind.
        for wanted in (previous, parliament.default_kind):
            index = self.kind_combo.findData(wanted)
            if index >= 0:
                self.kind_combo.setCurrentIndex(index)
                break
        faction = self.faction_combo.currentText()
        self.faction_combo.clear()
        self.faction_combo.addItems(["", *parliament.parties])
        self.faction_combo.setEditText(faction)
        for row in self._rows:
            row.set_parties(parliament.parties)
        self._kind_changed()

    @Slot()
    def _kind_changed(self) -> None:
        """Show the chosen kind's deadline rule and limits."""
        if self.kind_combo.currentIndex() < 0:
            return
        kind = self.kind()
        self.deadline_label.setText(deadline_line(kind))
        self.deadline_label.setToolTip(profile_text(kind.deadline.note) if kind.deadline else "")
        self.limit_label.setText(limit_line(kind.limit))
        self.limit_label.setToolTip(profile_text(kind.limit.note))
