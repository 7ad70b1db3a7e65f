"""The trash: deleted inquiries, newest first, each one a click away from coming back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui import labels
from desk_app.gui.operations import Operations
from desk_app.model import DeskError


class TrashDialog(QDialog):
    """List the deleted inquiries and restore the selected one."""

    restored = Signal(int)  # the inquiry id, once it is back in the list

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Papierkorb"))
        self._ops = operations
        self.entries = QListWidget(self)
        self.entries.setWordWrap(True)  # a long title wraps instead of being cut off
        self.empty_label = QLabel(self.tr("Der Papierkorb ist leer."), self)
        self.restore_button = QPushButton(self.tr("&Wiederherstellen"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.empty_label)
        box.addWidget(self.entries, 1)
        box.addWidget(buttons)
        self.entries.currentRowChanged.connect(self._selection_changed)
        self.entries.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.resize(560, 360)
        self.refresh()

    def refresh(self) -> None:
        """Read the trash again."""
        self.entries.clear()
        for row in self._ops.desk.deleted():
            when = row.deleted_at.astimezone().strftime("%d.%m.%Y %H:%M")
            reference = labels.reference(None, row.drucksache) if row.drucksache else row.number
            title = " ".join(row.title.split()) or self.tr("(ohne Titel)")
            text = f"{row.parliament}  {reference or ''}  {title}  ·  " + self.tr(
                "gelöscht am %1"
            ).replace("%1", when)
            item = QListWidgetItem(text, self.entries)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        empty = self.entries.count() == 0
        self.empty_label.setVisible(empty)
        self.entries.setVisible(not empty)
        if not empty:
            self.entries.setCurrentRow(0)
        self._selection_changed()

    @Slot()
    def restore_selected(self) -> bool:
        """Bring the selected inquiry back; return whether it came back."""
        item = self.entries.currentItem()
        if item is None:
            return False
        inquiry_id = int(item.data(Qt.ItemDataRole.UserRole))
        try:
            self._ops.restore_deleted(inquiry_id)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Wiederherstellen nicht möglich"), str(error))
            return False
        self.restored.emit(inquiry_id)
        self.refresh()
        return True

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.entries.currentItem() is not None)
