"""iCalendar content lines (RFC 5545 §3.1, §3.3.11): escaped text, folded at 75 octets.

The calendar is written as text, not through the icalendar package, whose
per-property objects made a calendar of 10,000 events take seconds. The
bytes are the ones icalendar 7 writes for the same properties: its text
escaping, and its folding (whole characters, at most 74 octets a line, never
a backslash or caret alone at the end of a line).
"""

from __future__ import annotations

from datetime import date

_LIMIT = 74  # octets before a fold; the fold's leading space makes 75
_FOLD = b"\r\n "
_ESCAPED_AT_END = b"\\^"


def text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks."""
    # icalendar's order: "\\N" becomes a line break, then backslashes are doubled
    # before any other escape adds one. The rare steps run only when needed.
    if "\\" in value:
        value = value.replace("\\N", "\n").replace("\\", "\\\\")
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def day(value: date) -> str:
    """Return a DATE value, e.g. 20200318."""
    return value.isoformat().replace("-", "")  # isoformat pads the year to four digits


def midnight_utc(value: date) -> str:
    """Return the DATE-TIME of a day's start in UTC, e.g. 20200219T000000Z."""
    return f"{day(value)}T000000Z"


def days_before(days: int) -> str:
    """Return the DURATION of a trigger `days` days before the start, e.g. -P3D (or P0D)."""
    return f"-P{days}D" if days > 0 else f"P{-days}D"


def fold(line: str) -> bytes:
    """Return one content line as UTF-8, folded into lines of at most 75 octets."""
    data = line.encode("utf-8")
    if len(data) <= _LIMIT:
        return data
    parts = []
    start = 0
    while len(data) - start > _LIMIT:
        cut = start + _LIMIT
        while data[cut] & 0xC0 == 0x80:  # inside a multi-byte character: cut before it
            cut -= 1
        if cut - start > 1 and data[cut - 1] in _ESCAPED_AT_END:
            cut -= 1  # an escape's backslash stays with the character it escapes
        parts.append(data[start:cut])
        start = cut
    parts.append(data[start:])
    return _FOLD.join(parts)
