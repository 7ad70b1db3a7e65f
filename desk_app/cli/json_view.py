"""The stable `--json` shapes of `desk show`, `desk list` and `desk search` (see README)."""

from __future__ import annotations

from datetime import date
from typing import Any

from desk_app.formats.markdown.inline import inlines_to_markdown, text_to_markdown
from desk_app.formats.markdown.metadata import answer_to_json
from desk_app.model import (
    DATE_FIELDS,
    Inquiry,
    canonical,
    footnote_order,
    plain,
    question_label,
    subquestion_label,
)
from desk_app.rules.deadline_status import is_overdue
from desk_app.rules.deadlines import Deadline
from desk_app.storage import InquirySummary


def _iso(day: date | None) -> str | None:
    """Return a date as an ISO string, or None."""
    return None if day is None else day.isoformat()


def inquiry_json(inquiry: Inquiry, deadline: Deadline, today: date) -> dict[str, Any]:
    """Return one inquiry as the documented JSON object, with its computed deadline."""
    item = canonical(inquiry)  # footnote ids become their numbers, as [^n] shows them
    referenced = set(footnote_order(item))
    dates: dict[str, Any] = {name: _iso(getattr(item.dates, name)) for name in DATE_FIELDS}
    dates.pop("due_override")
    dates["due"] = _iso(deadline.due)
    dates["due_overridden"] = item.dates.due_override is not None
    dates["answer_drucksache"] = item.dates.answer_drucksache
    dates["extensions"] = [
        {
            "new_due": _iso(ext.new_due),
            "units": ext.units,
            "reason": ext.reason,
            "agreed_by": ext.agreed_by,
            "granted": _iso(ext.granted),
        }
        for ext in item.dates.extensions
    ]
    status = item.status
    return {
        "id": inquiry.id,
        "parliament": item.parliament,
        "kind": item.kind,
        "term": item.term,
        "number": item.number,
        "drucksache": item.drucksache,
        "title": plain(item.title.inlines).strip(),
        "originators": [{"name": o.name, "party": o.party} for o in item.originators],
        "faction": item.faction,
        "preamble": text_to_markdown(item.preamble),
        "lead_in": item.lead_in,
        "questions": [
            {
                "label": question_label(index),
                "text": text_to_markdown(question.text),
                "subquestions": [
                    {"label": subquestion_label(sub_index), "text": text_to_markdown(sub)}
                    for sub_index, sub in enumerate(question.subquestions)
                ],
            }
            for index, question in enumerate(item.questions)
        ],
        "footnotes": [
            {
                "number": int(fid),
                "text": text_to_markdown(note.text),
                "source_id": note.source_id,
                "referenced": fid in referenced,
            }
            for fid, note in item.footnotes.items()
        ],
        "sources": [
            {
                "id": source.id,
                "url": source.url,
                "title": source.title,
                "publisher": source.publisher,
                "accessed": _iso(source.accessed),
                "archive_url": source.archive_url,
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


def _answer(inquiry: Inquiry) -> dict[str, Any] | None:
    """Return the answer as documented: each part with the labels of the questions it answers."""
    answer = answer_to_json(inquiry.answer)
    if answer is not None:
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
        "due": _iso(row.due),
        "updated_at": row.updated_at.isoformat(timespec="seconds"),
    }
