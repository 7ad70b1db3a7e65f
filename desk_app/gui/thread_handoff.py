"""Hand what a worker thread produces to the GUI thread without the worker touching Qt.

A Qt object may only be used, and destroyed, on the thread it lives on. A
signal emitted from a Python thread races with the GUI thread deleting its
sender (a window closing), and a worker that drops the last reference to a
Qt object destroys it on the wrong thread; either corrupts Qt's memory and
crashes the program later, far from the cause. So a worker is given only a
plain queue's `put`, and a timer on the GUI thread, a child of the object that
wants the values, takes them out. When that object goes, its timer goes with
it, and whatever the worker still puts is never read.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

POLL_MS = 20  # a value waits at most this long; below what a person notices


class Handoff:
    """Collect values put by worker threads and pass each to `receive` on the GUI thread."""

    def __init__(
        self, receive: Callable[[Any], None], owner: QObject, interval_ms: int = POLL_MS
    ) -> None:
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._receive = receive
        self._timer = QTimer(owner)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.deliver)

    @property
    def put(self) -> Callable[[Any], None]:
        """Return the function a worker calls with each value (it holds no Qt object)."""
        return self._queue.put

    def start(self) -> None:
        """Look for values from now on (the worker may already be running)."""
        if not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        """Stop looking; values put later wait until the next start."""
        self._timer.stop()

    def deliver(self) -> None:
        """Pass every value waiting now to `receive`, in the order they were put."""
        while True:
            try:
                value = self._queue.get_nowait()
            except queue.Empty:
                return
            self._receive(value)
