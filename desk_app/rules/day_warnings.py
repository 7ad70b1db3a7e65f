"""Warn when an agreed deadline ends on a day the offices do not work: holidays, 24.12., 31.12."""

from __future__ import annotations

from datetime import date

from desk_app.i18n import N_, _
from desk_app.rules.calendar_days import WorkCalendar
from desk_app.rules.deadline_explain import day_text

# Not public holidays, but most ministries and parliament offices are closed: an
# answer "due" then arrives on the next working day in practice.
_CLOSED_DAYS = {
    (12, 24): N_("Heiligabend"),
    (12, 31): N_("Silvester"),
}


def day_warning(day: date, calendar: WorkCalendar) -> str | None:
    """Return one sentence when a deadline ending on `day` ends on a day off, else None."""
    off = calendar.day_off(day)
    if off is not None and off.holiday:
        return _("Das Fristende {day} fällt auf einen Feiertag ({name}).").format(
            day=day_text(day), name=off.holiday
        )
    if off is not None:
        return _("Das Fristende {day} fällt auf ein Wochenende.").format(day=day_text(day))
    closed = _CLOSED_DAYS.get((day.month, day.day))
    if closed is not None:
        return _(
            "Das Fristende {day} fällt auf {name}; an diesem Tag arbeiten viele Behörden nicht."
        ).format(day=day_text(day), name=_(closed))
    return None
