"""Turn an inquiry into a JSON-able dict and back, exactly and for every field."""

from __future__ import annotations

from datetime import date
from typing import Any

from desk_app.model import (
    Answer,
    AnswerPart,
    Dates,
    Extension,
    Footnote,
    FootnoteRef,
    Inline,
    Inquiry,
    Originator,
    Paragraph,
    ParagraphStyle,
    Question,
    Run,
    Source,
    Text,
)

# Bump when the dict layout changes; decode() refuses layouts it does not know.
FORMAT_VERSION = 1

JSON = dict[str, Any]


def encode(inquiry: Inquiry) -> JSON:
    """Return an inquiry as a dict of JSON types; `status` is derived and left out."""
    return {
        "format": FORMAT_VERSION,
        "id": inquiry.id,
        "parliament": inquiry.parliament,
        "kind": inquiry.kind,
        "term": inquiry.term,
        "number": inquiry.number,
        "drucksache": inquiry.drucksache,
        "title": _encode_paragraph(inquiry.title),
        "originators": [{"name": o.name, "party": o.party} for o in inquiry.originators],
        "faction": inquiry.faction,
        "preamble": _encode_text(inquiry.preamble),
        "lead_in": inquiry.lead_in,
        "questions": [
            {
                "text": _encode_text(question.text),
                "subquestions": [_encode_text(sub) for sub in question.subquestions],
            }
            for question in inquiry.questions
        ],
        # Lists, not objects, so the stored order survives any JSON tool.
        "footnotes": [
            {"id": note.id, "text": _encode_text(note.text), "source": note.source_id}
            for note in inquiry.footnotes.values()
        ],
        "sources": [_encode_source(source) for source in inquiry.sources.values()],
        "signature": list(inquiry.signature),
        "dates": _encode_dates(inquiry.dates),
        "lead_ministry": inquiry.lead_ministry,
        "withdrawn": inquiry.withdrawn,
        "answer": None if inquiry.answer is None else _encode_answer(inquiry.answer),
        "notes": inquiry.notes,
    }


def decode(data: JSON) -> Inquiry:
    """Return the inquiry a dict from encode() describes; raise ValueError if it is malformed."""
    try:
        return _decode(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValueError(f"malformed inquiry data: {error!r}") from error


def _decode(data: JSON) -> Inquiry:
    # A missing optional key means the model default, so a field added to the
    # model later needs no data migration of stored rows.
    version = data.get("format", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise ValueError(f"unknown format version {version!r}")
    footnotes = [_decode_footnote(item) for item in data.get("footnotes", [])]
    sources = [_decode_source(item) for item in data.get("sources", [])]
    answer = data.get("answer")
    return Inquiry(
        parliament=_str(data["parliament"]),
        kind=_str(data["kind"]),
        id=_opt_int(data.get("id")),
        term=_opt_int(data.get("term")),
        number=_opt_str(data.get("number")),
        drucksache=_opt_str(data.get("drucksache")),
        title=_decode_paragraph(data.get("title", {"inlines": []})),
        originators=[
            Originator(_str(item["name"]), _str(item.get("party", "")))
            for item in data.get("originators", [])
        ],
        faction=_str(data.get("faction", "")),
        preamble=_decode_text(data.get("preamble", [])),
        lead_in=_str(data.get("lead_in", "")),
        questions=[
            Question(
                _decode_text(item.get("text", [])),
                [_decode_text(sub) for sub in item.get("subquestions", [])],
            )
            for item in data.get("questions", [])
        ],
        footnotes={note.id: note for note in footnotes},
        sources={source.id: source for source in sources},
        signature=[_str(line) for line in data.get("signature", [])],
        dates=_decode_dates(data.get("dates", {})),
        lead_ministry=_str(data.get("lead_ministry", "")),
        withdrawn=_bool(data.get("withdrawn", False)),
        answer=None if answer is None else _decode_answer(answer),
        notes=_str(data.get("notes", "")),
    )


def _encode_inline(item: Inline) -> JSON:
    if isinstance(item, FootnoteRef):
        return {"ref": item.footnote_id}
    encoded: JSON = {"t": item.text}
    # Plain runs are the common case; leaving out false flags keeps rows small.
    if item.bold:
        encoded["b"] = True
    if item.italic:
        encoded["i"] = True
    return encoded


def _decode_inline(data: JSON) -> Inline:
    if "ref" in data:
        return FootnoteRef(_str(data["ref"]))
    return Run(_str(data["t"]), _bool(data.get("b", False)), _bool(data.get("i", False)))


def _encode_paragraph(para: Paragraph) -> JSON:
    return {"style": str(para.style), "inlines": [_encode_inline(i) for i in para.inlines]}


def _decode_paragraph(data: JSON) -> Paragraph:
    return Paragraph(
        [_decode_inline(item) for item in data["inlines"]],
        ParagraphStyle(data.get("style", ParagraphStyle.BODY)),
    )


def _encode_text(text: Text) -> list[JSON]:
    return [_encode_paragraph(para) for para in text]


def _decode_text(data: list[JSON]) -> Text:
    if not isinstance(data, list):
        raise TypeError(f"text must be a list, not {type(data).__name__}")
    return [_decode_paragraph(item) for item in data]


def _decode_footnote(data: JSON) -> Footnote:
    return Footnote(
        _str(data["id"]), _decode_text(data.get("text", [])), _opt_str(data.get("source"))
    )


def _encode_source(source: Source) -> JSON:
    return {
        "id": source.id,
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "accessed": _encode_date(source.accessed),
        "archive_url": source.archive_url,
    }


def _decode_source(data: JSON) -> Source:
    return Source(
        id=_str(data["id"]),
        url=_str(data.get("url", "")),
        title=_str(data.get("title", "")),
        publisher=_str(data.get("publisher", "")),
        accessed=_decode_date(data.get("accessed")),
        archive_url=_str(data.get("archive_url", "")),
    )


def _encode_dates(dates: Dates) -> JSON:
    return {
        "drafted": _encode_date(dates.drafted),
        "signed": _encode_date(dates.signed),
        "submitted": _encode_date(dates.submitted),
        "forwarded": _encode_date(dates.forwarded),
        "issued": _encode_date(dates.issued),
        "reprinted": _encode_date(dates.reprinted),
        "due_override": _encode_date(dates.due_override),
        "extensions": [
            {
                "new_due": _encode_date(ext.new_due),
                "units": ext.units,
                "reason": ext.reason,
                "agreed_by": ext.agreed_by,
                "granted": _encode_date(ext.granted),
            }
            for ext in dates.extensions
        ],
        "answered": _encode_date(dates.answered),
        "answer_drucksache": dates.answer_drucksache,
        "answer_issued": _encode_date(dates.answer_issued),
    }


def _decode_dates(data: JSON) -> Dates:
    return Dates(
        drafted=_decode_date(data.get("drafted")),
        signed=_decode_date(data.get("signed")),
        submitted=_decode_date(data.get("submitted")),
        forwarded=_decode_date(data.get("forwarded")),
        issued=_decode_date(data.get("issued")),
        reprinted=_decode_date(data.get("reprinted")),
        due_override=_decode_date(data.get("due_override")),
        extensions=[
            Extension(
                new_due=_decode_date(item.get("new_due")),
                units=_opt_int(item.get("units")),
                reason=_str(item.get("reason", "")),
                agreed_by=_str(item.get("agreed_by", "")),
                granted=_decode_date(item.get("granted")),
            )
            for item in data.get("extensions", [])
        ],
        answered=_decode_date(data.get("answered")),
        answer_drucksache=_opt_str(data.get("answer_drucksache")),
        answer_issued=_decode_date(data.get("answer_issued")),
    )


def _encode_answer(answer: Answer) -> JSON:
    return {
        "drucksache": answer.drucksache,
        "date": _encode_date(answer.date),
        "ministry": answer.ministry,
        "preliminary": _encode_text(answer.preliminary),
        "parts": [
            {"questions": list(part.questions), "text": _encode_text(part.text)}
            for part in answer.parts
        ],
    }


def _decode_answer(data: JSON) -> Answer:
    return Answer(
        drucksache=_opt_str(data.get("drucksache")),
        date=_decode_date(data.get("date")),
        ministry=_str(data.get("ministry", "")),
        preliminary=_decode_text(data.get("preliminary", [])),
        parts=[
            AnswerPart([_str(q) for q in item.get("questions", [])], _decode_text(item["text"]))
            for item in data.get("parts", [])
        ],
    )


def _encode_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _decode_date(value: object) -> date | None:
    return None if value is None else date.fromisoformat(_str(value))


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value


def _opt_str(value: object) -> str | None:
    return None if value is None else _str(value)


def _opt_int(value: object) -> int | None:
    # bool is an int subclass; a stored true/false is never a number.
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, got {value!r}")
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value
