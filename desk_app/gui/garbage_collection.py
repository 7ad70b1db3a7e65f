"""Collect Python's cyclic garbage on the GUI thread only.

Python's collector runs on whichever thread allocates when a threshold is
crossed, and the window's workers allocate a lot (laying out a PDF, reading
one). A garbage cycle that holds a Qt object, such as a dialog and a lambda
connected to its signal, would then be destroyed on a worker thread, which Qt
does not survive (docs/TECH_NOTES.md, "Worker threads never touch Qt"). So
while the window runs, automatic collection is off, and a timer on the GUI
thread collects each generation when the collector's own thresholds say so.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500  # cyclic garbage waits at most this long; a young collection takes < 1 ms


class GuiThreadCollector(QObject):
    """Turn automatic collection off and collect on the GUI thread, generation by threshold."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """Collect the oldest generation whose threshold was crossed; return what was freed."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        # As Python itself chooses: generation 0 counts allocations less deallocations,
        # each older one the collections of the one below since it last ran itself.
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        """Stop collecting here and give collection back to Python, as it was before."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
