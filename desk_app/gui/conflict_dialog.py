"""Both versions of an inquiry side by side: keep mine, take theirs, or choose place by place.

The service (desk_app.service.conflicts) finds the places where the edit on
this desk and the version a colleague saved differ and who changed each; this
dialog shows them in rows (the place, this desk's text, the stored text, the
choice) and says which choice the user made. Rows only one side changed are
preselected to that side; rows both changed are marked and preselected to mine.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.model.merge import Choice
from desk_app.service.conflicts import Conflict, ConflictRow

_BOTH_BACKGROUND = QColor("#fff4ce")  # rows both changed: the ones that need a look
_COLUMNS = 4


class ConflictDialog(QDialog):
    """Show where this desk's edit and the stored version differ and take the user's choice."""

    KEEP_MINE = 2  # result codes beside Accepted (1: the rows' choices) and Rejected (0: later)
    TAKE_THEIRS = 3

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Gleichzeitig geändert"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        sentence = QLabel(conflict.sentence)
        sentence.setWordWrap(True)
        layout.addWidget(sentence)
        hint = QLabel(
            self.tr(
                "Gelb: beide haben diese Stelle geändert. Die übrigen Stellen hat nur eine "
                "Seite geändert; sie ist vorgewählt."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        theirs = conflict.author or self.tr("anderswo")
        self.table = QTableWidget(len(conflict.rows), _COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Stelle"),
                self.tr("Ihre Fassung"),
                self.tr("Fassung von %1").replace("%1", theirs),
                self.tr("Übernehmen"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.choosers: list[QComboBox] = []
        for index, (row, default) in enumerate(
            zip(conflict.rows, conflict.defaults(), strict=True)
        ):
            self._add_row(index, row, default, theirs)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(
            self.tr("Auswahl speichern"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.mine_button = buttons.addButton(
            self.tr("Meine Fassung behalten"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.theirs_button = buttons.addButton(
            self.tr("Fassung von %1 übernehmen").replace("%1", theirs),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.later_button: QPushButton = buttons.addButton(
            self.tr("Später entscheiden"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.accept)
        self.mine_button.clicked.connect(lambda: self.done(self.KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self.done(self.TAKE_THEIRS))
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 600)

    def choices(self) -> list[Choice]:
        """Return what the result takes at each place: the rows' choices, or one side everywhere."""
        if self.result() == self.KEEP_MINE:
            return self.conflict.all("mine")
        if self.result() == self.TAKE_THEIRS:
            return self.conflict.all("theirs")
        return [chooser.currentData() for chooser in self.choosers]

    def _add_row(self, index: int, row: ConflictRow, default: Choice, theirs: str) -> None:
        who = {
            "mine": self.tr("von Ihnen geändert"),
            "theirs": self.tr("von %1 geändert").replace("%1", theirs),
            "both": self.tr("von beiden geändert"),
        }[row.changed]
        place = QTableWidgetItem(f"{row.label}\n{who}")
        cells = [place, QTableWidgetItem(row.mine), QTableWidgetItem(row.theirs)]
        for column, cell in enumerate(cells):
            cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if row.changed == "both":
                cell.setBackground(QBrush(_BOTH_BACKGROUND))
            self.table.setItem(index, column, cell)
        if row.changed == "both":
            bold = QFont(place.font())
            bold.setBold(True)
            place.setFont(bold)
        chooser = QComboBox()
        chooser.addItem(self.tr("Ihre"), "mine")
        chooser.addItem(self.tr("von %1").replace("%1", theirs), "theirs")
        if row.may_take_both:
            chooser.addItem(self.tr("beide (Ihre zuerst)"), "both")
        chooser.setCurrentIndex(chooser.findData(default))
        chooser.setAccessibleName(row.label)
        self.table.setCellWidget(index, _COLUMNS - 1, chooser)
        self.choosers.append(chooser)
