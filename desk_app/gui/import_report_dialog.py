"""The import report: every field the import recognised, how sure it was, and what to check."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.labels import kind_name
from desk_app.i18n import shown
from desk_app.model import DeskError
from desk_app.rules.registry import ProfileRegistry
from desk_app.service import ImportOutcome

_PLACE_ROLE = Qt.ItemDataRole.UserRole  # the field a line to check concerns
_GUESSED = QColor("#fff1c2")  # the amber of a field to check
_MISSING = QColor("#6b6b6b")


def field_label(field: str, fallback: str) -> str:
    """Return the German name of a reported field; an unknown field keeps the service's name."""
    labels = {
        "parliament": QCoreApplication.translate("ImportReport", "Parlament"),
        "kind": QCoreApplication.translate("ImportReport", "Art"),
        "term": QCoreApplication.translate("ImportReport", "Wahlperiode"),
        "number": QCoreApplication.translate("ImportReport", "Nummer"),
        "drucksache": QCoreApplication.translate("ImportReport", "Drucksache"),
        "dates.signed": QCoreApplication.translate("ImportReport", "Datum der Unterschrift"),
        "dates.submitted": QCoreApplication.translate("ImportReport", "Eingegangen"),
        "dates.forwarded": QCoreApplication.translate("ImportReport", "Weitergeleitet"),
        "dates.issued": QCoreApplication.translate("ImportReport", "Ausgegeben"),
        "dates.answered": QCoreApplication.translate("ImportReport", "Beantwortet am"),
        "dates.answer_drucksache": QCoreApplication.translate(
            "ImportReport", "Drucksache der Antwort"
        ),
        "title": QCoreApplication.translate("ImportReport", "Titel"),
        "originators": QCoreApplication.translate("ImportReport", "Urheber"),
        "faction": QCoreApplication.translate("ImportReport", "Fraktion"),
        "preamble": QCoreApplication.translate("ImportReport", "Vorbemerkung"),
        "lead_in": QCoreApplication.translate("ImportReport", "Einleitungssatz"),
        "questions": QCoreApplication.translate("ImportReport", "Fragen"),
        "subquestions": QCoreApplication.translate("ImportReport", "Unterfragen"),
        "footnotes": QCoreApplication.translate("ImportReport", "Fußnoten"),
        "signature": QCoreApplication.translate("ImportReport", "Unterschrift"),
        "answer.ministry": QCoreApplication.translate("ImportReport", "Antwortendes Ministerium"),
        "answer.date": QCoreApplication.translate("ImportReport", "Datum der Antwort"),
        "answer.drucksache": QCoreApplication.translate("ImportReport", "Antwort-Drucksache"),
        "answer.preliminary": QCoreApplication.translate(
            "ImportReport", "Vorbemerkung der Regierung"
        ),
        "answer.parts": QCoreApplication.translate("ImportReport", "Beantwortete Fragen"),
        "answer.joint": QCoreApplication.translate("ImportReport", "Gemeinsame Antworten"),
    }
    return labels.get(field, fallback)


def confidence_label(key: str) -> str:
    """Return the German word for a confidence key: sicher, vermutet, nicht gefunden."""
    labels = {
        "certain": QCoreApplication.translate("ImportReport", "sicher"),
        "guessed": QCoreApplication.translate("ImportReport", "vermutet"),
        "missing": QCoreApplication.translate("ImportReport", "nicht gefunden"),
    }
    return labels.get(key, key)


class ImportReportDialog(QDialog):
    """Show an import's fields with their confidence and the places left uncertain."""

    open_requested = Signal(int)  # the imported inquiry's id
    place_requested = Signal(int, str)  # the inquiry's id and a field to show it at

    def __init__(
        self,
        outcome: ImportOutcome,
        registry: ProfileRegistry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._outcome = outcome
        self._registry = registry
        self.setWindowTitle(self.tr("Importbericht"))
        self.summary = QLabel(self._summary(), self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Feld"), self.tr("Erkannt"), self.tr("Sicherheit")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._fill_table()
        # A row leads to its place: the field opens in the editor or the tracking pane.
        self.table.cellDoubleClicked.connect(lambda row, _column: self.show_place(row))
        to_check = outcome.to_check
        self.check_label = QLabel(
            self.tr("Zu prüfen:")
            if to_check
            else self.tr("Nichts zu prüfen: kein Feld blieb unsicher."),
            self,
        )
        self.check_list = QListWidget(self)
        self.check_list.setWordWrap(True)
        hint = self.tr("Doppelklick: die Stelle in der Anfrage zeigen")
        for line, place in zip(to_check, outcome.check_places, strict=True):
            item = QListWidgetItem(shown(line))
            item.setData(_PLACE_ROLE, place)
            if place is not None:  # it leads somewhere: say so, as the table's rows do
                item.setToolTip(hint)
            self.check_list.addItem(item)
        # Double-click or Enter, as the platform activates an item.
        self.check_list.itemActivated.connect(self._check_activated)
        self.check_list.setVisible(bool(to_check))
        self.check_list.setMaximumHeight(110)
        self.open_button = QPushButton(self.tr("Anfrage &öffnen"), self)
        self.open_button.clicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addWidget(self.check_label)
        box.addWidget(self.check_list)
        box.addWidget(buttons)
        self.setModal(False)  # the user reads it beside the opened inquiry
        self.resize(720, 680)

    def rows(self) -> list[tuple[str, str, str]]:
        """Return the table as the user reads it: field, what was recognised, confidence."""
        return [
            (self._cell(row, 0), self._cell(row, 1), self._cell(row, 2))
            for row in range(self.table.rowCount())
        ]

    def _cell(self, row: int, column: int) -> str:
        """Return the text of one table cell."""
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def checks(self) -> list[str]:
        """Return the lines of the list of places to check."""
        items = (self.check_list.item(row) for row in range(self.check_list.count()))
        return [item.text() for item in items if item is not None]

    def _summary(self) -> str:
        """Return the one-line count: how many fields are certain, guessed, not found."""
        counts = {"certain": 0, "guessed": 0, "missing": 0}
        for entry in self._outcome.fields:
            counts[entry.confidence.key] = counts.get(entry.confidence.key, 0) + 1
        text = self.tr("Antwort importiert: %1 sicher, %2 vermutet, %3 nicht gefunden.")
        if not self._outcome.answered:
            text = self.tr("Anfrage importiert: %1 sicher, %2 vermutet, %3 nicht gefunden.")
        for number, key in enumerate(("certain", "guessed", "missing"), start=1):
            text = text.replace(f"%{number}", str(counts[key]))
        return text

    def _fill_table(self) -> None:
        """Put one row per field into the table, guessed rows marked, missing ones greyed."""
        entries = self._outcome.fields
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            value = self._shown_value(entry.field, entry.value) or "–"
            cells = (
                field_label(entry.field, entry.label),
                value,
                confidence_label(entry.confidence.key),
            )
            hint = self.tr("Doppelklick: die Stelle in der Anfrage zeigen")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                tip = shown(entry.detail) if entry.detail else ""
                if entry.confidence.key != "certain":
                    tip = f"{tip}\n{hint}" if tip else hint
                item.setToolTip(tip)
                if entry.confidence.key == "guessed":
                    item.setBackground(QBrush(_GUESSED))
                elif entry.confidence.key == "missing":
                    item.setForeground(QBrush(_MISSING))
                self.table.setItem(row, column, item)

    def _shown_value(self, field: str, value: str) -> str:
        """Return a value as the user knows it: the parliament's and the kind's own names."""
        if self._registry is None or not value:
            return value
        parliament = self._outcome.inquiry.parliament
        try:
            if field == "parliament":
                return self._registry.get(value).name
        except DeskError:
            return value
        if field == "kind":
            return kind_name(self._registry, parliament, value)
        return shown(value)

    def show_place(self, row: int) -> None:
        """Ask the window to show where a row's field is, the report staying open beside it."""
        entries = self._outcome.fields
        if 0 <= row < len(entries):
            self.place_requested.emit(self._outcome.id, entries[row].field)

    def show_check_place(self, row: int) -> None:
        """Ask the window to show the place a line of the list to check concerns."""
        item = self.check_list.item(row)
        if item is not None:
            self._check_activated(item)

    def _check_activated(self, item: QListWidgetItem) -> None:
        place = item.data(_PLACE_ROLE)
        if place:
            self.place_requested.emit(self._outcome.id, str(place))

    def _open(self) -> None:
        """Ask the window to open the imported inquiry, then close the report."""
        self.open_requested.emit(self._outcome.id)
        self.accept()


def show_import_report(
    parent: QWidget | None,
    outcome: ImportOutcome,
    open_inquiry: Callable[[int], object],
    registry: ProfileRegistry | None = None,
    show_place: Callable[[int, str], object] | None = None,
) -> ImportReportDialog:
    """Show an import's report beside the window, without blocking it, and return the dialog."""
    dialog = ImportReportDialog(outcome, registry, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open_requested.connect(open_inquiry)
    if show_place is not None:
        dialog.place_requested.connect(show_place)
    # Beside the window, not in front of the keyboard: Ctrl+E, Ctrl+S and typing
    # go on reaching the window the import just filled.
    dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    dialog.show()
    dialog.raise_()
    if parent is not None:
        parent.activateWindow()
    return dialog
