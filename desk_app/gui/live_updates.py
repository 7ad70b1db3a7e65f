"""Show colleagues' changes within a second or two: the list, the dashboard, the open inquiry.

Only a window on a server's store listens (the service's ChangeWatch, on a
connection of its own and a thread of its own); a window on a file has no
colleagues. The thread only waits and puts ids in a queue that the GUI thread
empties, which reads what changed through the store's usual connection.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QLabel, QStatusBar

from desk_app.gui.database_settings import PRESENCE_KEY
from desk_app.gui.thread_handoff import Handoff
from desk_app.model.errors import DeskError

if TYPE_CHECKING:
    from desk_app.gui.autosave import Autosave
    from desk_app.gui.operations import Operations
    from desk_app.service.live import ChangeWatch

WAIT_S = 0.5  # one turn of the listening thread: how long a stop may take
RETRY_S = 3.0  # how often a server that went away is tried again
ANNOUNCE_S = 20.0  # how often the open inquiry is announced again (its row kept fresh)
LOOK_S = 4.0  # how often the open inquiry's other editors are read
MESSAGE_MS = 8000
HEARD_MS = 100  # how often the GUI thread takes what was heard; well inside the 2 s asked


class Window(Protocol):
    """What of the main window the live updates use (the window imports this module)."""

    ops: Operations
    current: Any  # the open Inquiry, or None
    autosave: Autosave
    settings: QSettings
    editing_label: QLabel  # the status bar's "Wird gerade auch von … bearbeitet"

    def statusBar(self) -> QStatusBar: ...  # Qt's name

    def close_inquiry(self) -> None: ...

    def reload_inquiry(self) -> None: ...


class _Listener:
    """The listening thread's side: waits on the watch and puts what it heard in a queue.

    It holds no Qt object (gui/thread_handoff.py): the window may close at any
    moment, and only the GUI thread may touch what it is made of.
    """

    def __init__(self, watch: ChangeWatch, put: Callable[[Any], None], announce: bool) -> None:
        self.watch = watch
        self.put = put
        self.announce = announce  # the user lets colleagues see what is open here
        self.open: int | None = None  # the inquiry open in the window (set by the GUI thread)
        self.stop = threading.Event()
        self._told: tuple[int | None, float] = (None, 0.0)  # what was announced, and when
        self._looked: tuple[int | None, float] = (None, 0.0)  # whose editors were read, when

    def listen(self) -> None:
        away = False
        while not self.stop.is_set():
            try:
                ids = self.watch.wait(WAIT_S)
            except DeskError as error:
                if not away:  # said once; then tried again every few seconds
                    away = True
                    self.put(("lost", str(error)))
                self.stop.wait(RETRY_S)
                continue
            if away:  # listening again: what changed meanwhile was not heard
                away = False
                self.put(("back", None))
            if ids and not self.stop.is_set():
                self.put(("changed", sorted(ids)))
            try:
                self._presence()
            except DeskError:
                continue  # the next wait says whether the server is away

    def _presence(self) -> None:
        """Announce the open inquiry when it changes (and now and then); read its other editors."""
        wanted, now = self.open, time.monotonic()
        told, told_at = self._told
        if wanted != told or now - told_at >= ANNOUNCE_S:
            self._told = (wanted, now)  # tried once a turn at most, even when it fails
            self.watch.announce(wanted if self.announce else None)
        looked, looked_at = self._looked
        if wanted is None or (wanted == looked and now - looked_at < LOOK_S):
            return
        names = self.watch.editors(wanted)
        self._looked = (wanted, now)
        if not self.stop.is_set():
            self.put(("editors", (wanted, names)))


class LiveUpdates(QObject):
    """Wait for changes on a thread of its own and announce them in the GUI thread."""

    changed = Signal(list)  # the ids of inquiries someone else changed
    lost = Signal(str)  # listening broke (the server went away): one sentence
    back = Signal()  # listening again after a break: anything may have changed
    editors = Signal(int, list)  # who else has this inquiry open (names; empty: nobody)

    def __init__(
        self, watch: ChangeWatch, parent: QObject | None = None, *, announce: bool = True
    ) -> None:
        super().__init__(parent)
        self._heard = Handoff(self._announce, self, HEARD_MS)
        self._listener = _Listener(watch, self._heard.put, announce)
        self._thread = threading.Thread(
            target=self._listener.listen, name="live-updates", daemon=True
        )

    def start(self) -> None:
        """Start listening."""
        self._thread.start()
        self._heard.start()

    @property
    def running(self) -> bool:
        """Tell whether it still listens (what was heard before stop() is dropped)."""
        return not self._listener.stop.is_set()

    def follow(self, inquiry_id: int | None) -> None:
        """Tell which inquiry is open in the window now; colleagues learn it within a turn."""
        self._listener.open = inquiry_id

    def stop(self) -> None:
        """Stop listening and close the watch's connection."""
        self._listener.stop.set()
        self._heard.stop()
        if self._thread.is_alive():
            self._thread.join(WAIT_S * 4)
        self._listener.watch.close()

    def _announce(self, heard: tuple[str, Any]) -> None:
        """Say on the GUI thread what the listening thread heard."""
        kind, value = heard
        if kind == "changed":
            self.changed.emit(value)
        elif kind == "lost":
            self.lost.emit(value)
        elif kind == "back":
            self.back.emit()
        else:
            self.editors.emit(*value)


def follow_colleagues(window: Window) -> LiveUpdates | None:
    """Let the window show what colleagues change on a server's store; None for a file."""
    try:
        watch = window.ops.desk.watch_changes()
    except DeskError as error:
        window.statusBar().showMessage(str(error), MESSAGE_MS)
        return None
    if watch is None:
        return None
    announce = bool(window.settings.value(PRESENCE_KEY, True, type=bool))
    live = LiveUpdates(watch, window if isinstance(window, QObject) else None, announce=announce)
    live.editors.connect(
        lambda inquiry_id, names: _show_editors(window, inquiry_id, names) if live.running else None
    )
    live.changed.connect(lambda ids: _show_changes(window, ids) if live.running else None)
    live.lost.connect(lambda text: window.statusBar().showMessage(text) if live.running else None)
    live.back.connect(lambda: _reconnected(window) if live.running else None)
    live.start()
    return live


def _show_editors(window: Window, inquiry_id: int, names: list[str]) -> None:
    """Say in the status bar who else has the open inquiry open (the soft lock)."""
    label = window.editing_label
    current = window.current.id if window.current is not None else None
    if current != inquiry_id or not names:
        label.hide()
        return
    shown = ", ".join(name or QCoreApplication.translate("LiveUpdates", "jemand") for name in names)
    label.setText(
        QCoreApplication.translate("LiveUpdates", "Wird gerade auch von %1 bearbeitet").replace(
            "%1", shown
        )
    )
    label.show()


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
            QCoreApplication.translate(
                "LiveUpdates",
                "Diese Anfrage wurde gerade anderswo geändert; Ihre ungespeicherte Änderung "
                "wird nicht darübergeschrieben.",
            ),
            MESSAGE_MS,
        )
        return
    try:
        ops.get(current)
    except DeskError:  # a colleague deleted it
        window.close_inquiry()
        bar.showMessage(
            QCoreApplication.translate("LiveUpdates", "Diese Anfrage wurde anderswo gelöscht."),
            MESSAGE_MS,
        )
        return
    window.reload_inquiry()
    bar.showMessage(
        QCoreApplication.translate(
            "LiveUpdates", "Diese Anfrage wurde anderswo geändert und neu geladen."
        ),
        MESSAGE_MS,
    )


def _reconnected(window: Window) -> None:
    """The server is back: save what waits now, and read the list again (changes were missed)."""
    window.autosave.flush()
    window.ops.list_changed.emit()
    if not window.autosave.is_dirty():
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "LiveUpdates", "Die Verbindung zum Datenbankserver steht wieder."
            ),
            MESSAGE_MS,
        )
