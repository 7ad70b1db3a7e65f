"""Read a user's values with their plausible ranges: dates, Wahlperioden, numbers, Drucksachen.

Every value a user types is checked here, where it is parsed, so that no
layer below ever meets a year 9999 (the deadline arithmetic overflows), an
integer SQLite cannot hold (OverflowError) or a Drucksache "-5/-3".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from desk_app.i18n import N_, _
from desk_app.model.errors import DeskError
from desk_app.model.inquiry import DATE_FIELDS, Inquiry

# The first Bundestag and the first Landtage met in 1946..1949; no inquiry is
# older than 1946, and a deadline counted from 2100 still fits every calendar.
FIRST_YEAR = 1946
LAST_YEAR = 2100
# No German parliament has reached its 30th Wahlperiode; 99 leaves room.
MAX_TERM = 99
# Drucksachen and running numbers stay below 100,000 per Wahlperiode (Bundestag: ~15,000).
MAX_NUMBER = 999_999
# SQLite stores integers in 8 bytes, signed.
SQLITE_MAX_INT = 2**63 - 1
# The form of a Drucksache when a parliament's profile names none: "WP/Nummer".
DEFAULT_DRUCKSACHE_PATTERN = r"(?P<term>\d+)\s*/\s*(?P<number>\d+)"

_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DIGITS = re.compile(r"\d{1,19}")


def parse_date(value: str) -> date:
    """Parse an ISO (2020-02-19) or German (19.02.2020) date from 1946 to 2100, or raise."""
    text = value.strip()
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _GERMAN_DATE.fullmatch(text):
        day, month, year = (int(part) for part in match.groups())
    else:
        raise DeskError(
            _("„{value}“ ist kein Datum (erwartet JJJJ-MM-TT oder TT.MM.JJJJ).").format(value=value)
        )
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DeskError(_out_of_range(value))
    try:
        return date(year, month, day)
    except ValueError:
        raise DeskError(_("Den {value} gibt es nicht im Kalender.").format(value=value)) from None


def _out_of_range(value: str) -> str:
    """Return the sentence for a date outside the years the desk knows."""
    return _(
        "Das Datum {value} liegt außerhalb der Jahre {first_year} bis {last_year}, "
        "die Anfragen-Desk kennt."
    ).format(value=value, first_year=FIRST_YEAR, last_year=LAST_YEAR)


def parse_term(value: str) -> int:
    """Parse a Wahlperiode from 1 to 99, or raise a DeskError."""
    text = value.strip()
    if not _DIGITS.fullmatch(text) or not 1 <= int(text) <= MAX_TERM:
        raise DeskError(
            _("„{value}“ ist keine Wahlperiode (erwartet eine Zahl von 1 bis {max_term}).").format(
                value=value, max_term=MAX_TERM
            )
        )
    return int(text)


def parse_running_number(value: str) -> str:
    """Check an inquiry's running number (1 to 999999) and return it as typed, or raise."""
    text = value.strip()
    if not _DIGITS.fullmatch(text) or not 1 <= int(text) <= MAX_NUMBER:
        raise DeskError(
            _(
                "„{value}“ ist keine laufende Nummer (erwartet eine Zahl von 1 bis {max_number})."
            ).format(value=value, max_number=MAX_NUMBER)
        )
    return text


def parse_drucksache(value: str, pattern: str = DEFAULT_DRUCKSACHE_PATTERN) -> str:
    """Check a Drucksache number against the parliament's form and plausible ranges, or raise."""
    text = value.strip()
    # The plain form is always accepted: the profiles' patterns are written to
    # find a Drucksache in running text, and most of them need two digits.
    match = re.fullmatch(pattern, text) or re.fullmatch(DEFAULT_DRUCKSACHE_PATTERN, text)
    wrong_form = DeskError(
        _(
            "„{value}“ ist keine Drucksachennummer (erwartet Wahlperiode/Nummer, z. B. 18/1234)."
        ).format(value=value)
    )
    if match is None:
        raise wrong_form
    term = re.sub(r"\D", "", match.group("term"))
    number = re.sub(r"\D", "", match.group("number"))
    if not _DIGITS.fullmatch(term) or not _DIGITS.fullmatch(number):
        raise wrong_form
    if not 1 <= int(term) <= MAX_TERM or not 1 <= int(number) <= MAX_NUMBER:
        raise DeskError(
            _(
                "„{value}“ ist keine Drucksachennummer: die Wahlperiode reicht von 1 bis "
                "{max_term}, die Nummer von 1 bis {max_number}."
            ).format(value=value, max_term=MAX_TERM, max_number=MAX_NUMBER)
        )
    return text


def parse_stored_id(value: str, what: str = N_("Nummer einer Anfrage")) -> int:
    """Parse a positive integer SQLite can hold (an id, a limit), or raise a DeskError.

    `what` names the number (a feminine German noun); the caller may pass it
    translated already, or marked with N_ as the default is.
    """
    text = value.strip()
    if not _DIGITS.fullmatch(text) or not 1 <= int(text) <= SQLITE_MAX_INT:
        raise DeskError(
            _(
                "„{value}“ ist keine gültige {what} (erwartet eine ganze Zahl von 1 bis {largest})."
            ).format(value=value, what=_(what), largest=SQLITE_MAX_INT)
        )
    return int(text)


def implausible_values(
    inquiry: Inquiry, drucksache_pattern: str = DEFAULT_DRUCKSACHE_PATTERN
) -> list[str]:
    """Return one sentence per value of an inquiry outside its form or range."""
    found = []
    checks: list[tuple[object, Callable[[str], object]]] = [
        (inquiry.term, parse_term),
        (inquiry.number, parse_running_number),
        (inquiry.drucksache, lambda text: parse_drucksache(text, drucksache_pattern)),
        (
            inquiry.dates.answer_drucksache,
            lambda text: parse_drucksache(text, drucksache_pattern),
        ),
    ]
    for value, check in checks:
        if value is not None and str(value).strip():
            try:
                check(str(value))
            except DeskError as error:
                found.append(str(error))
    for name in DATE_FIELDS:
        day = getattr(inquiry.dates, name)
        if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
            found.append(_out_of_range(day.isoformat()))
    return found
