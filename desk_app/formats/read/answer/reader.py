"""Import the government's answer to an inquiry, split by question, from PDF, DOCX or text.

`import_answer` attaches an answer to a known inquiry; `recognise_answer`
finds the inquiry an answer belongs to (by parliament and number) or, if
none is stored, builds it from the questions the answer restates.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desk_app.formats.read.answer.document import read_answer_document
from desk_app.formats.read.answer.forms import AnswerForms, answer_forms, find, lead
from desk_app.formats.read.answer.head import AnswerHead, read_answer_head
from desk_app.formats.read.answer.layout import Layout, lay_out
from desk_app.formats.read.answer.notices import mend_notices
from desk_app.formats.read.answer.printed_inquiry import printed_inquiry
from desk_app.formats.read.answer.question_match import map_labels, match_questions
from desk_app.formats.read.answer.restated import add_restated, inquiry_from_answer
from desk_app.formats.read.answer.split import AnswerText, Para
from desk_app.formats.read.result import Confidence, ImportResult, Report, shorten
from desk_app.formats.read.structure.template_lines import parse_day
from desk_app.formats.read.text.archives import find_archive
from desk_app.i18n import N_, _, say
from desk_app.model import (
    Answer,
    AnswerPart,
    DeskError,
    Inquiry,
    Run,
    canonical,
    normalize_text,
    plain,
)
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry

_INTRO_HEAD = 3  # paragraphs after the questions that may open the answer
_NOTICE_PARAGRAPHS = 60  # the first page's foot, where a sender's notice stands
NO_ANSWER = N_(
    "In der Datei ließ sich keine Antwort finden: weder Antworten zu Fragen "
    "noch eine Vorbemerkung der Regierung."
)


@dataclass(frozen=True, slots=True)
class AnswerKey:
    """Say which inquiry an answer belongs to, as far as its head tells."""

    parliament: str
    term: int | None
    kind: str | None
    number: str | None
    drucksache: str | None


@dataclass(slots=True)
class AnswerRead:
    """Hold an answer document as read: its parliament, head and text."""

    profile: Parliament
    head: AnswerHead
    text: AnswerText
    report: Report
    layout: Layout
    values: dict[str, object]


def import_answer(path: Path, inquiry: Inquiry, registry: ProfileRegistry) -> ImportResult:
    """Return a copy of the inquiry with the answer in a file attached, and the report."""
    read = _read(path, registry, inquiry.parliament)
    result = copy.deepcopy(inquiry)
    _check_belongs(read, result)
    apply_answer(result, read.head, read.text, read.report)
    return ImportResult(result, read.report.recognised, read.report.uncertain)


def recognise_answer(
    path: Path,
    registry: ProfileRegistry,
    find: Callable[[AnswerKey], Inquiry | None],
    parliament: str | None = None,
    read: AnswerRead | None = None,
) -> ImportResult:
    """Read an answer, find its inquiry through `find`, or build the inquiry from the answer.

    `read` is the file as `read_if_answer` already read it, so it is not read twice.
    """
    read = read or _read(path, registry, parliament)
    if not read.head.is_answer:
        raise DeskError(_("Die Datei ist keine Antwort der Regierung auf eine Anfrage."))
    key = answer_key(read)
    stored = find(key)
    if stored is not None:
        inquiry = copy.deepcopy(stored)
        read.report.found(say("Zugehörige Anfrage gefunden: Nr. {id}", id=stored.id))
        _check_belongs(read, inquiry)
    elif read.layout.inquiry is not None:
        inquiry = printed_inquiry(
            read.layout.inquiry, read.profile, read.head, read.values, read.report
        )
        add_restated(inquiry, read.text, read.report)
    else:
        inquiry = inquiry_from_answer(
            read.profile, read.head, read.text, read.report, read.layout.notes
        )
    apply_answer(inquiry, read.head, read.text, read.report)
    return ImportResult(canonical(inquiry), read.report.recognised, read.report.uncertain)


def is_answer_file(path: Path, registry: ProfileRegistry, parliament: str | None = None) -> bool:
    """Tell whether a file reads as a government's answer rather than as an inquiry."""
    return read_if_answer(path, registry, parliament) is not None


def read_if_answer(
    path: Path, registry: ProfileRegistry, parliament: str | None = None
) -> AnswerRead | None:
    """Return a file read as an answer if it is one (for `recognise_answer`), else None."""
    try:
        read = _read(path, registry, parliament)
    except DeskError:
        return None
    if read.values and find_archive(read.values) is not None:
        return None  # a foreign archive's document: its reader attaches the answer it prints
    if (read.head.is_answer or read.layout.two_papers) and read.text.parts:
        return read
    return None


def answer_key(read: AnswerRead) -> AnswerKey:
    """Return the key a stored inquiry is looked up by."""
    head = read.head
    term = head.term
    if term is None and head.inquiry_drucksache:
        term = int(head.inquiry_drucksache.split("/")[0])
    return AnswerKey(read.profile.id, term, head.kind, head.number, head.inquiry_drucksache)


def _read(path: Path, registry: ProfileRegistry, parliament: str | None) -> AnswerRead:
    """Read and split an answer file, refusing one that holds no answer."""
    report = Report()
    document = read_answer_document(Path(path), registry, parliament, report)
    profile = document.profile
    forms = answer_forms(profile.id)
    notices, blocks = mend_notices(document.notices, document.blocks, forms)
    layout = lay_out(blocks, profile, forms)
    text = layout.text
    if not text.parts and not text.preliminary:
        raise DeskError(_(NO_ANSWER))
    lines = [line for para in text.head for line in plain(para.inlines).split("\n") if line.strip()]
    head = read_answer_head(
        lines, profile, notices, forms, [p.text for p in [*text.head, *text.intro]]
    )
    head.issued = layout.issued or head.paper_date
    if not head.ministry:  # a notice the page reader left in the text ("… mit Schreiben des …")
        _sender_in_text(head, layout.paras[:_NOTICE_PARAGRAPHS], forms)
    head.letter_date = head.letter_date or text.closing_date
    # Bayern, Baden-Württemberg print the answer's head after all the questions.
    head.is_answer = head.is_answer or any(
        lead(forms.answer_head, para.text) for para in text.intro[:_INTRO_HEAD]
    )
    head.title = _bold_title(text.head) or head.title
    return AnswerRead(profile, head, text, report, layout, dict(document.values))


def _sender_in_text(head: AnswerHead, paras: list[Para], forms: AnswerForms) -> None:
    """Take the sender and letter date from the first paragraph whose sentence names both."""
    for para in paras:
        found = find(forms.answered_by, para.text)
        if found and found.groupdict().get("date"):
            head.ministry = found.group("who").strip()
            head.letter_date = head.letter_date or parse_day(found.group("date"))
            return


def _bold_title(paras: list[Para]) -> str:
    """Return the first paragraph of the head set bold as a whole: the inquiry's title."""
    for para in paras:
        runs = [item for item in para.inlines if isinstance(item, Run) and item.text.strip()]
        words = para.text
        form = any(word in words for word in ("Antwort", "Drucksache", "Wahlperiode"))
        if runs and all(run.bold for run in runs) and len(words) > 10 and not form:
            return words
    return ""


def _check_belongs(read: AnswerRead, inquiry: Inquiry) -> None:
    """Report where the answer's head names another inquiry than the one it is attached to."""
    head = read.head
    if read.profile.id != inquiry.parliament:
        read.report.doubt(
            say(
                "Die Antwort stammt aus {answer}, die Anfrage aus {inquiry}.",
                answer=read.profile.id,
                inquiry=inquiry.parliament,
            )
        )
    if (
        head.inquiry_drucksache
        and inquiry.drucksache
        and head.inquiry_drucksache != inquiry.drucksache
    ):
        read.report.doubt(
            say(
                "Die Antwort nennt die Drucksache {answer}, die Anfrage hat {inquiry}.",
                answer=head.inquiry_drucksache,
                inquiry=inquiry.drucksache,
            )
        )
    if head.number and inquiry.number and head.number != inquiry.number:
        read.report.doubt(
            say(
                "Die Antwort nennt die Nummer {answer}, die Anfrage hat {inquiry}.",
                answer=head.number,
                inquiry=inquiry.number,
            )
        )


def apply_answer(inquiry: Inquiry, head: AnswerHead, text: AnswerText, report: Report) -> None:
    """Attach the answer to the inquiry, split by question, and set it answered."""
    mapping = match_questions(text.restated, inquiry.questions)
    for line in mapping.doubts:
        report.doubt(line)
    parts: list[AnswerPart] = []
    for labels, part_text in text.parts:
        mapped = map_labels(labels, mapping, len(inquiry.questions))
        if not mapped:
            report.doubt(
                say(
                    "Antwortteil zu Frage {labels} passt zu keiner Frage; übergangen.",
                    labels=", ".join(labels),
                )
            )
            continue
        if parts and parts[-1].questions == mapped:
            # "Zu 1.1:", "Zu 1.2:" (Bayern numbers sub-questions so): one answer to question 1.
            parts[-1].text = normalize_text([*parts[-1].text, *part_text])
            continue
        parts.append(AnswerPart(mapped, normalize_text(part_text)))
    inquiry.answer = Answer(
        head.drucksache,
        head.answered,
        head.ministry,
        normalize_text(text.preliminary),
        parts,
    )
    inquiry.dates.answered = head.answered or inquiry.dates.answered
    inquiry.dates.answer_drucksache = head.drucksache
    inquiry.dates.answer_issued = head.issued
    _summary(inquiry, head, report)


def _summary(inquiry: Inquiry, head: AnswerHead, report: Report) -> None:
    """Add what the answer import recognised to the report."""
    answer = inquiry.answer
    assert answer is not None
    report.found(
        say(
            "Antwort-Drucksache: {drucksache}",
            drucksache=head.drucksache or say("nicht gefunden"),
        )
    )
    if head.issued:
        report.found(say("Ausgegeben: {day}", day=head.issued.strftime("%d.%m.%Y")))
    if head.letter_date:
        report.found(
            say("Beantwortet mit Schreiben vom {day}", day=head.letter_date.strftime("%d.%m.%Y"))
        )
    elif answer.date:
        report.mark(
            "answer.date",
            Confidence.GUESSED,
            say("Kein Datum des Antwortschreibens gedruckt; das Datum der Drucksache gilt."),
        )
    if head.ministry:
        report.found(say("Beantwortet von: {ministry}", ministry=shorten(head.ministry)))
    else:
        report.doubt(say("Das antwortende Ministerium ließ sich nicht erkennen."))
    if answer.preliminary:
        report.found(
            say("Vorbemerkung der Regierung: {count} Absätze", count=len(answer.preliminary))
        )
    joint = [part for part in answer.parts if len(part.questions) > 1]
    report.found(
        say(
            "{count} Antwortteile, davon {joint} gemeinsam beantwortet",
            count=len(answer.parts),
            joint=len(joint),
        )
    )
    answered = {label for part in answer.parts for label in part.questions}
    missing = [str(i) for i in range(1, len(inquiry.questions) + 1) if str(i) not in answered]
    if missing:
        report.doubt(say("Ohne Antwort: Frage {labels}", labels=", ".join(missing)))
