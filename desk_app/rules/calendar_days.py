"""Which days are working days in a Land: weekends, public holidays and the user's extra days.

Public holidays come from the `holidays` package (its German names) for the
parliament's `holidays_region`. Only the "public" category counts: days that
are holidays in some communities only (Mariä Himmelfahrt in Bavaria, the
Augsburger Friedensfest) are not days off for a whole Land's government.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from types import ModuleType

from desk_app.i18n import N_, _, current_language
from desk_app.model.errors import DeskError

# A day the user adds: a fixed date, or a (month, day) pair that recurs every year.
ExtraDay = date | tuple[int, int]

# Stored German in a DayOff (it marks the day); translated where it is shown.
EXTRA_DAY_LABEL = N_("zusätzlicher freier Tag")
WEEKDAYS = (N_("Mo"), N_("Di"), N_("Mi"), N_("Do"), N_("Fr"), N_("Sa"), N_("So"))
# The holidays package's language for each of ours (it names German holidays in both).
_HOLIDAY_LANGUAGES = {"de": "de", "en": "en_US"}

_EXTRA_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})(?:\.(\d{4})?)?")


@dataclass(frozen=True, slots=True)
class DayOff:
    """Name one day that is not a working day, and why."""

    day: date
    holiday: str | None = None  # a public holiday's name or EXTRA_DAY_LABEL

    @property
    def weekday(self) -> str:
        """Return the two-letter weekday in the user's language (Mo … So)."""
        return _(WEEKDAYS[self.day.weekday()])

    @property
    def weekend(self) -> bool:
        """Tell whether the day is a Saturday or a Sunday."""
        return self.day.weekday() >= 5


@cache
def holiday_tables() -> ModuleType:
    """Import and return the holidays package (deferred: it costs ~40 ms of a start)."""
    # This module is loaded by every verb that takes --extra-days and by the deadline
    # engine, which builds a calendar only when it counts days (rules/deadlines.py).
    import holidays

    return holidays


class WorkCalendar:
    """Tell working days from days off for one Land, plus the user's extra days off."""

    def __init__(
        self,
        region: str,
        extra_days: Iterable[ExtraDay] = (),
        land: str = "",
        language: str = "de",
    ) -> None:
        holidays = holiday_tables()
        if region not in holidays.Germany.subdivisions:
            raise DeskError(
                _("Die Feiertagsregion „{region}“ kennt Anfragen-Desk nicht.").format(region=region)
            )
        self.region = region
        # The Land's name comes from the profile (holidays_region_name); the code stands in.
        self.land = land or region
        # The holidays' names are shown in explanations, so they come in the user's language.
        self._holidays = holidays.Germany(
            subdiv=region, language=_HOLIDAY_LANGUAGES.get(language, "de")
        )
        self._extra_dates: set[date] = set()
        self._extra_yearly: set[tuple[int, int]] = set()
        for extra in extra_days:
            if isinstance(extra, date):
                self._extra_dates.add(extra)
            else:
                self._extra_yearly.add(extra)

    def holiday(self, day: date) -> str | None:
        """Return the name of a public holiday or user's extra day off, else None."""
        name = self._holidays.get(day)
        if name:
            return str(name)
        if day in self._extra_dates or (day.month, day.day) in self._extra_yearly:
            return EXTRA_DAY_LABEL
        return None

    def day_off(self, day: date, *, saturday_works: bool = False) -> DayOff | None:
        """Return why a day is not a working day, or None when it is one."""
        name = self.holiday(day)
        weekday = day.weekday()
        if name is not None or weekday == 6 or (weekday == 5 and not saturday_works):
            return DayOff(day, name)
        return None

    def is_working_day(self, day: date) -> bool:
        """Tell whether a day is a working day (Monday to Friday, no holiday)."""
        return self.day_off(day) is None


def work_calendar(
    region: str, extra_days: tuple[ExtraDay, ...] = (), land: str = ""
) -> WorkCalendar:
    """Return a shared calendar per region and extra days, naming holidays in today's language."""
    return _work_calendar(region, extra_days, land, current_language())


@lru_cache(maxsize=64)
def _work_calendar(
    region: str, extra_days: tuple[ExtraDay, ...], land: str, language: str
) -> WorkCalendar:
    """Build one calendar (the holidays tables fill lazily, year by year)."""
    return WorkCalendar(region, extra_days, land, language)


def parse_extra_days(text: str) -> tuple[ExtraDay, ...]:
    """Parse "24.12., 31.12., 02.01.2026" into yearly days and fixed dates, or raise a DeskError."""
    result: list[ExtraDay] = []
    for item in (part.strip() for part in text.replace(";", ",").split(",")):
        if not item:
            continue
        match = _EXTRA_DAY.fullmatch(item)
        if match is None:
            raise DeskError(
                _(
                    "„{item}“ ist kein freier Tag (erwartet TT.MM. für jedes Jahr oder TT.MM.JJJJ)."
                ).format(item=item)
            )
        day, month, year = int(match[1]), int(match[2]), match[3]
        try:
            # A leap year checks 29.02. as a yearly day.
            fixed = date(int(year) if year else 2024, month, day)
        except ValueError:
            raise DeskError(_("Den {item} gibt es nicht im Kalender.").format(item=item)) from None
        result.append(fixed if year else (month, day))
    return tuple(result)
