"""Show colleagues' changes within a second or two: the list, the dashboard, the open inquiry.

Only a window on a server's store listens (the service's ChangeWatch, on a
connection of its own and a thread of its own); a window on a file has no
colleagues. The thread only waits and passes ids on, queued, to the GUI thread,
which reads what changed through the store's usual connection.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar

from desk_app.model.errors import DeskError

if TYPE_CHECKING:
    from desk_app.gui.autosave import Autosave
    from desk_app.gui.operations import Operations
    from desk_app.service.live import ChangeWatch

WAIT_S = 0.5  # one turn of the listening thread: how long a stop may take
RETRY_S = 3.0  # how often a server that went away is tried again
MESSAGE_MS = 8000


class Window(Protocol):
    """What of the main window the live updates use (the window imports this module)."""

    ops: Operations
    current: Any  # the open Inquiry, or None
    autosave: Autosave

    def statusBar(self) -> QStatusBar: ...  # Qt's name

    def tr(self, text: str) -> str: ...

    def close_inquiry(self) -> None: ...

    def reload_inquiry(self) -> None: ...


class LiveUpdates(QObject):
    """Wait for changes on a thread of its own and announce them in the GUI thread."""

    changed = Signal(list)  # the ids of inquiries someone else changed
    lost = Signal(str)  # listening broke (the server went away): one sentence
    back = Signal()  # listening again after a break: anything may have changed

    def __init__(self, watch: ChangeWatch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watch = watch
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="live-updates", daemon=True)

    def start(self) -> None:
        """Start listening."""
        self._thread.start()

    @property
    def running(self) -> bool:
        """Tell whether it still listens (a change queued before stop() is dropped)."""
        return not self._stop.is_set()

    def stop(self) -> None:
        """Stop listening and close the watch's connection."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(WAIT_S * 4)
        self._watch.close()

    def _listen(self) -> None:
        away = False
        while not self._stop.is_set():
            try:
                ids = self._watch.wait(WAIT_S)
            except DeskError as error:
                if not away:  # said once; then tried again every few seconds
                    away = True
                    with contextlib.suppress(RuntimeError):  # the window went away meanwhile
                        self.lost.emit(str(error))
                self._stop.wait(RETRY_S)
                continue
            if away:  # listening again: what changed meanwhile was not heard
                away = False
                with contextlib.suppress(RuntimeError):
                    self.back.emit()
            if ids and not self._stop.is_set():
                with contextlib.suppress(RuntimeError):
                    self.changed.emit(sorted(ids))


def follow_colleagues(window: Window) -> LiveUpdates | None:
    """Let the window show what colleagues change on a server's store; None for a file."""
    try:
        watch = window.ops.desk.watch_changes()
    except DeskError as error:
        window.statusBar().showMessage(str(error), MESSAGE_MS)
        return None
    if watch is None:
        return None
    live = LiveUpdates(watch, window if isinstance(window, QObject) else None)
    live.changed.connect(lambda ids: _show_changes(window, ids) if live.running else None)
    live.lost.connect(lambda text: window.statusBar().showMessage(text) if live.running else None)
    live.back.connect(lambda: _reconnected(window) if live.running else None)
    live.start()
    return live


def _show_changes(window: Window, ids: list[int]) -> None:
    """Refresh the list and the dashboard; reload the open inquiry if it changed and is unedited."""
    ops = window.ops
    ops.list_changed.emit()
    current = window.current.id if window.current is not None else None
    if current not in ids:
        return
    bar = window.statusBar()
    if window.autosave.is_dirty():
        # Its save will be refused as stale, with the user's text kept in the editor.
        bar.showMessage(
            window.tr(
                "Diese Anfrage wurde gerade anderswo geändert; Ihre ungespeicherte Änderung "
                "wird nicht darübergeschrieben."
            ),
            MESSAGE_MS,
        )
        return
    try:
        ops.get(current)
    except DeskError:  # a colleague deleted it
        window.close_inquiry()
        bar.showMessage(window.tr("Diese Anfrage wurde anderswo gelöscht."), MESSAGE_MS)
        return
    window.reload_inquiry()
    bar.showMessage(window.tr("Diese Anfrage wurde anderswo geändert und neu geladen."), MESSAGE_MS)


def _reconnected(window: Window) -> None:
    """The server is back: save what waits now, and read the list again (changes were missed)."""
    window.autosave.flush()
    window.ops.list_changed.emit()
    if not window.autosave.is_dirty():
        window.statusBar().showMessage(
            window.tr("Die Verbindung zum Datenbankserver steht wieder."), MESSAGE_MS
        )
