"""Due dates as an iCalendar file: one all-day event with a reminder per inquiry.

Identical input gives identical bytes: DTSTAMP comes from the inquiry's own
dates, never from the clock, and events are sorted. The UID depends only on
the parliament, the kind and the inquiry's id (or its term, number and
Drucksache), so importing a newer export updates the event instead of
adding a second one; SEQUENCE grows with each extension for the same reason.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import date, timedelta

from desk_app.formats.write.ics import lines
from desk_app.i18n import _
from desk_app.model import DATE_FIELDS, DeskError, Inquiry, plain
from desk_app.rules.calendar_days import ExtraDay
from desk_app.rules.deadline_explain import day_text
from desk_app.rules.deadlines import Deadline, effective_due
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry

DEFAULT_ALARM_DAYS = 3
PRODID = "-//Anfragen-Desk//Antwortfristen//DE"
UID_DOMAIN = "anfragen-desk"
_UNSAFE = re.compile(r"[^a-z0-9-]+")
_STAMP_FIELDS = tuple(name for name in DATE_FIELDS if name != "due_override")


def to_ics(
    inquiry: Inquiry,
    registry: ProfileRegistry,
    *,
    alarm_days: int | None = DEFAULT_ALARM_DAYS,
    extra_days: Iterable[ExtraDay] = (),
) -> bytes:
    """Return a calendar with the inquiry's due date, or raise a DeskError when there is none."""
    deadline = effective_due(inquiry, registry, tuple(extra_days))
    if deadline.due is None:
        reason = deadline.steps[-2] if len(deadline.steps) > 1 else deadline.steps[0]
        raise DeskError(
            _("Für diese Anfrage lässt sich noch keine Frist berechnen: {reason}").format(
                reason=reason
            )
        )
    parliament = registry.get(inquiry.parliament)
    return _calendar([_event(inquiry, parliament, deadline, alarm_days)])


def calendar_for(
    inquiries: Iterable[Inquiry],
    registry: ProfileRegistry,
    *,
    alarm_days: int | None = DEFAULT_ALARM_DAYS,
    extra_days: Iterable[ExtraDay] = (),
) -> bytes:
    """Return one calendar with an event for every inquiry that has a due date."""
    extra = tuple(extra_days)
    events = []
    for inquiry in inquiries:
        try:
            deadline = effective_due(inquiry, registry, extra)
        except DeskError as error:
            raise DeskError(
                _("Anfrage {id}: {error}").format(id=inquiry.id or _("(neu)"), error=error)
            ) from None
        if deadline.due is not None:
            parliament = registry.get(inquiry.parliament)
            events.append(_event(inquiry, parliament, deadline, alarm_days))
    if not events:
        raise DeskError(_("Keine der Anfragen hat ein Fristende; der Kalender bliebe leer."))
    return _calendar(events)


def event_uid(inquiry: Inquiry) -> str:
    """Return the event's stable UID: parliament, kind and id (or term, number, Drucksache)."""
    if inquiry.id is not None:
        key = f"id{inquiry.id}"
    elif inquiry.term or inquiry.number or inquiry.drucksache:
        parts = (("wp", inquiry.term), ("nr", inquiry.number), ("drs", inquiry.drucksache))
        key = "-".join(f"{prefix}{value}" for prefix, value in parts if value)
    else:
        # Nothing identifies a new, unnumbered inquiry but its title.
        title = plain(inquiry.title.inlines).strip()
        key = "t" + hashlib.sha256(title.encode("utf-8")).hexdigest()[:16]
    local = _UNSAFE.sub("-", f"{inquiry.parliament}-{inquiry.kind}-{key}".lower()).strip("-")
    return f"{local}@{UID_DOMAIN}"


def _calendar(events: list[tuple[date, str, bytes]]) -> bytes:
    """Wrap events, sorted by due date and UID, in a calendar and serialise it."""
    head = (
        ("VERSION", "2.0"),
        ("PRODID", PRODID),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
        ("X-WR-CALNAME", "Antwortfristen (Anfragen-Desk)"),
    )
    parts = [b"BEGIN:VCALENDAR"]
    parts += [lines.fold(f"{name}:{lines.text(value)}") for name, value in head]
    # Sorting on the key alone keeps the input order of equal keys, as before.
    parts += [event for _, _, event in sorted(events, key=lambda item: item[:2])]
    parts.append(b"END:VCALENDAR\r\n")
    return b"\r\n".join(parts)


def _event(
    inquiry: Inquiry, parliament: Parliament, deadline: Deadline, alarm_days: int | None
) -> tuple[date, str, bytes]:
    """Return the sort key and the text of one all-day event with its description and reminder."""
    due = deadline.due
    assert due is not None
    if alarm_days is not None and alarm_days < 0:
        raise DeskError(_("Die Erinnerung muss 0 oder mehr Tage vor dem Fristende liegen."))
    uid = event_uid(inquiry)
    summary = lines.text(f"Antwortfrist: {_label(inquiry, parliament)}")
    sequence = len(inquiry.dates.extensions) + int(deadline.overridden)
    # The properties in icalendar's canonical order, so the bytes stay what they were;
    # only lines with the user's text can grow past 75 octets and need folding.
    days = (
        f"DTSTART;VALUE=DATE:{lines.day(due)}\r\n"
        f"DTEND;VALUE=DATE:{lines.day(due + timedelta(days=1))}\r\n"
        f"DTSTAMP:{lines.midnight_utc(_stamp(inquiry, due))}"
    )
    text = [
        b"BEGIN:VEVENT",
        lines.fold(f"SUMMARY:{summary}"),
        days.encode("ascii"),
        lines.fold(f"UID:{uid}"),  # [a-z0-9-] and the domain: nothing to escape
        b"SEQUENCE:%d" % sequence,
        lines.fold(f"DESCRIPTION:{lines.text(_description(inquiry, parliament, deadline))}"),
        b"TRANSP:TRANSPARENT",  # a deadline does not make the whole day busy
    ]
    if alarm_days is not None:
        text += [
            b"BEGIN:VALARM\r\nACTION:DISPLAY",
            lines.fold(f"DESCRIPTION:{summary}"),
            f"TRIGGER:{lines.days_before(alarm_days)}\r\nEND:VALARM".encode("ascii"),
        ]
    text.append(b"END:VEVENT")
    return due, uid, b"\r\n".join(text)


def _label(inquiry: Inquiry, parliament: Parliament) -> str:
    """Return the title, or the kind with its number or Drucksache when there is no title."""
    title = plain(inquiry.title.inlines).strip()
    return title or " ".join(_reference_lines(inquiry, parliament)[1:2]) or inquiry.kind


def _reference_lines(inquiry: Inquiry, parliament: Parliament) -> list[str]:
    """Return parliament, kind with number, term and Drucksache, each on its own line."""
    kind = parliament.kinds.get(inquiry.kind)
    kind_name = kind.display_name if kind is not None else inquiry.kind
    lines = [parliament.name, f"{kind_name} {inquiry.number}" if inquiry.number else kind_name]
    if inquiry.term:
        lines.append(f"{inquiry.term}. Wahlperiode")
    if inquiry.drucksache:
        lines.append(f"Drucksache {inquiry.drucksache}")
    return lines


def _description(inquiry: Inquiry, parliament: Parliament, deadline: Deadline) -> str:
    """Return the event's text: what the inquiry is, the due date and how it was computed."""
    assert deadline.due is not None
    lines = _reference_lines(inquiry, parliament)
    lines.append(f"Fristende: {day_text(deadline.due)}")
    lines += ["", "So wurde die Frist berechnet:"]
    lines += [f"– {step}" for step in deadline.steps]
    return "\n".join(lines)


def _stamp(inquiry: Inquiry, due: date) -> date:
    """Return the day of DTSTAMP from the data: the latest recorded date, else the due date."""
    dates = inquiry.dates
    recorded = [getattr(dates, name) for name in _STAMP_FIELDS]
    recorded += [extension.granted for extension in dates.extensions]
    return max((day for day in recorded if day is not None), default=due)
