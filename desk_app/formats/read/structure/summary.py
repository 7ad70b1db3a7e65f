"""What every inquiry import reports in the end, in the order a reader checks it."""

from __future__ import annotations

from desk_app.formats.read.result import Report, shorten
from desk_app.i18n import N_
from desk_app.model import Inquiry, plain
from desk_app.rules.profile import Parliament

NO_INQUIRY = N_("Im Text ließ sich keine Anfrage finden: weder ein Titel noch Fragen.")


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def summarise(inquiry: Inquiry, profile: Parliament, report: Report) -> None:
    """Add what was found to the report, in the order a reader checks it."""
    kind = profile.kind(inquiry.kind)
    number = f" {inquiry.number}" if inquiry.number else ""
    report.found(f"Art: {kind.display_name}{number}")
    if inquiry.drucksache:
        report.found(f"Drucksache: {inquiry.drucksache}")
    for name, label in (("signed", "Datum des Originals"), ("issued", "Ausgegeben")):
        day = getattr(inquiry.dates, name)
        if day is not None:
            report.found(f"{label}: {day:%d.%m.%Y}")
    if inquiry.originators:
        people = ", ".join(
            f"{person.name} ({person.party})" if person.party else person.name
            for person in inquiry.originators
        )
        report.found(f"Urheber: {people}")
    title = plain(inquiry.title.inlines)
    if title:
        report.found(f"Titel: „{shorten(title)}“")
    else:
        report.doubt("Kein Titel gefunden.")
    report.found(f"Vorbemerkung: {_count(len(inquiry.preamble), 'Absatz', 'Absätze')}")
    if inquiry.lead_in:
        report.found(f"Einleitungssatz: „{shorten(inquiry.lead_in)}“")
    report.found(
        ", ".join(
            (
                _count(len(inquiry.questions), "Frage", "Fragen"),
                _count(len(inquiry.footnotes), "Fußnote", "Fußnoten"),
                _count(len(inquiry.sources), "Quelle", "Quellen"),
            )
        )
    )
    if inquiry.signature:
        report.found(f"Unterschrift: {', '.join(inquiry.signature)}")
