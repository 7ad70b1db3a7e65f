"""Save edits soon after they happen, even while the user keeps typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

AUTOSAVE_MS = 1000


class Autosave(QObject):
    """Call a save function at most AUTOSAVE_MS after the first unsaved change.

    The timer is started by the first change and not restarted by later ones:
    a debounce would never fire while someone types without pausing, and
    docs/DESIGN.md §6 promises that nothing older than 2 s is lost.
    """

    saved = Signal()  # after a save that worked
    dirty_changed = Signal(bool)  # True: there are unsaved changes; False: all is saved

    def __init__(
        self,
        save: Callable[[], None],
        interval_ms: int = AUTOSAVE_MS,
        parent: QObject | None = None,
    ) -> None:
        # With the window as parent its timer goes with it: a retry after a refused
        # save must never fire into a window that is gone.
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._announced = False  # the state dirty_changed told last
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.flush)

    def mark_dirty(self) -> None:
        """Note a change; a save follows within the interval."""
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()
        self._announce()

    def hold(self) -> None:
        """Keep the changes unsaved without trying again (they wait for the user's decision)."""
        self._timer.stop()
        self._dirty = True
        self._announce()

    def is_dirty(self) -> bool:
        """Tell whether there are changes not yet saved."""
        return self._dirty

    def flush(self) -> None:
        """Save now if anything changed (before switching inquiries or closing)."""
        self._timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        self._save()
        if self._dirty:
            return  # the save failed and marked the changes again: they are still unsaved
        self._announce()
        self.saved.emit()

    def stop_retrying(self) -> None:
        """Stop the timer without forgetting that changes are unsaved (the window closes)."""
        self._timer.stop()

    def discard(self) -> None:
        """Forget pending changes (after the inquiry they belong to is gone)."""
        self._timer.stop()
        self._dirty = False
        self._announce()

    def _announce(self) -> None:
        """Tell the listeners when the state differs from the one they heard last."""
        if self._dirty != self._announced:
            self._announced = self._dirty
            self.dirty_changed.emit(self._dirty)
