"""History: an inquiry's entries by event, each compared word by word with now, any one restorable.

The grouping, the labels and the comparison come from the service
(desk_app.service.history); this dialog only shows them and asks. A restore
brings back the text and keeps today's tracking data unless the user takes
those too; the restore can be undone from here until the inquiry changes again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.operations import Operations
from desk_app.gui.screens import available_room
from desk_app.model import DeskError
from desk_app.service.history import Comparison, DiffPiece, HistoryEntry, readable_text

_REVISION_ROLE = Qt.ItemDataRole.UserRole
# Colour and a second mark (underline, strike-through), so a colour-blind reader sees it too.
_INSERTED = QColor("#1a7f37")
_REMOVED = QColor("#b3261e")
_INSERTED_BACKGROUND = QColor("#e6f4ea")
_REMOVED_BACKGROUND = QColor("#fce8e6")


def tracking_lines(comparison: Comparison) -> str:
    """Return the differing tracking data as "Eingereicht am: – → 20.02.2026", one per line."""
    lines = []
    for change in comparison.tracking:
        if change.then or change.now:
            lines.append(f"{change.name}: {change.then or '…'} → {change.now or '…'}")
        else:
            lines.append(change.name)
    return "\n".join(lines)


def show_diff(view: QTextEdit, pieces: list[DiffPiece]) -> None:
    """Write a word comparison into a text view and scroll to its first change.

    Inserted words are green and underlined, removed ones red and struck through.
    """
    view.clear()
    cursor = QTextCursor(view.document())
    first_change: int | None = None
    for piece in pieces:
        form = QTextCharFormat()
        if piece.kind == "inserted":
            form.setForeground(_INSERTED)
            form.setBackground(_INSERTED_BACKGROUND)
            form.setFontUnderline(True)
        elif piece.kind == "removed":
            form.setForeground(_REMOVED)
            form.setBackground(_REMOVED_BACKGROUND)
            form.setFontStrikeOut(True)
        if piece.kind != "same" and first_change is None:
            first_change = cursor.position()
        cursor.insertText(piece.text, form)
    shown = QTextCursor(view.document())
    shown.setPosition(first_change or 0)
    view.setTextCursor(shown)
    view.ensureCursorVisible()


class HistoryDialog(QDialog):
    """List an inquiry's history, newest first; compare an entry with now; restore it."""

    restored = Signal(int)  # the inquiry id, after a restore or its undo changed it

    def __init__(self, operations: Operations, inquiry_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._ops = operations
        self._inquiry_id = inquiry_id
        self._entries: list[HistoryEntry] = []
        self.choice_box: QMessageBox | None = None  # the restore question while it is asked
        self.setWindowTitle(self.tr("Verlauf"))
        self.revision_list = QListWidget(self)
        self.revision_list.setWordWrap(True)
        self.revision_list.currentItemChanged.connect(self._show_selected)
        self.diff_view = QTextEdit(self)
        self.diff_view.setReadOnly(True)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.diff_view, self.tr("Unterschiede zu jetzt"))
        self.tabs.addTab(self.text_view, self.tr("Text dieser Fassung"))
        self.legend = QLabel(
            self.tr(
                "Grün unterstrichen: seit dieser Fassung hinzugekommen. "
                "Rot durchgestrichen: seitdem entfernt."
            ),
            self,
        )
        self.legend.setWordWrap(True)
        self.tracking_label = QLabel(self)
        self.tracking_label.setWordWrap(True)
        self.tracking_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tracking_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Wiederherstellen …"), self)
        self.restore_button.setToolTip(
            self.tr(
                "Der Text dieser Fassung wird wieder der aktuelle; Termine, Drucksache und "
                "Antwort bleiben, wenn Sie nichts anderes wählen."
            )
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.undo_button = QPushButton(self.tr("Wiederherstellen &rückgängig"), self)
        self.undo_button.setToolTip(
            self.tr("Bringt genau den Stand vor dem letzten Wiederherstellen zurück.")
        )
        self.undo_button.clicked.connect(self.undo_restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.tabs, 1)
        right_box.addWidget(self.legend)
        # Many changed dates make a long list: it scrolls instead of pushing the text away.
        tracking_area = QScrollArea(self)
        tracking_area.setWidget(self.tracking_label)
        tracking_area.setWidgetResizable(True)
        tracking_area.setFrameShape(QFrame.Shape.NoFrame)
        tracking_area.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        right_box.addWidget(tracking_area)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.revision_list)
        splitter.addWidget(right)
        splitter.setSizes([300, 560])
        box = QVBoxLayout(self)
        box.addWidget(splitter, 1)
        box.addWidget(self.hint)
        box.addWidget(buttons)
        self._fit_to_screen(900, 580)
        self.reload()

    def _fit_to_screen(self, width: int, height: int) -> None:
        """Take the size asked for, or nine tenths of a smaller screen (200 % scaling)."""
        room = available_room(self)
        self.resize(min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10))

    def reload(self) -> None:
        """Read the history from the service and select the newest entry."""
        self.revision_list.clear()
        try:
            self._entries = self._ops.desk.history(self._inquiry_id)
            can_undo = self._ops.desk.restore_to_undo(self._inquiry_id) is not None
        except DeskError as error:
            self._entries = []
            self.hint.setText(str(error))
            self.restore_button.setEnabled(False)
            self.undo_button.setEnabled(False)
            return
        self.undo_button.setEnabled(can_undo)
        for entry in self._entries:
            label = entry.label
            item = QListWidgetItem(label, self.revision_list)
            item.setData(_REVISION_ROLE, entry.revision_id)
            item.setToolTip(label)
        if self._entries:
            self.revision_list.setCurrentRow(0)
        else:
            self.hint.setText(
                self.tr("Von dieser Anfrage gibt es noch keine gespeicherte Fassung.")
            )
            self.restore_button.setEnabled(False)

    def revisions(self) -> list[str]:
        """Return the labels of the listed entries, as the user sees them."""
        return [self.revision_list.item(row).text() for row in range(self.revision_list.count())]

    def selected_revision(self) -> int | None:
        """Return the id of the revision the selected entry ends with, or None."""
        item = self.revision_list.currentItem()
        return None if item is None else int(item.data(_REVISION_ROLE))

    def _selected_entry(self) -> HistoryEntry | None:
        row = self.revision_list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    @Slot()
    def _show_selected(self) -> None:
        """Show the selected entry's text and how it differs from now."""
        entry = self._selected_entry()
        self.restore_button.setEnabled(entry is not None and not entry.current)
        if entry is None:
            self.text_view.clear()
            self.diff_view.clear()
            self.tracking_label.clear()
            return
        try:
            inquiry = self._ops.desk.revision(self._inquiry_id, entry.revision_id)
            comparison = self._ops.desk.compare(self._inquiry_id, entry.revision_id)
        except DeskError as error:
            self.text_view.setPlainText(str(error))
            self.diff_view.setPlainText(str(error))
            self.restore_button.setEnabled(False)
            return
        self.text_view.setPlainText(readable_text(inquiry))
        show_diff(self.diff_view, comparison.pieces)
        if comparison.tracking:
            self.tracking_label.setText(
                self.tr("Verfolgungsdaten dieser Fassung, die heute anders sind:\n%1").replace(
                    "%1", tracking_lines(comparison)
                )
            )
        elif entry.current:
            self.tracking_label.setText(self.tr("Das ist der jetzige Stand."))
        else:
            self.tracking_label.setText(
                self.tr("Die Verfolgungsdaten dieser Fassung sind dieselben wie heute.")
            )
        self.hint.setText("")

    @Slot()
    def restore_selected(self) -> bool:
        """Ask what to restore, then restore the selected entry; return whether it was restored."""
        entry = self._selected_entry()
        if entry is None:
            return False
        try:
            comparison = self._ops.desk.compare(self._inquiry_id, entry.revision_id)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Wiederherstellen nicht möglich"), str(error))
            return False
        if comparison.same_text and not comparison.tracking:
            self.hint.setText(
                self.tr(
                    "Diese Fassung entspricht dem jetzigen Stand; es gibt nichts zurückzuholen."
                )
            )
            return False
        choice = self._ask(entry, comparison)
        if choice is None:
            return False
        try:
            self._ops.restore(self._inquiry_id, entry.revision_id, with_tracking=choice)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Wiederherstellen nicht möglich"), str(error))
            return False
        self.reload()
        self.hint.setText(
            self.tr(
                "Die Fassung vom %1 ist wiederhergestellt. "
                "„Wiederherstellen rückgängig“ bringt den Stand davor zurück."
            ).replace("%1", entry.when)
        )
        self.restored.emit(self._inquiry_id)
        return True

    def _ask(self, entry: HistoryEntry, comparison: Comparison) -> bool | None:
        """Ask whether to restore; return True to take the tracking data too, None to cancel."""
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Fassung wiederherstellen"), "", parent=self
        )
        with_tracking: QPushButton | None = None
        if comparison.tracking:
            box.setText(
                self.tr(
                    "Die Fassung vom %1 hat andere Verfolgungsdaten als heute. "
                    "Sollen sie auch zurückkommen?"
                ).replace("%1", entry.when)
            )
            box.setInformativeText(tracking_lines(comparison))
            text_only = box.addButton(self.tr("Nur den Text"), QMessageBox.ButtonRole.AcceptRole)
            with_tracking = box.addButton(
                self.tr("Text und Verfolgungsdaten"), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            box.setText(
                self.tr(
                    "Der Text der Fassung vom %1 wird wieder der aktuelle. "
                    "Der jetzige Stand bleibt im Verlauf erhalten."
                ).replace("%1", entry.when)
            )
            text_only = box.addButton(
                self.tr("Wiederherstellen"), QMessageBox.ButtonRole.AcceptRole
            )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(text_only)
        self.choice_box = box
        try:
            box.exec()
        finally:
            self.choice_box = None
        clicked = box.clickedButton()
        if clicked is text_only:
            return False
        if with_tracking is not None and clicked is with_tracking:
            return True
        return None

    @Slot()
    def undo_restore(self) -> bool:
        """Bring back the state before the last restore; return whether it came back."""
        try:
            self._ops.undo_restore(self._inquiry_id)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Rückgängig nicht möglich"), str(error))
            self.reload()
            return False
        self.reload()
        self.hint.setText(self.tr("Der Stand vor dem Wiederherstellen ist zurück."))
        self.restored.emit(self._inquiry_id)
        return True
