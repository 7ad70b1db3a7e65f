"""Match document lines against a profile's template lines and read the values in them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from desk_app.rules.placeholders import MONTHS
from desk_app.rules.profile import Parliament

# Schleswig-Holstein prints its Drucksache date as ISO ("2025-02-14").
_SHORT_DATE = r"(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
_LONG_DATE = r"\d{1,2}\.\s*[A-Za-zäÄ]+\s+\d{4}"
_GROUPS = {
    "issued": _SHORT_DATE,
    "signed": _SHORT_DATE,
    "submitted": _SHORT_DATE,
    "reprinted": _SHORT_DATE,
    "issued_long": _LONG_DATE,
    "signed_long": _LONG_DATE,
    "term": r"\d{1,3}",
    "page": r"\d{1,4}",
    "number": r"\d{1,6}",
    # "17/8765", "19 / 6524", "18 / 10 874": a space or dot only before a group of three.
    "drucksache": r"\d{1,3}\s*/\s*(?:\d{1,3}(?:[ .]\d{3})+|\d+)",
}
_ANY = r".+?"
_FIELD = re.compile(r"\{([^{}]*)\}")
_SHORT = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_LONG = re.compile(r"(\d{1,2})\.\s*([A-Za-zäÄ]+)\s+(\d{4})")


def constants(parliament: Parliament) -> dict[str, str]:
    """Return the placeholder values a parliament fixes for all its documents."""
    return {
        "header_name": parliament.header_name,
        "parliament": parliament.name,
        "government": parliament.government,
        "place": parliament.place,
    }


def line_pattern(line: str, fixed: Mapping[str, str]) -> tuple[re.Pattern[str], int] | None:
    """Return a whole-line pattern for a template line and its count of literal characters.

    Each placeholder becomes a named group of its likely shape; fixed values
    become literal text. Returns None for an empty line.
    """
    if not line.strip():
        return None
    parts: list[str] = []
    literal = 0
    position = 0
    seen: set[str] = set()
    for match in _FIELD.finditer(line):
        text = line[position : match.start()]
        parts.append(_literal(text))
        literal += len(text.strip())
        name = match.group(1)
        if fixed.get(name):
            parts.append(_literal(fixed[name]))
            literal += len(fixed[name])
        elif name.isidentifier() and name not in seen:
            seen.add(name)
            parts.append(f"(?P<{name}>{_GROUPS.get(name, _ANY)})")
        else:
            parts.append(f"(?:{_GROUPS.get(name, _ANY)})")
        position = match.end()
    tail = line[position:]
    parts.append(_literal(tail))
    literal += len(tail.strip())
    return re.compile(r"\s*" + "".join(parts) + r"\s*", re.IGNORECASE), literal


def _literal(text: str) -> str:
    """Return literal text as a pattern in which any whitespace run matches any other."""
    words = text.split()
    pattern = r"\s+".join(re.escape(word) for word in words)
    # Keep a space at the edge of a literal optional: extraction often loses it.
    lead = r"\s*" if text[:1].isspace() else ""
    trail = r"\s*" if text[-1:].isspace() else ""
    return lead + pattern + trail if words else (r"\s*" if text else "")


def parse_day(text: str) -> date | None:
    """Read a German date, short ("19.02.2020"), long ("19. Februar 2020") or ISO, else None."""
    text = text.strip()
    short = _SHORT.fullmatch(text)
    iso = _ISO.fullmatch(text)
    try:
        if iso:
            return date(*(int(part) for part in iso.groups()))
        if short:
            day, month, year = (int(part) for part in short.groups())
            return date(year + 2000 if year < 100 else year, month, day)
        long = _LONG.fullmatch(text)
        if long and long.group(2).capitalize() in MONTHS:
            month = MONTHS.index(long.group(2).capitalize()) + 1
            return date(int(long.group(3)), month, int(long.group(1)))
    except ValueError:
        return None
    return None


def dates_in(match: re.Match[str]) -> dict[str, date]:
    """Return the dates a matched template line holds, by placeholder name without "_long"."""
    result: dict[str, date] = {}
    for name, value in match.groupdict().items():
        day = parse_day(value) if value else None
        if day is not None:
            result[name.removesuffix("_long")] = day
    return result
