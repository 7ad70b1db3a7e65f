"""Tell how far long work has come and let the user stop it, without Qt.

Long work (reading a 400-page PDF, laying out thousands of notes, a calendar
of every open inquiry) takes a `Progress`: it calls `report(done, total,
what)` as it goes and `check()` where stopping is safe. Once the user asked
to stop, `report` and `check` raise `Cancelled`; the use case lets it pass,
having written nothing yet, so a cancelled piece of work changes nothing.
Work that writes a file calls `settle()` right before the write: from then
on it is done, and a late click on "Abbrechen" no longer counts.
The window shows the reports in a progress dialog (desk_app/gui/long_task.py)
and calls `cancel()` from its cancel button; both may run on different threads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from desk_app.i18n import current_language

Listener = Callable[[int, int, str], None]  # done, total (0: unknown), one German sentence
T = TypeVar("T")


class Cancelled(Exception):  # the user's word for it, not an error of the work
    """Say that the user stopped long work; nothing was written or stored."""


class Progress:
    """Carry progress reports from long work to a listener, and the user's request to stop."""

    def __init__(self, listener: Listener | None = None) -> None:
        self._listener = listener
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._settled = False  # past the last check: the work finishes whatever is pressed

    @property
    def cancelled(self) -> bool:
        """Tell whether the user asked to stop."""
        return self._stop.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next report or check (safe from any thread)."""
        with self._lock:
            if not self._settled:
                self._stop.set()

    def settle(self) -> None:
        """Check for a stop one last time; after it a cancel is ignored and the work finishes.

        Work calls it just before its one write (a file renamed into place), so
        that a click in between never reports "cancelled" for a file written.
        """
        with self._lock:
            self.check()
            self._settled = True

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop; call it where stopping leaves nothing."""
        if self._stop.is_set():
            raise Cancelled

    def report(self, done: int, total: int, what: str = "") -> None:
        """Check for a stop, then tell the listener that `done` of `total` steps are done."""
        self.check()
        if self._listener is not None:
            self._listener(done, total, what)

    def each(self, items: Iterable[T], total: int, what: Callable[[int, int], str]) -> Iterator[T]:
        """Yield items, reporting each one as done with the sentence `what(done, total)`."""
        self.report(0, total, what(0, total))
        for done, item in enumerate(items, 1):
            yield item
            self.report(done, total, what(done, total))


def quiet(progress: Progress | None) -> Progress:
    """Return the progress given, or one nobody listens to and nobody cancels."""
    return progress if progress is not None else Progress()


def counted(number: int) -> str:
    """Return a count as the reader's language groups it: 1.200 in German, 1,200 in English."""
    grouped = f"{number:,}"
    return grouped if current_language() == "en" else grouped.replace(",", ".")
