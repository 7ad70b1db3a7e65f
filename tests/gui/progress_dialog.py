"""Press "Abbrechen" in the long-task progress dialog once it shows, as a user does."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from desk_app.gui.long_task import DIALOG_NAME


def click_cancel_when(text: str, seen: list[str]) -> QTimer:
    """Watch for the dialog; once its label shows `text`, remember it and press Abbrechen."""
    timer = QTimer()

    def look() -> None:
        # The modal widget alone, not every window: while the work holds the interpreter,
        # each call into Qt from this thread waits its turn.
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):  # an error box: fail the test, never hang it
            seen.append(f"unerwartet: {modal.text()}")
            modal.reject()
            return
        if not isinstance(modal, QProgressDialog) or modal.objectName() != DIALOG_NAME:
            return
        label = modal.labelText()
        if text not in label:
            return
        seen.append(label)
        button = next(b for b in modal.findChildren(QPushButton) if b.text() == "Abbrechen")
        timer.stop()
        button.click()

    timer.timeout.connect(look)
    timer.start(20)
    return timer
