"""Read what a foreign archive's front matter says, and weigh it against what the text says.

The text is the document; the archive's front matter is someone's summary of
it. So the text's value is kept, a differing front matter value is reported,
and the front matter only fills what the text does not print, with a report line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desk_app.formats.read.result import Confidence, Report, shorten
from desk_app.formats.read.text.archives import Archive, find_archive
from desk_app.i18n import N_, say
from desk_app.model import Inquiry, Originator, paragraph, plain
from desk_app.rules.profile import Parliament

_LABELS = {
    "kind": N_("die Art"),
    "drucksache": N_("die Drucksache"),
    "term": N_("die Wahlperiode"),
    "title": N_("den Titel"),
    "originators": N_("die Urheber"),
    "signed": N_("das Datum der Anfrage"),
    "issued": N_("das Datum der Drucksache"),
}
# The field report's names of the fields (desk_app/formats/read/field_report.py).
_MARKS = {"signed": "dates.signed", "issued": "dates.issued"}
FROM_FRONT = N_("aus dem Dateikopf des Archivs, nicht aus dem Text")


@dataclass(slots=True)
class FrontFacts:
    """Hold the inquiry fields an archive's front matter gives, read into the app's terms."""

    kind: str | None = None
    drucksache: str | None = None
    term: int | None = None
    title: str = ""
    originators: list[Originator] = field(default_factory=list)
    dates: dict[str, date] = field(default_factory=dict)


def read_facts(
    values: Mapping[str, Any], archive: Archive, profile: Parliament, report: Report
) -> FrontFacts:
    """Return the fields the front matter names; a value of the wrong shape is reported."""
    facts = FrontFacts()
    keys = archive.fields
    taken = {key for name, key in keys.items() if key in values}
    kind_name = _text(values, keys.get("kind"))
    if kind_name:
        facts.kind = _kind_id(kind_name, profile)
        if facts.kind is None:
            report.doubt(
                say(
                    "Die Art „{kind}“ im Dateikopf kennt das Profil {profile} nicht.",
                    kind=kind_name,
                    profile=profile.id,
                )
            )
    if drucksache := _text(values, keys.get("drucksache")):
        facts.drucksache = re.sub(r"\s", "", drucksache)
    term = values.get(keys.get("term", ""))
    if isinstance(term, int) or (isinstance(term, str) and term.isdigit()):
        facts.term = int(term)
    facts.title = _text(values, keys.get("title"))
    names = _texts(values, keys.get("originators"))
    parties = _texts(values, keys.get("parties"))
    if parties and len(parties) not in (1, len(names)):
        report.doubt(
            say("Im Dateikopf passen Urheber und Parteien nicht zueinander; Parteien übergangen.")
        )
        parties = []
    facts.originators = [
        Originator(name, parties[index] if len(parties) > 1 else (parties[0] if parties else ""))
        for index, name in enumerate(names)
    ]
    for name in ("signed", "issued"):
        text = _text(values, keys.get(name))
        day = _iso_day(text)
        if day is not None:
            facts.dates[name] = day
        elif text:
            report.doubt(say("Das Datum „{text}“ im Dateikopf ist nicht lesbar.", text=text))
    report.found(
        say(
            "Dateikopf des Archivs „{name}“ gelesen ({taken} von {total} Angaben)",
            name=archive.name,
            taken=len(taken),
            total=len(values),
        )
    )
    return facts


def weigh_facts(inquiry: Inquiry, facts: FrontFacts, report: Report) -> None:
    """Fill what the text left open from the front matter; report where the two differ.

    The kind is weighed apart (`weigh_value`) before the text is parsed, because
    the parser needs it and would otherwise fill in the profile's default.
    """
    inquiry.drucksache = weigh_value("drucksache", inquiry.drucksache, facts.drucksache, report)
    inquiry.term = weigh_value("term", inquiry.term, facts.term, report)
    title = " ".join(plain(inquiry.title.inlines).split())  # line breaks are no difference
    if weigh_value("title", title or None, facts.title or None, report) != (title or None):
        inquiry.title = paragraph(facts.title)
    for name, day in facts.dates.items():
        setattr(inquiry.dates, name, weigh_value(name, getattr(inquiry.dates, name), day, report))
    _weigh_originators(inquiry, facts.originators, report)


def weigh_value(name: str, text: Any, front: Any, report: Report) -> Any:
    """Return the text's value, else the front matter's; say which was used when they differ."""
    if front is None or front == text:
        return text
    label, mark = say(_LABELS[name]), _MARKS.get(name, name)
    if text is None:
        report.found(
            say("Aus dem Dateikopf übernommen: {label} „{value}“", label=label, value=_shown(front))
        )
        report.mark(mark, Confidence.GUESSED, say(FROM_FRONT))
        return front
    report.doubt(
        say(
            "Der Dateikopf nennt {label} „{front}“, der Text „{text}“; verwendet wird der Text.",
            label=label,
            front=_shown(front),
            text=_shown(text),
        )
    )
    report.mark(mark, Confidence.CERTAIN, say("der Dateikopf nennt „{value}“", value=_shown(front)))
    return text


def _weigh_originators(inquiry: Inquiry, front: list[Originator], report: Report) -> None:
    """Keep the text's originators; take the front matter's names or parties only where missing."""
    if not front:
        return
    if not inquiry.originators:
        inquiry.originators = [Originator(person.name, person.party) for person in front]
        report.found(
            say("Aus dem Dateikopf übernommen: die Urheber „{people}“", people=_people(front))
        )
        report.mark("originators", Confidence.GUESSED, say(FROM_FRONT))
        return
    same_names = [p.name for p in inquiry.originators] == [p.name for p in front]
    if not same_names:
        report.doubt(
            say(
                "Der Dateikopf nennt die Urheber „{front}“, der Text „{text}“; verwendet wird "
                "der Text.",
                front=_people(front),
                text=_people(inquiry.originators),
            )
        )
        return
    for person, other in zip(inquiry.originators, front, strict=True):
        if not person.party and other.party:
            person.party = other.party
            report.found(
                say("Aus dem Dateikopf übernommen: die Partei von {name}", name=person.name)
            )
            report.mark("originators", Confidence.GUESSED, say(FROM_FRONT))
        elif other.party and person.party.casefold() != other.party.casefold():
            report.doubt(
                say(
                    "Der Dateikopf nennt für {name} die Partei „{front}“, der Text „{text}“; "
                    "verwendet wird der Text.",
                    name=person.name,
                    front=other.party,
                    text=person.party,
                )
            )


def _kind_id(name: str, profile: Parliament) -> str | None:
    """Return the id of the kind whose printed name (or id) the front matter gives."""
    folded = " ".join(name.split()).casefold()
    for kind in profile.kinds.values():
        if folded in (kind.display_name.casefold(), kind.id.casefold()):
            return kind.id
    return None


def _text(values: Mapping[str, Any], key: str | None) -> str:
    value = values.get(key) if key else None
    return " ".join(value.split()) if isinstance(value, str) else ""


def _texts(values: Mapping[str, Any], key: str | None) -> list[str]:
    value = values.get(key) if key else None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [" ".join(item.split()) for item in value if isinstance(item, str) and item.strip()]


def _iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _people(people: list[Originator]) -> str:
    return ", ".join(f"{p.name} ({p.party})" if p.party else p.name for p in people)


def _shown(value: Any) -> str:
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return shorten(str(value))


def apply_archive_facts(
    inquiry: Inquiry,
    values: Mapping[str, Any],
    profile: Parliament,
    report: Report,
    kind_from_text: str | None = None,
) -> bool:
    """Weigh a known archive's front matter against an inquiry read from the text; tell if known.

    For readers other than the text reader (an answer document that prints its
    inquiry): our own front matter is no archive's and is left to `apply_metadata`.
    `kind_from_text` is the kind the text printed, if any; without it the kind is
    taken from the front matter only where the profile knows that kind.
    """
    archive = find_archive(values)
    if archive is None:
        return False
    facts = read_facts(values, archive, profile, report)
    kind = weigh_value("kind", kind_from_text, facts.kind, report)
    if kind is not None:
        inquiry.kind = kind
    weigh_facts(inquiry, facts, report)
    return True
