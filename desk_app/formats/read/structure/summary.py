"""What every inquiry import reports in the end, in the order a reader checks it."""

from __future__ import annotations

from desk_app.formats.read.result import Report, shorten
from desk_app.i18n import N_, Said, say
from desk_app.model import Inquiry, plain
from desk_app.rules.profile import Parliament

NO_INQUIRY = N_("Im Text ließ sich keine Anfrage finden: weder ein Titel noch Fragen.")


# What the summary's date lines say, by the date they show.
DATE_LINES = (
    ("signed", N_("Datum des Originals: {day}")),
    ("issued", N_("Ausgegeben: {day}")),
)


def _count(number: int, one: str, many: str) -> Said:
    return say(one if number == 1 else many, count=number)


def summarise(inquiry: Inquiry, profile: Parliament, report: Report) -> None:
    """Add what was found to the report, in the order a reader checks it."""
    kind = profile.kind(inquiry.kind)
    shown_kind = Said(kind.display_name)  # data text: translated where shown
    if inquiry.number:
        report.found(say("Art: {kind} {number}", kind=shown_kind, number=inquiry.number))
    else:
        report.found(say("Art: {kind}", kind=shown_kind))
    if inquiry.drucksache:
        report.found(say("Drucksache: {drucksache}", drucksache=inquiry.drucksache))
    for name, line in DATE_LINES:
        day = getattr(inquiry.dates, name)
        if day is not None:
            report.found(say(line, day=day.strftime("%d.%m.%Y")))
    if inquiry.originators:
        people = ", ".join(
            f"{person.name} ({person.party})" if person.party else person.name
            for person in inquiry.originators
        )
        report.found(say("Urheber: {people}", people=people))
    title = plain(inquiry.title.inlines)
    if title:
        report.found(say("Titel: „{title}“", title=shorten(title)))
    else:
        report.doubt(say("Kein Titel gefunden."))
    count = len(inquiry.preamble)
    if count == 1:
        report.found(say("Vorbemerkung: {count} Absatz", count=count))
    else:
        report.found(say("Vorbemerkung: {count} Absätze", count=count))
    if inquiry.lead_in:
        report.found(say("Einleitungssatz: „{lead_in}“", lead_in=shorten(inquiry.lead_in)))
    questions = _count(len(inquiry.questions), N_("{count} Frage"), N_("{count} Fragen"))
    footnotes = _count(len(inquiry.footnotes), N_("{count} Fußnote"), N_("{count} Fußnoten"))
    sources = _count(len(inquiry.sources), N_("{count} Quelle"), N_("{count} Quellen"))
    report.found(
        say(
            "{questions}, {footnotes}, {sources}",
            questions=questions,
            footnotes=footnotes,
            sources=sources,
        )
    )
    if inquiry.signature:
        report.found(say("Unterschrift: {names}", names=", ".join(inquiry.signature)))
