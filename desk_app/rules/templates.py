"""Apply a parliament's document forms: new inquiries, originator lines, line values."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desk_app.model import Inquiry, Originator, paragraph
from desk_app.rules.placeholders import fill, join_names, long_date, with_article
from desk_app.rules.profile import Parliament, Template


def new_inquiry(
    parliament: Parliament,
    kind_id: str,
    originators: Sequence[Originator] = (),
    faction: str = "",
    title: str = "",
    *,
    today: date | None = None,
    faction_leaders: str = "",
) -> Inquiry:
    """Start an inquiry pre-filled from the profile: term, lead-in and signature."""
    template = parliament.kind(kind_id).template
    persons = [Originator(o.name.strip(), o.party.strip()) for o in originators if o.name.strip()]
    term = parliament.term_for(today or date.today())
    inquiry = Inquiry(
        parliament=parliament.id,
        kind=kind_id,
        term=None if term is None else term.number,
        title=paragraph(title.strip()),
        originators=persons,
        faction=faction.strip(),
    )
    values = document_values(parliament, inquiry)
    values["faction_leaders"] = faction_leaders.strip() or None
    # A faction alone speaks as "wir", like several members do.
    plural = len(persons) > 1 or (not persons and bool(inquiry.faction))
    lead_in = template.lead_in_plural if plural else template.lead_in_singular
    inquiry.lead_in = fill(lead_in, values) or ""
    inquiry.signature = signature(template, persons, values)
    return inquiry


def signature(
    template: Template, persons: Sequence[Originator], values: dict[str, str | None]
) -> list[str]:
    """Return the signature lines of the form, once per signer where it says so."""
    if not template.signature_per_originator:
        return _filled(template.signature_lines, values)
    lines: list[str] = []
    for person in persons:
        signer = {**values, "name": person.name, "party": person.party or None}
        lines.extend(_filled(template.signature_lines, signer))
    return lines


def originator_intro(template: Template, inquiry: Inquiry, persons: int) -> str:
    """Return the words before the askers' names: the recorded form, else the form's by number."""
    if inquiry.originator_intro.strip():
        return inquiry.originator_intro.strip()
    return template.originator_intro_plural if persons > 1 else template.originator_intro_singular


def originator_line(parliament: Parliament, inquiry: Inquiry) -> str:
    """Render who asks: "der Abgeordneten A und B BÜNDNIS 90/DIE GRÜNEN" and the like."""
    template = parliament.kind(inquiry.kind).template
    persons = [o for o in inquiry.originators if o.name.strip()]
    faction = inquiry.faction.strip()
    if not persons:
        return (fill(template.faction_originator, {"faction": faction}) or "") if faction else ""
    suffix = fill(template.faction_suffix, {"faction": faction or None}) or ""
    # With a faction suffix ("und der Fraktion X") the suffix's "und" closes the list.
    join = ", ".join if suffix else join_names
    groups = []
    for party, names in _by_party(persons).items():
        joined = join(names)
        values = {"names": joined, "party": party or None, "faction": faction or None}
        groups.append(fill(template.party_group, values) or joined)
    intro = originator_intro(template, inquiry, len(persons))
    who = join(groups)
    return " ".join(part for part in (intro, who, suffix) if part)


def document_values(parliament: Parliament, inquiry: Inquiry) -> dict[str, str | None]:
    """Return the value of every placeholder for one inquiry (None where unknown)."""
    kind = parliament.kind(inquiry.kind)
    persons = [o for o in inquiry.originators if o.name.strip()]
    dates = inquiry.dates
    template = kind.template
    intro = originator_intro(template, inquiry, len(persons))
    parties = list(dict.fromkeys(o.party.strip() for o in persons if o.party.strip()))
    answer = inquiry.answer
    answered = dates.answered or (answer.date if answer else None)
    answer_issued = dates.answer_issued or (answer.date if answer else None)
    return {
        "header_name": parliament.header_name,
        "parliament": parliament.name,
        "government": parliament.government,
        "place": parliament.place,
        "term": None if inquiry.term is None else str(inquiry.term),
        "drucksache": inquiry.drucksache or None,
        "number": inquiry.number or None,
        "kind_name": kind.display_name,
        "issued": _short(parliament, dates.issued),
        "issued_long": None if dates.issued is None else long_date(dates.issued),
        "signed": _short(parliament, dates.signed),
        "signed_long": None if dates.signed is None else long_date(dates.signed),
        "submitted": _short(parliament, dates.submitted),
        "reprinted": _short(parliament, dates.reprinted),
        "page": None,
        "name": None,
        "names": join_names([o.name.strip() for o in persons]) or None,
        "party": join_names(parties) or None,
        "faction": inquiry.faction.strip() or None,
        "faction_leaders": None,
        "intro": intro if persons else None,
        "originators": originator_line(parliament, inquiry) or None,
        "label": None,
        "ministry": with_article(answer.ministry) if answer and answer.ministry.strip() else None,
        "answered": _short(parliament, answered),
        "answered_long": None if answered is None else long_date(answered),
        "answer_drucksache": (answer.drucksache if answer else None)
        or dates.answer_drucksache
        or None,
        "answer_issued": _short(parliament, answer_issued),
    }


def _by_party(persons: Sequence[Originator]) -> dict[str, list[str]]:
    # Parties keep the order in which their first member is named.
    groups: dict[str, list[str]] = {}
    for person in persons:
        groups.setdefault(person.party.strip(), []).append(person.name.strip())
    return groups


def _filled(lines: Sequence[str], values: dict[str, str | None]) -> list[str]:
    return [line for line in (fill(raw, values) for raw in lines) if line is not None]


def _short(parliament: Parliament, day: date | None) -> str | None:
    return None if day is None else day.strftime(parliament.layout.date_format)
