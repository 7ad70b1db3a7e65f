"""Set one field of an inquiry from a user's text, as `desk set` and scripts do."""

from __future__ import annotations

from collections.abc import Callable

from desk_app.i18n import _
from desk_app.model.date_order import date_contradictions
from desk_app.model.errors import DeskError
from desk_app.model.inquiry import DATE_FIELDS, Inquiry
from desk_app.model.text import Inline, Paragraph, Run
from desk_app.model.values import (
    DEFAULT_DRUCKSACHE_PATTERN,
    parse_date,
    parse_drucksache,
    parse_running_number,
    parse_term,
)

__all__ = ["SETTABLE_FIELDS", "parse_date", "set_field"]

_TRUE = {"ja", "yes", "true", "1"}
_FALSE = {"nein", "no", "false", "0"}


def _optional_text(value: str) -> str | None:
    """Return stripped text, or None for an empty value (which clears a field)."""
    return value.strip() or None


def _term(value: str) -> int | None:
    """Parse a Wahlperiode number; an empty value clears it."""
    return parse_term(value) if value.strip() else None


def _running_number(value: str) -> str | None:
    """Parse an inquiry's running number; an empty value clears it."""
    return parse_running_number(value) if value.strip() else None


def _flag(value: str) -> bool:
    """Parse ja/nein (or yes/no, true/false)."""
    word = value.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise DeskError(_("„{value}“ ist weder ja noch nein.").format(value=value))


def _set_title(inquiry: Inquiry, value: str) -> None:
    """Replace the title by plain text (footnote markers in the title are kept at its end)."""
    kept: list[Inline] = [item for item in inquiry.title.inlines if not isinstance(item, Run)]
    inquiry.title = Paragraph([Run(value.strip()), *kept] if value.strip() else kept)


_SETTERS: dict[str, Callable[[Inquiry, str], None]] = {
    "title": _set_title,
    "term": lambda inq, v: setattr(inq, "term", _term(v)),
    "number": lambda inq, v: setattr(inq, "number", _running_number(v)),
    "drucksache": lambda inq, v: setattr(inq, "drucksache", _optional_text(v)),
    "faction": lambda inq, v: setattr(inq, "faction", v.strip()),
    "originator_intro": lambda inq, v: setattr(inq, "originator_intro", v.strip()),
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


_DRUCKSACHE_FIELDS = ("drucksache", "dates.answer_drucksache")


def set_field(
    inquiry: Inquiry, name: str, value: str, drucksache_pattern: str = DEFAULT_DRUCKSACHE_PATTERN
) -> None:
    """Set a field by its dotted name from text, or raise a DeskError and leave it unchanged."""
    setter = _SETTERS.get(name)
    if setter is None:
        raise DeskError(
            _("Das Feld „{name}“ gibt es nicht; setzbar sind: {fields}.").format(
                name=name, fields=", ".join(SETTABLE_FIELDS)
            )
        )
    if name in _DRUCKSACHE_FIELDS and value.strip():
        parse_drucksache(value, drucksache_pattern)
    date_name = name.removeprefix("dates.")
    if date_name not in DATE_FIELDS:
        setter(inquiry, value)
        return
    before = getattr(inquiry.dates, date_name)
    setter(inquiry, value)
    # A typed date that contradicts another is refused: the status would follow it silently.
    if contradictions := date_contradictions(inquiry.dates, only=date_name):
        setattr(inquiry.dates, date_name, before)
        # The contradiction's sentence without its full stop opens this one.
        raise DeskError(
            _("{contradiction}; der Wert wurde nicht übernommen.").format(
                contradiction=contradictions[0][:-1]
            )
        )
