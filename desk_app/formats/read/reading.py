"""What one import asks of the readers beneath the catalogue: page reports, one read per file.

The catalogue calls every reader alike (path, profiles, parliament, kind),
and an import may read a PDF twice (once to see whether it is an answer,
once as an inquiry). A `Reading`, opened by the use case around its reads,
gives the PDF reader a function to report pages to, a check to call between
its steps (where the import may stop), and keeps the text layer it read, so
the second look does not read the pages again. It belongs to
the thread that opened it (a context variable), so a worker thread's import
and the window's never meet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

PagesRead = Callable[[int, int], None]  # pages read so far, pages in all; may raise to stop
Check = Callable[[], None]  # raises when the import is to stop


@dataclass(slots=True)
class Reading:
    """Hold one import's page report function and stop check, and the last text layer read."""

    pages_read: PagesRead | None = None
    check: Check | None = None
    data: bytes | None = None  # the PDF bytes whose text layer `layer` holds
    layer: Any = None

    def report(self, done: int, total: int) -> None:
        """Report pages read, when somebody listens."""
        if self.pages_read is not None:
            self.pages_read(done, total)


_CURRENT: ContextVar[Reading | None] = ContextVar("reading", default=None)


@contextmanager
def reading(pages_read: PagesRead | None = None, check: Check | None = None) -> Iterator[Reading]:
    """Open a reading for the reads inside the block; the text layer is kept until it ends."""
    opened = Reading(pages_read, check)
    token = _CURRENT.set(opened)
    try:
        yield opened
    finally:
        _CURRENT.reset(token)


def current_reading() -> Reading | None:
    """Return the reading the calling thread opened, or None outside one."""
    return _CURRENT.get()


def checkpoint() -> None:
    """Let the import stop here, between two steps of a long read (it raises then)."""
    session = _CURRENT.get()
    if session is not None and session.check is not None:
        session.check()
