"""The import report field by field: what each field holds and how sure the importer was.

A field's confidence comes, in this order, from an explicit `Report.mark`, from
an empty value (not found: an uncertain field is never passed off as a
default), from the report's uncertain lines that concern it (`CONCERNS`), from
recognised lines that say a value was only derived (`DERIVED`), else certain.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desk_app.formats.read.result import Confidence, Report, shorten
from desk_app.i18n import N_, Said, say
from desk_app.model import Answer, Inquiry, Text, plain, plain_text

# Which uncertain lines concern which field: a line matching the pattern makes
# the field "guessed" (or leaves it "not found" with the line as the reason).
# The lines are the readers' German report lines; one line may concern several fields.
CONCERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("parliament", r"nennt das Parlament|Die Antwort stammt aus|Parlament ließ sich"),
        ("kind", r"Art nicht im Text|nennt die Art"),
        ("term", r"Wahlperiode"),
        ("number", r"nennt die Nummer"),
        ("drucksache", r"Antwort nennt die Drucksache"),
        ("title", r"Titel"),
        ("preamble", r"der Vorbemerkung angefügt"),
        ("lead_in", r"Einleitungssatz"),
        ("questions", r"wird in der Antwort nicht wiedergegeben"),
        ("footnotes", r"Fußnote"),
        ("signature", r"Unterschrift"),
        ("answer.ministry", r"Ministerium"),
        (
            "answer.parts",
            r"Ohne Antwort|Antwortteil|Antwort nennt (als|eine) Frage|in der Antwort deutlich",
        ),
    )
)

_QUESTION_NUMBER = re.compile(r"Frage (\d+)")


def concerned_field(line: str) -> str | None:
    """Return the field an uncertain line concerns ("questions.3" for one question), or None.

    A line about questions that names one ("Frage 3 …") leads to that question.
    """
    for name, pattern in CONCERNS:
        if pattern.search(line):
            number = _QUESTION_NUMBER.search(line)
            if name in ("questions", "answer.parts") and number is not None:
                return f"questions.{number.group(1)}"
            return name
    return None


# Recognised lines that say a value was derived, not read: the field is "guessed".
DERIVED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("term", re.compile(r"Wahlperiode: .*\(aus dem Datum")),
)


@dataclass(frozen=True, slots=True)
class FieldEntry:
    """Hold one line of the field report: the field, what was recognised, how sure, why."""

    field: str  # stable English name, e.g. "title", "dates.signed"
    label: str  # German name shown to the user
    confidence: Confidence
    value: str = ""  # short German text of the recognised value
    detail: str = ""  # why it is guessed or missing, from the report


def _day(value: date | None) -> str:
    """Return a date as 18.03.2020, or nothing."""
    return "" if value is None else f"{value:%d.%m.%Y}"


def _count(number: int, one: str, many: str) -> str:
    """Return "1 Frage" or "5 Fragen" from the templates of one and many; nothing for none."""
    return "" if not number else say(one if number == 1 else many, count=number)


def _fit(text: str) -> str:
    """Return a value shortened for the report; a short sentence keeps its template."""
    short = shorten(text)
    return text if short == text else short


def _joined(lines: list[str]) -> str:
    """Return report lines as one detail, each line still translatable where shown."""
    if not lines:
        return ""
    detail = lines[0]
    for line in lines[1:]:
        detail = say("{before} {after}", before=detail, after=line)
    return detail


def _text(text: Text) -> str:
    """Return a short plain form of a text."""
    return shorten(plain_text(text))


def _originators(inquiry: Inquiry) -> str:
    """Return the originators as "Name (Partei), …"."""
    names = [f"{o.name} ({o.party})" if o.party else o.name for o in inquiry.originators]
    return shorten(", ".join(names))


def _answered(inquiry: Inquiry) -> str:
    """Return how many questions the answer answers, e.g. "5 von 6 Fragen"."""
    parts = inquiry.answer.parts if inquiry.answer is not None else []
    answered = {label for part in parts for label in part.questions}
    if not answered:
        return ""
    return say(
        "{answered} von {total} Fragen", answered=len(answered), total=len(inquiry.questions)
    )


def _joint(inquiry: Inquiry) -> str:
    """Return the joint answers, e.g. "zu 1 und 2"."""
    parts = inquiry.answer.parts if inquiry.answer is not None else []
    joint = [part.questions for part in parts if len(part.questions) > 1]
    said: list[str] = []
    for labels in joint:
        named = labels[0]
        for label in labels[1:]:
            named = say("{labels} und {label}", labels=named, label=label)
        said.append(say("zu {labels}", labels=named))
    if not said:
        return ""
    value = said[0]
    for more in said[1:]:
        value = say("{joint}; {more}", joint=value, more=more)
    return _fit(value)


Value = Callable[[Inquiry], str]


def _of_answer(value: Callable[[Answer], str]) -> Value:
    """Return a field's value function that reads the inquiry's answer."""
    return lambda inquiry: value(inquiry.answer) if inquiry.answer is not None else ""


# Every field an import fills, in the order a user reads a Drucksache.
FIELDS: tuple[tuple[str, str, Value], ...] = (
    ("parliament", N_("Parlament"), lambda q: q.parliament),
    ("kind", N_("Art"), lambda q: q.kind),
    ("term", N_("Wahlperiode"), lambda q: "" if q.term is None else str(q.term)),
    ("number", N_("Nummer"), lambda q: q.number or ""),
    ("drucksache", N_("Drucksache"), lambda q: q.drucksache or ""),
    ("dates.signed", N_("Datum der Unterschrift"), lambda q: _day(q.dates.signed)),
    ("dates.submitted", N_("Eingegangen"), lambda q: _day(q.dates.submitted)),
    ("dates.forwarded", N_("Weitergeleitet"), lambda q: _day(q.dates.forwarded)),
    ("dates.issued", N_("Ausgegeben"), lambda q: _day(q.dates.issued)),
    ("dates.answered", N_("Beantwortet am"), lambda q: _day(q.dates.answered)),
    (
        "dates.answer_drucksache",
        N_("Drucksache der Antwort"),
        lambda q: q.dates.answer_drucksache or "",
    ),
    ("title", N_("Titel"), lambda q: shorten(plain(q.title.inlines))),
    ("originators", N_("Urheber"), _originators),
    ("faction", N_("Fraktion"), lambda q: q.faction),
    ("preamble", N_("Vorbemerkung"), lambda q: _text(q.preamble)),
    ("lead_in", N_("Einleitungssatz"), lambda q: shorten(q.lead_in)),
    (
        "questions",
        N_("Fragen"),
        lambda q: _count(len(q.questions), N_("{count} Frage"), N_("{count} Fragen")),
    ),
    (
        "subquestions",
        N_("Unterfragen"),
        lambda q: _count(
            sum(len(x.subquestions) for x in q.questions),
            N_("{count} Unterfrage"),
            N_("{count} Unterfragen"),
        ),
    ),
    (
        "footnotes",
        N_("Fußnoten"),
        lambda q: _count(len(q.footnotes), N_("{count} Fußnote"), N_("{count} Fußnoten")),
    ),
    ("signature", N_("Unterschrift"), lambda q: shorten(", ".join(q.signature))),
)

# The fields of the government's answer, reported when the inquiry has one.
ANSWER_FIELDS: tuple[tuple[str, str, Value], ...] = (
    ("answer.ministry", N_("Antwortendes Ministerium"), _of_answer(lambda a: shorten(a.ministry))),
    ("answer.date", N_("Datum der Antwort"), _of_answer(lambda a: _day(a.date))),
    ("answer.drucksache", N_("Antwort-Drucksache"), _of_answer(lambda a: a.drucksache or "")),
    (
        "answer.preliminary",
        N_("Vorbemerkung der Regierung"),
        _of_answer(lambda a: _text(a.preliminary)),
    ),
    ("answer.parts", N_("Beantwortete Fragen"), _answered),
    ("answer.joint", N_("Gemeinsame Antworten"), _joint),
)


# What an answer joined to a stored inquiry reads: the rest was read by an earlier import.
JOINED_FIELDS = ("dates.answered", "dates.answer_drucksache")


def field_report(inquiry: Inquiry, report: Report, joined: bool = False) -> list[FieldEntry]:
    """Return every field of an imported inquiry with its value and the importer's confidence.

    With `joined`, the import was an answer attached to a stored inquiry, and
    only the answer's fields are its own.
    """
    fields = FIELDS + (ANSWER_FIELDS if inquiry.answer is not None else ())
    if joined:
        fields = tuple(
            item for item in fields if item[0].startswith("answer.") or item[0] in JOINED_FIELDS
        )
    entries = [_entry(name, label, value(inquiry), report) for name, label, value in fields]
    known = {name for name, _label, _value in fields}
    # A mark for a field this table lacks is still shown, never dropped.
    entries += [
        FieldEntry(name, name, mark.confidence, "", mark.detail)
        for name, mark in report.marks.items()
        if name not in known
    ]
    return entries


def _entry(name: str, label: str, value: str, report: Report) -> FieldEntry:
    """Return one field's entry: an explicit mark wins, then emptiness, then the report lines."""
    value = value if isinstance(value, Said) else value.strip()
    mark = report.marks.get(name)
    if mark is not None:
        return FieldEntry(name, label, mark.confidence, value, mark.detail)
    doubts = [line for line in report.uncertain if _concerns(CONCERNS, name, line)]
    if name == "title" and report.title_guessed and not doubts:
        doubts = [say("Titel nur vermutet.")]
    detail = _joined(doubts)
    if not value:
        return FieldEntry(name, label, Confidence.MISSING, "", detail)
    if doubts:
        return FieldEntry(name, label, Confidence.GUESSED, value, detail)
    derived = [line for line in report.recognised if _concerns(DERIVED, name, line)]
    if derived:
        return FieldEntry(name, label, Confidence.GUESSED, value, _joined(derived))
    return FieldEntry(name, label, Confidence.CERTAIN, value)


def _concerns(table: tuple[tuple[str, re.Pattern[str]], ...], name: str, line: str) -> bool:
    """Tell whether a report line concerns a field, by the table's patterns."""
    return any(field == name and pattern.search(line) for field, pattern in table)
