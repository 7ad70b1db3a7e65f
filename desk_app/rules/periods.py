"""Count a period from an event the way BGB §§187, 188 and 193 do.

- §187(1): the day of the event is not counted; counting starts the day after.
- §188(1): a period of n days ends at the end of the n-th day after the event.
- §188(2): a period of weeks or months ends on the day that matches the event's
  day by name (weeks) or by number (months).
- §188(3): where that day does not exist in the last month, the period ends on
  the month's last day (31.01.2024 + 1 month = 29.02.2024).
- §193: an end on a Saturday, Sunday or public holiday moves to the next
  working day. Saturday is no working day here, even for Werktage counts.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from desk_app.rules.calendar_days import DayOff, WorkCalendar

UNITS = ("days", "weeks", "months", "arbeitstage", "werktage")
_MAX_SEARCH = 366  # no Land has a year without working days; stop runaway loops anyway


@dataclass(frozen=True, slots=True)
class Counted:
    """Hold the end of a counted period and what counting passed over."""

    end: date
    skipped: tuple[DayOff, ...] = ()  # days not counted (Arbeitstage and Werktage only)
    clamped: bool = False  # §188(3): the matching day number does not exist in that month


def count_period(start: date, length: int, unit: str, work: WorkCalendar) -> Counted:
    """Return the last day of a period of `length` units after the event day `start`."""
    if length < 0:
        raise ValueError(f"a period cannot be negative: {length}")
    if unit == "days":
        return Counted(start + timedelta(days=length))
    if unit == "weeks":
        return Counted(start + timedelta(weeks=length))
    if unit == "months":
        end = add_months(start, length)
        return Counted(end, clamped=end.day != start.day)
    if unit in ("arbeitstage", "werktage"):
        return _count_working_days(start, length, work, saturday_works=unit == "werktage")
    raise ValueError(f"unknown unit {unit!r}; expected one of {UNITS}")


def add_months(start: date, months: int) -> date:
    """Return the day with the same number `months` later, clamped to the month's end."""
    year, month_index = divmod(start.month - 1 + months, 12)
    year += start.year
    month = month_index + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def next_working_day(day: date, work: WorkCalendar) -> tuple[date, tuple[DayOff, ...]]:
    """Return the first working day from `day` on and the days off passed over (§193)."""
    skipped: list[DayOff] = []
    current = day
    for _ in range(_MAX_SEARCH):
        off = work.day_off(current)
        if off is None:
            return current, tuple(skipped)
        skipped.append(off)
        current += timedelta(days=1)
    raise ValueError(f"no working day within {_MAX_SEARCH} days after {day}")


def _count_working_days(
    start: date, length: int, work: WorkCalendar, *, saturday_works: bool
) -> Counted:
    """Count working days after `start`, skipping days off (and Saturdays unless they work)."""
    skipped: list[DayOff] = []
    counted = 0
    current = start
    while counted < length:
        current += timedelta(days=1)
        off = work.day_off(current, saturday_works=saturday_works)
        if off is None:
            counted += 1
        else:
            skipped.append(off)
    return Counted(current, tuple(skipped))
