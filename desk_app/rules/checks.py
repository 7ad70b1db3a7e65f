"""Formal checks of an inquiry against its parliament's rules, as findings users read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from desk_app.i18n import _
from desk_app.model import Inquiry, plain, plain_text
from desk_app.model.numbering import (
    footnote_numbers,
    footnote_order,
    question_label,
    subquestion_label,
)
from desk_app.model.text import Text
from desk_app.rules.profile import Confidence, Limit, Parliament

Severity = Literal["error", "warning"]
Location = tuple[str | int, ...]

# Markers typed as characters and closing punctuation may follow the question mark.
_TRAILING = " \t\u00a0⁰¹²³⁴⁵⁶⁷⁸⁹*“”\"'’»«)]"


@dataclass(frozen=True, slots=True)
class Finding:
    """Hold one problem: how bad, what (in the user's language) and where."""

    severity: Severity
    message: str
    location: Location


def check(inquiry: Inquiry, parliament: Parliament) -> list[Finding]:
    """Return the formal problems of an inquiry, errors before warnings, in reading order."""
    findings = [
        *_title(inquiry),
        *_originators(inquiry),
        *_limits(inquiry, parliament),
        *_question_marks(inquiry),
        *_footnotes(inquiry),
        *_signature(inquiry),
    ]
    return sorted(findings, key=lambda finding: finding.severity != "error")


def errors(findings: list[Finding]) -> list[Finding]:
    """Return only the findings that are errors."""
    return [finding for finding in findings if finding.severity == "error"]


def _title(inquiry: Inquiry) -> Iterator[Finding]:
    if not plain(inquiry.title.inlines).strip():
        yield Finding("error", _("Die Anfrage hat keinen Titel."), ("title",))


def _originators(inquiry: Inquiry) -> Iterator[Finding]:
    named = any(person.name.strip() for person in inquiry.originators)
    if not named and not inquiry.faction.strip():
        yield Finding(
            "error",
            _("Es sind keine Fragesteller angegeben (weder Abgeordnete noch Fraktion)."),
            ("originators",),
        )


def _signature(inquiry: Inquiry) -> Iterator[Finding]:
    if not any(line.strip() for line in inquiry.signature):
        yield Finding("error", _("Die Unterschrift fehlt."), ("signature",))


def _limits(inquiry: Inquiry, parliament: Parliament) -> Iterator[Finding]:
    kind = parliament.kinds.get(inquiry.kind)
    if kind is None:
        return
    limit = kind.limit
    # An unconfirmed rule must not block anyone; it only warns.
    severity: Severity = "error" if limit.confidence == Confidence.CONFIRMED else "warning"
    cited = _citation(limit)
    questions = inquiry.questions
    yield from _members(inquiry, limit, severity, cited)
    if limit.max_questions is not None:
        if limit.counts_subquestions:
            counted = sum(len(question.subquestions) or 1 for question in questions)
            text = _(
                "Die Anfrage hat {counted} Fragen einschließlich der Unterfragen; erlaubt sind "
                "höchstens {allowed}{cited}."
            )
        else:
            counted = len(questions)
            text = _("Die Anfrage hat {counted} Fragen; erlaubt sind höchstens {allowed}{cited}.")
        if counted > limit.max_questions:
            yield Finding(
                severity,
                text.format(counted=counted, allowed=limit.max_questions, cited=cited),
                ("question", min(limit.max_questions, len(questions) - 1)),
            )
    for index, question in enumerate(questions):
        subs = len(question.subquestions)
        label = question_label(index)
        if subs and not limit.subquestions_allowed:
            yield Finding(
                severity,
                _(
                    "Frage {label} hat Unterfragen; hier sind keine Unterfragen erlaubt{cited}."
                ).format(label=label, cited=cited),
                ("subquestion", index, 0),
            )
        elif limit.max_subquestions is not None and subs > limit.max_subquestions:
            yield Finding(
                severity,
                _(
                    "Frage {label} hat {count} Unterfragen; erlaubt sind höchstens "
                    "{allowed}{cited}."
                ).format(label=label, count=subs, allowed=limit.max_subquestions, cited=cited),
                ("subquestion", index, limit.max_subquestions),
            )


def _members(inquiry: Inquiry, limit: Limit, severity: Severity, cited: str) -> Iterator[Finding]:
    """Check a minimum number of signing members, which a faction as originator also meets."""
    if limit.min_members is None:
        return
    if limit.faction_may_originate and inquiry.faction.strip():
        return
    members = sum(1 for person in inquiry.originators if person.name.strip())
    if members and members < limit.min_members:
        text = (
            _(
                "Die Anfrage nennt {count} Abgeordnete; nötig sind mindestens {needed} "
                "oder eine Fraktion{cited}."
            )
            if limit.faction_may_originate
            else _("Die Anfrage nennt {count} Abgeordnete; nötig sind mindestens {needed}{cited}.")
        )
        yield Finding(
            severity,
            text.format(count=members, needed=limit.min_members, cited=cited),
            ("originators",),
        )


def _citation(limit: Limit) -> str:
    if not limit.source:
        return ""
    if limit.confidence == Confidence.CONFIRMED:
        return _(" (Quelle: {source})").format(source=_(limit.source))
    return _(" (Quelle: {source}, nicht bestätigt)").format(source=_(limit.source))


def _question_marks(inquiry: Inquiry) -> Iterator[Finding]:
    for index, question in enumerate(inquiry.questions):
        label = question_label(index)
        text = _ending(question.text)
        if question.subquestions:
            # A question that introduces sub-questions may end with a colon.
            if text and not text.endswith(("?", ":")):
                yield Finding(
                    "error",
                    _("Frage {label} endet weder mit „?“ noch mit „:“ vor den Unterfragen.").format(
                        label=label
                    ),
                    ("question", index),
                )
        elif not text:
            yield Finding(
                "error", _("Frage {label} ist leer.").format(label=label), ("question", index)
            )
        elif not text.endswith("?"):
            yield Finding(
                "error",
                _("Frage {label} endet nicht mit einem Fragezeichen.").format(label=label),
                ("question", index),
            )
        for sub, subtext in enumerate(question.subquestions):
            ending = _ending(subtext)
            name = f"{label}{subquestion_label(sub)}"
            if not ending:
                yield Finding(
                    "error",
                    _("Unterfrage {name} ist leer.").format(name=name),
                    ("subquestion", index, sub),
                )
            elif not ending.endswith("?"):
                yield Finding(
                    "error",
                    _("Unterfrage {name} endet nicht mit einem Fragezeichen.").format(name=name),
                    ("subquestion", index, sub),
                )


def _ending(text: Text) -> str:
    """Return a text's plain characters without trailing markers, quotes and space."""
    return plain_text(text).rstrip(_TRAILING)


def _footnotes(inquiry: Inquiry) -> Iterator[Finding]:
    numbers = footnote_numbers(inquiry)
    for fid, note in inquiry.footnotes.items():
        if not plain_text(note.text).strip():
            yield Finding(
                "error",
                _("{note} hat keinen Text.").format(note=_note_name(fid, numbers)),
                ("footnote", fid),
            )
    cited_by: dict[str, list[str]] = {}
    for fid in footnote_order(inquiry):
        source_id = inquiry.footnotes[fid].source_id
        if source_id is not None:
            cited_by.setdefault(source_id, []).append(fid)
    for source_id, source in inquiry.sources.items():
        if source_id not in cited_by:
            shown = source.title or source.url or source_id
            yield Finding(
                "warning",
                _("Die Quelle „{source}“ wird von keiner Fußnote zitiert.").format(source=shown),
                ("source", source_id),
            )
    for notes in cited_by.values():
        first = numbers[notes[0]]
        for fid in notes[1:]:
            if _is_ibidem(inquiry.footnotes[fid].text):
                continue
            yield Finding(
                "warning",
                _(
                    "Fußnote {number} nennt dieselbe Quelle wie Fußnote {first}; „ebd.“ schreiben "
                    "oder die Fußnoten zusammenführen."
                ).format(number=numbers[fid], first=first),
                ("footnote", fid),
            )


def _is_ibidem(text: Text) -> bool:
    """Tell whether a note already says "ebd." (the accepted way to repeat a source)."""
    return plain_text(text).strip().lower().startswith(("ebd", "ebenda"))


def _note_name(fid: str, numbers: dict[str, int]) -> str:
    number = numbers.get(fid)
    if number is None:
        return _("Eine Fußnote ohne Verweis")
    return _("Fußnote {number}").format(number=number)
