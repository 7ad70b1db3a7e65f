"""At the start, if the user asked for it: look every open Bundestag inquiry up in the DIP.

Off unless ticked (Settings → "DIP beim Start prüfen"): nothing goes over the
network without the user's word. The store is read on the GUI thread, the
network waited for on a thread of its own, and what came back is saved on the
GUI thread again; the window stays usable all the while, and a failure is one
sentence in the status bar.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QStatusBar

from desk_app.gui.thread_handoff import Handoff
from desk_app.model.errors import DeskError

if TYPE_CHECKING:
    from desk_app.gui.operations import Operations

CHECK_KEY = "dip/check_at_start"
MESSAGE_MS = 15000


def checks_at_start(settings: QSettings) -> bool:
    """Tell whether the user asked for the DIP check at every start."""
    return bool(settings.value(CHECK_KEY, False, type=bool))


class Window(Protocol):
    """What of the main window the check uses (the window imports this module)."""

    ops: Operations
    current: Any  # the open Inquiry, or None

    def statusBar(self) -> QStatusBar: ...  # Qt's name

    def flush_edits(self) -> None: ...

    def reload_inquiry(self) -> None: ...


class DipStartCheck(QObject):
    """Run one look-up of the open Bundestag inquiries in the background and save what changed."""

    done = Signal()  # after the findings were saved and said (the tests wait for it)

    def __init__(self, window: Window, parent: QObject) -> None:
        super().__init__(parent)
        self._window = window
        self._ops = window.ops
        self._handoff = Handoff(self._arrived, self)

    def start(self) -> bool:
        """Read the open inquiries and start the look-up; False when there is nothing to do."""
        try:
            look_up = self._ops.desk.open_sync_planner()
        except DeskError as error:
            self._say(str(error))
            return False
        if look_up is None:
            return False
        put = self._handoff.put  # the worker holds the queue, never this Qt object

        def run() -> None:
            try:
                put((look_up(None), ""))
            except DeskError as error:
                put((None, str(error)))

        threading.Thread(target=run, name="dip-start-check", daemon=True).start()
        self._handoff.start()
        return True

    def _arrived(self, found: tuple[Any, str]) -> None:
        self._handoff.stop()
        self._save(*found)

    def _save(self, outcomes: Any, failure: str) -> None:
        if failure:
            self._say(
                QCoreApplication.translate("DipStartCheck", "DIP beim Start: %1").replace(
                    "%1", failure
                )
            )
            self.done.emit()
            return
        # What was typed meanwhile is saved first, so an inquiry edited since it was read
        # keeps the edit (its finding waits for the next look-up) rather than losing it.
        self._window.flush_edits()
        saved = [o.inquiry.id for o in outcomes if self._ops.desk.apply_sync_if_unchanged(o)]
        for inquiry_id in saved:
            self._ops.inquiry_saved.emit(inquiry_id)
        if saved:
            self._ops.list_changed.emit()
        current = self._window.current
        if current is not None and current.id in saved:
            self._window.reload_inquiry()  # the editor shows the number or answer found
        text = QCoreApplication.translate(
            "DipStartCheck", "DIP beim Start: %1 von %2 offenen Anfragen aktualisiert."
        )
        self._say(text.replace("%1", str(len(saved))).replace("%2", str(len(outcomes))))
        self.done.emit()

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, MESSAGE_MS)
