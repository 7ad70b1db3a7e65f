"""Show whether the open inquiry is saved: a word in the status bar and "*" in the title."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from desk_app.gui.autosave import Autosave

# Qt puts "*" where the title holds this mark while the window is modified.
MODIFIED_MARK = "[*]"


class SaveIndicator(QLabel):
    """Say "Gespeichert" or "Ungespeichert" as the autosave's state changes."""

    def __init__(self, window: QMainWindow, autosave: Autosave) -> None:
        super().__init__(window)
        self._window = window
        key = QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.setToolTip(
            self.tr(
                "Änderungen werden nach einer Sekunde gespeichert; %1 speichert sofort."
            ).replace("%1", key)
        )
        autosave.dirty_changed.connect(self.show_state)
        self.show_state(autosave.is_dirty())

    def is_unsaved(self) -> bool:
        """Tell whether the indicator shows unsaved changes."""
        return self._window.isWindowModified()

    @Slot(bool)
    def show_state(self, dirty: bool) -> None:
        """Show the state in words and in the window title."""
        self.setText(self.tr("Ungespeichert") if dirty else self.tr("Gespeichert"))
        self._window.setWindowModified(dirty)


def install_save_indicator(window: QMainWindow, autosave: Autosave) -> SaveIndicator:
    """Put the indicator into the window's status bar and the mark into its title."""
    if MODIFIED_MARK not in window.windowTitle():
        window.setWindowTitle(window.windowTitle() + MODIFIED_MARK)
    indicator = SaveIndicator(window, autosave)
    window.statusBar().addPermanentWidget(indicator)
    return indicator
