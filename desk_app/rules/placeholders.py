"""Fill template lines with {placeholders}; German dates and name lists."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from desk_app.i18n import _
from desk_app.model.errors import DeskError
from desk_app.rules.toml_table import Table

PLACEHOLDERS = frozenset(
    {
        "header_name",
        "parliament",
        "name",
        "government",
        "place",
        "term",
        "drucksache",
        "number",
        "kind_name",
        "issued",
        "issued_long",
        "signed",
        "signed_long",
        "submitted",
        "reprinted",
        "page",
        "names",
        "party",
        "faction",
        "faction_leaders",
        "intro",
        "originators",
        "label",
        "ministry",
        "answered",
        "answered_long",
        "answer_drucksache",
        "answer_issued",
    }
)

# Anything in braces counts, so that "{Name}" or "{ term }" is reported, not printed.
_FIELD = re.compile(r"\{([^{}]*)\}")

MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)


def placeholders_in(line: str) -> list[str]:
    """Return the placeholder names a line uses, in order."""
    return _FIELD.findall(line)


def unknown_placeholders(line: str) -> list[str]:
    """Return the placeholder names in a line that no template may use."""
    return [name for name in placeholders_in(line) if name not in PLACEHOLDERS]


def check_placeholders(table: Table, key: str, lines: Sequence[str]) -> None:
    """Fail on the first line of a field that uses a placeholder no template may use."""
    for line in lines:
        unknown = unknown_placeholders(line)
        if unknown:
            table.fail(
                key,
                _("enthält den unbekannten Platzhalter {{{value}}} (bekannt: {names})").format(
                    value=unknown[0], names=", ".join(sorted(PLACEHOLDERS))
                ),
            )


def fill(line: str, values: Mapping[str, str | None]) -> str | None:
    """Fill a line's placeholders; return None if one of them has no value."""
    unknown = unknown_placeholders(line)
    if unknown:
        known = ", ".join(sorted(PLACEHOLDERS))
        raise DeskError(
            _(
                "Die Vorlagenzeile „{line}“ enthält den unbekannten Platzhalter "
                "{{{value}}} (bekannt: {known})."
            ).format(line=line, value=unknown[0], known=known)
        )
    missing = False

    def replace(match: re.Match[str]) -> str:
        nonlocal missing
        value = values.get(match.group(1))
        if not value:
            missing = True
            return ""
        return value

    filled = _FIELD.sub(replace, line)
    return None if missing else filled


def long_date(day: date) -> str:
    """Write a date the German long way: "19. Februar 2020"."""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


# Endings of feminine office nouns: "Ministerin", "Staatskanzlei", "Senatsverwaltung".
_FEMININE = ("in", "kanzlei", "verwaltung", "regierung", "behörde")


def with_article(office: str) -> str:
    """Put the German article before an office: "Der Minister …", "Die Staatskanzlei"."""
    office = " ".join(office.split())
    first = office.split(" ", 1)[0] if office else ""
    if first.casefold() in ("der", "die", "das"):
        return office[:1].upper() + office[1:]
    # The head noun's ending decides its gender often enough; a stored office may carry
    # its own article where it does not.
    if first.endswith(("ium", "amt")):
        article = "Das"
    elif first.endswith(_FEMININE):
        article = "Die"
    else:
        article = "Der"
    return f"{article} {office}" if office else ""


def join_names(names: Sequence[str]) -> str:
    """Join names the German way: "A", "A und B", "A, B und C"."""
    names = [name for name in names if name]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " und " + names[-1]


def to_pattern(line: str, constants: Mapping[str, str]) -> tuple[str, int]:
    """Turn a template line into a regex; return it with its count of literal characters.

    Constants (the parliament's own name, its government …) become literal
    text; every other placeholder becomes a wildcard of its likely shape.
    """
    parts: list[str] = []
    literal = 0
    position = 0
    for match in _FIELD.finditer(line):
        text = line[position : match.start()]
        parts.append(_literal(text))
        literal += len(text.strip())
        name = match.group(1)
        if constants.get(name):
            parts.append(_literal(constants[name]))
            literal += len(constants[name])
        else:
            parts.append(_WILDCARDS.get(name, r"[^\n]{1,200}?"))
        position = match.end()
    tail = line[position:]
    parts.append(_literal(tail))
    literal += len(tail.strip())
    return "".join(parts), literal


def _literal(text: str) -> str:
    # Extracted text breaks lines and doubles spaces anywhere, so any whitespace run matches.
    return r"\s+".join(re.escape(word) for word in re.split(r"\s+", text)) if text else ""


_DATE = r"\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}"
_LONG_DATE = r"\d{1,2}\.\s+\w+\s+\d{4}"
_WILDCARDS = {
    "issued": _DATE,
    "signed": _DATE,
    "submitted": _DATE,
    "reprinted": _DATE,
    "issued_long": _LONG_DATE,
    "signed_long": _LONG_DATE,
    "term": r"\d+",
    "page": r"\d+",
    "number": r"\d+(?:\s*/\s*\d+)?",
    "drucksache": r"\d+\s*/\s*\d[\d .]*",
}
