"""Build the inquiry an answer restates, where the inquiry itself is not printed or falls short."""

from __future__ import annotations

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.answer.head import AnswerHead
from desk_app.formats.read.answer.split import AnswerText
from desk_app.formats.read.result import Report
from desk_app.i18n import say
from desk_app.model import (
    Footnote,
    Inquiry,
    Paragraph,
    Question,
    footnote_refs,
    inquiry_texts,
    normalize_text,
    paragraph,
)
from desk_app.rules.profile import Parliament

MISSING = "(in der Antwort nicht wiedergegeben)"


def inquiry_from_answer(
    profile: Parliament,
    head: AnswerHead,
    text: AnswerText,
    report: Report,
    notes: list[Block] | None = None,
) -> Inquiry:
    """Build the inquiry an answer restates: title, originators, preamble, questions, notes."""
    kind = head.kind or profile.default_kind
    inquiry = Inquiry(profile.id, kind, number=head.number, drucksache=head.inquiry_drucksache)
    inquiry.term = head.term or (
        int(head.inquiry_drucksache.split("/")[0]) if head.inquiry_drucksache else None
    )
    inquiry.title = paragraph(head.title)
    inquiry.originators = list(head.originators)
    inquiry.faction = head.faction
    inquiry.preamble = normalize_text(text.inquiry_preamble)
    inquiry.dates.signed = head.inquiry_signed
    labels = [int(label) for label in text.restated]
    labels += [int(label) for labels_ in (part[0] for part in text.parts) for label in labels_]
    for number in range(1, max(labels, default=0) + 1):
        wording = text.restated.get(str(number), "")
        subs = [[paragraph(sub)] for sub in text.restated_subs.get(str(number), [])]
        inquiry.questions.append(Question([paragraph(wording or MISSING)], subs))
        if not wording:
            report.doubt(
                say("Frage {number} wird in der Antwort nicht wiedergegeben.", number=number)
            )
    _add_notes(inquiry, text, notes or [])
    report.found(
        say(
            "Keine gespeicherte Anfrage gefunden; aus der Antwort angelegt mit {count} Fragen.",
            count=len(inquiry.questions),
        )
    )
    return inquiry


def _add_notes(inquiry: Inquiry, text: AnswerText, notes: list[Block]) -> None:
    """Keep the page-foot notes whose markers the restated inquiry or the answer carries."""
    texts = [*inquiry_texts(inquiry), text.preliminary, *(part for _labels, part in text.parts)]
    used = {key for one in texts for key in footnote_refs(one)}
    current: Footnote | None = None
    for block in notes:
        if block.kind is BlockKind.NOTE:
            current = Footnote(block.label)
            if block.label in used:
                inquiry.footnotes[block.label] = current
        elif current is not None and block.inlines:
            current.text.append(Paragraph(list(block.inlines)))
    for footnote in inquiry.footnotes.values():
        footnote.text = normalize_text(footnote.text)


def add_restated(inquiry: Inquiry, text: AnswerText, report: Report) -> None:
    """Add the questions the answer answers that the printed inquiry did not give, as restated."""
    numbers = [int(label) for labels, _part in text.parts for label in labels if label.isdigit()]
    numbers += [int(label) for label in text.restated if label.isdigit()]
    missing = range(len(inquiry.questions) + 1, max(numbers, default=0) + 1)
    for number in missing:
        wording = text.restated.get(str(number), "")
        subs = [[paragraph(sub)] for sub in text.restated_subs.get(str(number), [])]
        inquiry.questions.append(Question([paragraph(wording or MISSING)], subs))
    if missing:
        report.doubt(
            say(
                "Die Anfrage im Dokument ergab {count} Fragen; Frage {first} bis {last} aus "
                "der Antwort übernommen.",
                count=missing.start - 1,
                first=missing.start,
                last=missing.stop - 1,
            )
        )
