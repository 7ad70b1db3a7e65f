"""The stable `--json` shapes of `desk show`, `list`, `search` and `import` (see README)."""

from __future__ import annotations

from datetime import date
from typing import Any

from desk_app.formats.markdown.inline import inlines_to_markdown
from desk_app.formats.markdown.metadata import MARKDOWN
from desk_app.i18n import _, shown
from desk_app.model import (
    DATE_FIELDS,
    Inquiry,
    canonical,
    footnote_order,
    plain,
    question_label,
    subquestion_label,
)
from desk_app.model.codec import (
    encode_answer,
    encode_date,
    encode_dates,
    encode_footnote,
    encode_originators,
    encode_source,
)
from desk_app.rules.deadline_status import is_overdue
from desk_app.rules.deadlines import Deadline
from desk_app.service.outcomes import ImportOutcome
from desk_app.storage import InquirySummary


def inquiry_json(inquiry: Inquiry, deadline: Deadline, today: date) -> dict[str, Any]:
    """Return one inquiry as the documented JSON object, with its computed deadline."""
    item = canonical(inquiry)  # footnote ids become their numbers, as [^n] shows them
    referenced = set(footnote_order(item))
    notes = item.footnotes.values()
    stored = encode_dates(item.dates)
    # The view shows the computed due date where the blob keeps only the override.
    dates: dict[str, Any] = {
        name: stored.get(name) for name in DATE_FIELDS if name != "due_override"
    }
    dates["due"] = encode_date(deadline.due)
    dates["due_overridden"] = item.dates.due_override is not None
    dates["answer_drucksache"] = stored["answer_drucksache"]
    dates["extensions"] = stored["extensions"]
    status = item.status
    return {
        "id": inquiry.id,
        "parliament": item.parliament,
        "kind": item.kind,
        "term": item.term,
        "number": item.number,
        "drucksache": item.drucksache,
        "title": plain(item.title.inlines).strip(),
        "originators": encode_originators(item.originators),
        "faction": item.faction,
        "preamble": MARKDOWN.encode(item.preamble),
        "lead_in": item.lead_in,
        "questions": [
            {
                "label": question_label(index),
                "text": MARKDOWN.encode(question.text),
                "subquestions": [
                    {"label": subquestion_label(sub_index), "text": MARKDOWN.encode(sub)}
                    for sub_index, sub in enumerate(question.subquestions)
                ],
            }
            for index, question in enumerate(item.questions)
        ],
        "footnotes": [_footnote(encode_footnote(note, MARKDOWN), referenced) for note in notes],
        "sources": [
            {
                **encode_source(source),
                "footnotes": [
                    int(fid) for fid, note in item.footnotes.items() if note.source_id == source.id
                ],
            }
            for source in item.sources.values()
        ],
        "signature": list(item.signature),
        "dates": dates,
        "status": status.value,
        "overdue": is_overdue(inquiry, deadline, today),
        "deadline_steps": list(deadline.steps),
        "answer": _answer(item),
        "lead_ministry": item.lead_ministry,
        "notes": item.notes,
        "title_markdown": inlines_to_markdown(item.title.inlines),
    }


def _footnote(note: dict[str, Any], referenced: set[str]) -> dict[str, Any]:
    """Return an encoded footnote as documented: by number, with whether a marker cites it."""
    return {
        "number": int(note["id"]),
        "text": note["text"],
        "source_id": note["source"],
        "referenced": note["id"] in referenced,
    }


def _answer(inquiry: Inquiry) -> dict[str, Any] | None:
    """Return the answer as documented: each part with the labels of the questions it answers."""
    if inquiry.answer is None:
        return None
    answer = encode_answer(inquiry.answer, MARKDOWN)
    answer["answers"] = answer.pop("parts")
    return answer


def summary_json(row: InquirySummary) -> dict[str, Any]:
    """Return one list row as the documented JSON object."""
    return {
        "id": row.id,
        "parliament": row.parliament,
        "kind": row.kind,
        "term": row.term,
        "number": row.number,
        "drucksache": row.drucksache,
        "title": row.title,
        "status": str(row.status),
        "due": encode_date(row.due),
        "updated_at": row.updated_at.isoformat(timespec="seconds"),
    }


def import_json(outcome: ImportOutcome) -> dict[str, Any]:
    """Return an import's outcome as the documented JSON object: id, report lines, fields."""
    return {
        "id": outcome.id,
        "answered": outcome.answered,
        "report": [shown(line) for line in outcome.report],
        "uncertain": [shown(line) for line in outcome.to_check],
        "fields": [
            {
                "field": entry.field,
                "label": _(entry.label),
                "confidence": entry.confidence.key,
                "value": shown(entry.value),
                "detail": shown(entry.detail),
            }
            for entry in outcome.fields
        ],
    }
