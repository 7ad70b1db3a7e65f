"""Set one field of an inquiry from a user's text, as `desk set` and scripts do."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from desk_app.model.errors import DeskError
from desk_app.model.inquiry import DATE_FIELDS, Inquiry
from desk_app.model.text import Inline, Paragraph, Run

_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TRUE = {"ja", "yes", "true", "1"}
_FALSE = {"nein", "no", "false", "0"}


def parse_date(value: str) -> date:
    """Parse an ISO (2020-02-19) or German (19.02.2020) date, or raise a DeskError."""
    text = value.strip()
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _GERMAN_DATE.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
    else:
        raise DeskError(f"„{value}“ ist kein Datum (erwartet JJJJ-MM-TT oder TT.MM.JJJJ).")
    try:
        return date(year, month, day)
    except ValueError:
        raise DeskError(f"Den {value} gibt es nicht im Kalender.") from None


def _optional_text(value: str) -> str | None:
    """Return stripped text, or None for an empty value (which clears a field)."""
    return value.strip() or None


def _term(value: str) -> int | None:
    """Parse a Wahlperiode number; an empty value clears it."""
    text = value.strip()
    if not text:
        return None
    if not text.isdigit() or int(text) == 0:
        raise DeskError(f"„{value}“ ist keine Wahlperiode (erwartet eine Zahl wie 18).")
    return int(text)


def _flag(value: str) -> bool:
    """Parse ja/nein (or yes/no, true/false)."""
    word = value.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise DeskError(f"„{value}“ ist weder ja noch nein.")


def _set_title(inquiry: Inquiry, value: str) -> None:
    """Replace the title by plain text (footnote markers in the title are kept at its end)."""
    kept: list[Inline] = [item for item in inquiry.title.inlines if not isinstance(item, Run)]
    inquiry.title = Paragraph([Run(value.strip()), *kept] if value.strip() else kept)


_SETTERS: dict[str, Callable[[Inquiry, str], None]] = {
    "title": _set_title,
    "term": lambda inq, v: setattr(inq, "term", _term(v)),
    "number": lambda inq, v: setattr(inq, "number", _optional_text(v)),
    "drucksache": lambda inq, v: setattr(inq, "drucksache", _optional_text(v)),
    "faction": lambda inq, v: setattr(inq, "faction", v.strip()),
    "lead_in": lambda inq, v: setattr(inq, "lead_in", v.strip()),
    "lead_ministry": lambda inq, v: setattr(inq, "lead_ministry", v.strip()),
    "notes": lambda inq, v: setattr(inq, "notes", v),
    "withdrawn": lambda inq, v: setattr(inq, "withdrawn", _flag(v)),
    "dates.answer_drucksache": lambda inq, v: setattr(
        inq.dates, "answer_drucksache", _optional_text(v)
    ),
}


def _date_setter(name: str) -> Callable[[Inquiry, str], None]:
    """Return a setter for one date field; an empty value clears the date."""

    def setter(inquiry: Inquiry, value: str) -> None:
        setattr(inquiry.dates, name, parse_date(value) if value.strip() else None)

    return setter


_SETTERS.update({f"dates.{name}": _date_setter(name) for name in DATE_FIELDS})

SETTABLE_FIELDS = tuple(sorted(_SETTERS))


def set_field(inquiry: Inquiry, name: str, value: str) -> None:
    """Set a field by its dotted name from text, or raise a DeskError naming the known fields."""
    setter = _SETTERS.get(name)
    if setter is None:
        raise DeskError(
            f"Das Feld „{name}“ gibt es nicht; setzbar sind: {', '.join(SETTABLE_FIELDS)}."
        )
    setter(inquiry, value)
