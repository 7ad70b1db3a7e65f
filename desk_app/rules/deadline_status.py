"""States derived from a deadline and today: open, overdue, days left, due soon (never stored)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from desk_app.model import Inquiry
from desk_app.rules.calendar_days import ExtraDay
from desk_app.rules.deadlines import Deadline, Profiles, effective_due

DUE_SOON_DAYS = 7


def is_open(inquiry: Inquiry) -> bool:
    """Tell whether the inquiry still waits for an answer (not answered, withdrawn or untracked)."""
    return not inquiry.status.is_closed and inquiry.dates.untracked is None


def days_left(deadline: Deadline, today: date) -> int | None:
    """Return the days from today to the due date: 0 on the day, negative when late."""
    return None if deadline.due is None else (deadline.due - today).days


def is_overdue(inquiry: Inquiry, deadline: Deadline, today: date) -> bool:
    """Tell whether an open inquiry's due date has passed (the due day itself is still in time)."""
    return is_open(inquiry) and deadline.due is not None and deadline.due < today


def is_due_soon(
    inquiry: Inquiry, deadline: Deadline, today: date, within: int = DUE_SOON_DAYS
) -> bool:
    """Tell whether an open inquiry is due today or within the next `within` days."""
    left = days_left(deadline, today)
    return is_open(inquiry) and left is not None and 0 <= left <= within


def due_rule(
    profiles: Profiles, extra_days: Iterable[ExtraDay] = ()
) -> Callable[[Inquiry], date | None]:
    """Return the store's due-date function; it raises a DeskError on a bad extension."""
    extra = tuple(extra_days)

    def due(inquiry: Inquiry) -> date | None:
        if inquiry.dates.untracked is not None:
            return None  # no longer followed: listed under no due date, counted nowhere
        return effective_due(inquiry, profiles, extra).due

    return due
