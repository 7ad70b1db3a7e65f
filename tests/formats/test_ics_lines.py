"""The calendar's content lines, written by hand, byte for byte as icalendar writes them."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Event

from desk_app.formats.write.ics import lines

ALPHABET = 'ab ;,\\^\n\r\tÄöß€🚲„“N:"x'


def _icalendar_line(name: str, value: object) -> bytes:
    """Return the one property line icalendar writes for a value (BEGIN and END cut off)."""
    event = Event()
    event.add(name, value)
    return event.to_ical().split(b"\r\n", 1)[1].rsplit(b"\r\nEND:VEVENT", 1)[0]


@pytest.mark.parametrize("seed", range(40))
def test_text_is_escaped_and_folded_like_icalendar(seed: int) -> None:
    rng = random.Random(seed)
    value = "".join(rng.choices(ALPHABET, k=rng.randint(0, 400)))
    assert lines.fold(f"DESCRIPTION:{lines.text(value)}") == _icalendar_line("description", value)


@pytest.mark.parametrize("prefix", range(60, 80))
def test_a_backslash_or_caret_at_the_fold_moves_to_the_next_line(prefix: int) -> None:
    for mark in ("\\", "^", ";", "ä"):
        value = "x" * prefix + mark + "y" * 80
        expected = _icalendar_line("summary", value)
        assert lines.fold(f"SUMMARY:{lines.text(value)}") == expected


def test_dates_moments_and_reminders_like_icalendar() -> None:
    for day in (date(2020, 3, 18), date(33, 1, 2), date(9999, 12, 31)):
        assert f"DTSTART;VALUE=DATE:{lines.day(day)}".encode() == _icalendar_line("dtstart", day)
        moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
        assert f"DTSTAMP:{lines.midnight_utc(day)}".encode() == _icalendar_line("dtstamp", moment)
    for days in (0, 1, 3, 400):
        expected = _icalendar_line("trigger", timedelta(days=-days))
        assert f"TRIGGER:{lines.days_before(days)}".encode() == expected
