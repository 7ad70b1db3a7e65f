"""The calendar of every open inquiry's due date as long work: progress, cancel, one write.

A desk of thousands of open inquiries takes seconds to count every
deadline. `open_calendar_work` reads the open inquiries at once, on the
thread that owns the store, and returns the work that counts their
deadlines and writes the file; that work may run on another thread,
reports each inquiry counted and, once cancelled, writes no file at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.formats.safe_write import write_atomically
from desk_app.i18n import _
from desk_app.service.outcomes import ExportOutcome
from desk_app.service.progress import Progress, counted, quiet

if TYPE_CHECKING:
    from desk_app.rules.calendar_days import ExtraDay
    from desk_app.service.desk import Desk

CalendarWork = Callable[[Progress | None], ExportOutcome]


def open_calendar_work(
    desk: Desk, path: Path, extra_days: tuple[ExtraDay, ...] = ()
) -> CalendarWork:
    """Read the open inquiries now; return the work that writes their calendar to `path`."""
    from desk_app.formats.write.ics.calendar import DEFAULT_ALARM_DAYS, calendar_for
    from desk_app.service.exporting import open_inquiries

    inquiries = list(open_inquiries(desk.store))
    registry = desk.registry
    total = len(inquiries)

    def work(progress: Progress | None = None) -> ExportOutcome:
        progress = quiet(progress)
        counting = progress.each(inquiries, total, _counted_sentence)
        data = calendar_for(
            counting, registry, alarm_days=DEFAULT_ALARM_DAYS, extra_days=extra_days
        )
        progress.settle()  # the write is the one change; from here the file is written
        write_atomically(Path(path), data)
        return ExportOutcome(Path(path))

    return work


def _counted_sentence(done: int, total: int) -> str:
    """Return the progress line: how many deadlines are counted."""
    return _("Fristen berechnet: {done} von {total}").format(
        done=counted(done), total=counted(total)
    )
