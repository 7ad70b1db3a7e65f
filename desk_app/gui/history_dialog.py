"""History: the saved versions of one inquiry, each readable, any one restorable."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.operations import Operations
from desk_app.model import DeskError, Inquiry
from desk_app.service import markdown_text

_REVISION_ROLE = Qt.ItemDataRole.UserRole


def saved_at_text(moment: datetime) -> str:
    """Format a save time in local time as "19.02.2020 14:03:22"."""
    return f"{moment.astimezone():%d.%m.%Y %H:%M:%S}"


def readable_text(inquiry: Inquiry) -> str:
    """Return the inquiry as Markdown without the metadata block a reader does not need."""
    text = markdown_text(inquiry)
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            text = text[end + 5 :]
    return text.lstrip("\n")


class HistoryDialog(QDialog):
    """List an inquiry's revisions, newest first; show one; restore it on request."""

    restored = Signal(int)  # the inquiry id, after an earlier revision became current

    def __init__(self, operations: Operations, inquiry_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = operations
        self._inquiry_id = inquiry_id
        self.setWindowTitle(self.tr("Verlauf"))
        self.revision_list = QListWidget(self)
        self.revision_list.currentItemChanged.connect(self._show_selected)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Wiederherstellen …"), self)
        self.restore_button.setToolTip(
            self.tr("Diese Fassung wird wieder die aktuelle; die jetzige bleibt im Verlauf.")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.revision_list)
        splitter.addWidget(self.text_view)
        splitter.setSizes([220, 560])
        box = QVBoxLayout(self)
        box.addWidget(splitter, 1)
        box.addWidget(self.hint)
        box.addWidget(buttons)
        self.resize(820, 560)
        self.reload()

    def reload(self) -> None:
        """Read the revisions from the store and select the newest."""
        self.revision_list.clear()
        try:
            revisions = self._ops.desk.revisions(self._inquiry_id)
        except DeskError as error:
            self.hint.setText(str(error))
            self.restore_button.setEnabled(False)
            return
        for index, revision in enumerate(revisions):
            label = saved_at_text(revision.saved_at)
            if index == 0:
                label = self.tr("%1 (aktuell)").replace("%1", label)
            item = QListWidgetItem(label, self.revision_list)
            item.setData(_REVISION_ROLE, revision.id)
        if revisions:
            self.revision_list.setCurrentRow(0)
        else:
            self.hint.setText(
                self.tr("Von dieser Anfrage gibt es noch keine gespeicherte Fassung.")
            )
            self.restore_button.setEnabled(False)

    def revisions(self) -> list[str]:
        """Return the labels of the listed revisions, as the user sees them."""
        return [self.revision_list.item(row).text() for row in range(self.revision_list.count())]

    def selected_revision(self) -> int | None:
        """Return the id of the selected revision, or None."""
        item = self.revision_list.currentItem()
        return None if item is None else int(item.data(_REVISION_ROLE))

    @Slot()
    def _show_selected(self) -> None:
        """Show the selected revision's text; the newest one cannot be restored onto itself."""
        revision_id = self.selected_revision()
        self.restore_button.setEnabled(bool(revision_id) and self.revision_list.currentRow() > 0)
        if revision_id is None:
            self.text_view.clear()
            return
        try:
            inquiry = self._ops.desk.revision(self._inquiry_id, revision_id)
        except DeskError as error:
            self.text_view.setPlainText(str(error))
            self.restore_button.setEnabled(False)
            return
        self.text_view.setPlainText(readable_text(inquiry))
        self.hint.setText("")

    @Slot()
    def restore_selected(self) -> bool:
        """Ask, then make the selected revision current; return whether it was restored."""
        revision_id = self.selected_revision()
        item = self.revision_list.currentItem()
        if revision_id is None or item is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Fassung wiederherstellen"),
            self.tr(
                "Die Fassung vom %1 wird wieder die aktuelle. "
                "Der jetzige Stand bleibt im Verlauf erhalten. Fortfahren?"
            ).replace("%1", item.text()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._ops.restore(self._inquiry_id, revision_id)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Wiederherstellen nicht möglich"), str(error))
            return False
        self.reload()
        self.restored.emit(self._inquiry_id)
        return True
