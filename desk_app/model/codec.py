"""Turn an inquiry and each of its parts into JSON types and back, exactly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from desk_app.i18n import _
from desk_app.model.errors import DeskError
from desk_app.model.inquiry import (
    Answer,
    AnswerPart,
    Dates,
    Extension,
    Footnote,
    Inquiry,
    Originator,
    Question,
    Source,
)
from desk_app.model.text import FootnoteRef, Inline, Paragraph, ParagraphStyle, Run, Text

# Bump when the layout changes; decode() refuses layouts it does not know.
# The database stores this layout, so version 1 must stay readable forever.
FORMAT_VERSION = 1

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class TextForm:
    """Say how texts are written inside JSON: exact inlines, or e.g. Markdown strings."""

    encode: Callable[[Text], Any]
    decode: Callable[[Any], Text]


def check_version(data: JSON) -> None:
    """Refuse data written in a layout this version does not know."""
    version = data.get("format", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise DeskError(
            _(
                "Die Anfrage ist im Format {version} gespeichert, diese Version von "
                "Anfragen-Desk kennt nur Format {known}; bitte eine neuere Version verwenden."
            ).format(version=repr(version), known=FORMAT_VERSION)
        )


def encode(inquiry: Inquiry) -> JSON:
    """Return an inquiry as a dict of JSON types; `status` is derived and left out."""
    # The key order is part of the stored bytes: an unchanged inquiry must
    # encode to the identical row so an idle autosave writes no revision.
    encoded: JSON = {
        "format": FORMAT_VERSION,
        "id": inquiry.id,
        "parliament": inquiry.parliament,
        "kind": inquiry.kind,
        "term": inquiry.term,
        "number": inquiry.number,
        "drucksache": inquiry.drucksache,
        "title": encode_paragraph(inquiry.title),
        "originators": encode_originators(inquiry.originators),
        "faction": inquiry.faction,
        "preamble": encode_text(inquiry.preamble),
        "lead_in": inquiry.lead_in,
        "questions": [encode_question(question) for question in inquiry.questions],
        # Lists, not objects, so the stored order survives any JSON tool.
        "footnotes": [encode_footnote(note) for note in inquiry.footnotes.values()],
        "sources": encode_sources(inquiry.sources),
        "signature": list(inquiry.signature),
        "dates": encode_dates(inquiry.dates),
        "lead_ministry": inquiry.lead_ministry,
        "withdrawn": inquiry.withdrawn,
        "answer": None if inquiry.answer is None else encode_answer(inquiry.answer),
        "notes": inquiry.notes,
    }
    if inquiry.originator_intro:
        # Written only when set, so inquiries stored before the key existed keep their bytes.
        encoded["originator_intro"] = inquiry.originator_intro
    return encoded


def decode(data: JSON) -> Inquiry:
    """Return the inquiry a dict from encode() describes; raise ValueError if it is malformed.

    Data of an unknown format version raises DeskError instead: it is not
    broken, only newer than this program.
    """
    if not isinstance(data, dict):
        raise ValueError(f"malformed inquiry data: {data!r}")
    check_version(data)
    try:
        return _decode(data)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ValueError(f"malformed inquiry data: {error!r}") from error


def decode_field(name: str, value: Any) -> Any:
    """Return the model value of one plain top-level field; raise KeyError for other names."""
    return _FIELDS[name](value)


def _decode(data: JSON) -> Inquiry:
    # A missing optional key means the model default, so a field added to the
    # model later needs no data migration of stored rows.
    plain = {name: reader(data[name]) for name, reader in _FIELDS.items() if name in data}
    answer = data.get("answer")
    return Inquiry(
        parliament=_str(data["parliament"]),
        kind=_str(data["kind"]),
        title=decode_paragraph(data.get("title", {"inlines": []})),
        preamble=decode_text(data.get("preamble", [])),
        questions=[decode_question(item) for item in _list(data.get("questions", []))],
        footnotes=decode_footnotes(data.get("footnotes", [])),
        answer=None if answer is None else decode_answer(answer),
        **plain,
    )


def encode_inline(item: Inline) -> JSON:
    """Return a run or footnote marker as a small object."""
    if isinstance(item, FootnoteRef):
        return {"ref": item.footnote_id}
    encoded: JSON = {"t": item.text}
    # Plain runs are the common case; leaving out false flags keeps rows small.
    if item.bold:
        encoded["b"] = True
    if item.italic:
        encoded["i"] = True
    return encoded


def decode_inline(data: Any) -> Inline:
    """Return the run or footnote marker an encoded inline describes."""
    data = _object(data)
    if "ref" in data:
        return FootnoteRef(_str(data["ref"]))
    return Run(_str(data["t"]), _bool(data.get("b", False)), _bool(data.get("i", False)))


def encode_paragraph(para: Paragraph) -> JSON:
    """Return a paragraph with its style and exact inlines."""
    return {"style": str(para.style), "inlines": [encode_inline(i) for i in para.inlines]}


def decode_paragraph(data: Any) -> Paragraph:
    """Return the paragraph an encoded paragraph describes."""
    data = _object(data)
    return Paragraph(
        [decode_inline(item) for item in _list(data["inlines"])],
        ParagraphStyle(data.get("style", ParagraphStyle.BODY)),
    )


def encode_text(text: Text) -> list[JSON]:
    """Return a text as a list of encoded paragraphs."""
    return [encode_paragraph(para) for para in text]


def decode_text(data: Any) -> Text:
    """Return the text a list of encoded paragraphs describes."""
    return [decode_paragraph(item) for item in _list(data)]


EXACT = TextForm(encode_text, decode_text)


def encode_question(question: Question, form: TextForm = EXACT) -> JSON:
    """Return a question with its sub-questions."""
    return {
        "text": form.encode(question.text),
        "subquestions": [form.encode(sub) for sub in question.subquestions],
    }


def decode_question(data: Any, form: TextForm = EXACT) -> Question:
    """Return the question an encoded question describes."""
    data = _object(data)
    return Question(
        _text_of(data, "text", form),
        [form.decode(sub) for sub in _list(data.get("subquestions", []))],
    )


def encode_footnote(note: Footnote, form: TextForm = EXACT) -> JSON:
    """Return a footnote with its id, text and source id."""
    return {"id": note.id, "text": form.encode(note.text), "source": note.source_id}


def decode_footnote(data: Any, form: TextForm = EXACT) -> Footnote:
    """Return the footnote an encoded footnote describes."""
    data = _object(data)
    return Footnote(_str(data["id"]), _text_of(data, "text", form), _opt_str(data.get("source")))


def decode_footnotes(data: Any) -> dict[str, Footnote]:
    """Return encoded footnotes keyed by id, in their stored order."""
    notes = [decode_footnote(item) for item in _list(data)]
    return {note.id: note for note in notes}


def encode_source(source: Source) -> JSON:
    """Return a source with all its fields."""
    return {
        "id": source.id,
        "url": source.url,
        "title": source.title,
        "publisher": source.publisher,
        "accessed": encode_date(source.accessed),
        "archive_url": source.archive_url,
    }


def decode_source(data: Any) -> Source:
    """Return the source an encoded source describes."""
    data = _object(data)
    return Source(
        id=_str(data["id"]),
        url=_str(data.get("url", "")),
        title=_str(data.get("title", "")),
        publisher=_str(data.get("publisher", "")),
        accessed=decode_date(data.get("accessed")),
        archive_url=_str(data.get("archive_url", "")),
    )


def encode_sources(sources: dict[str, Source]) -> list[JSON]:
    """Return the sources as a list in their stored order."""
    return [encode_source(source) for source in sources.values()]


def decode_sources(data: Any) -> dict[str, Source]:
    """Return encoded sources keyed by id, in their stored order."""
    sources = [decode_source(item) for item in _list(data)]
    return {source.id: source for source in sources}


def encode_originators(originators: list[Originator]) -> list[JSON]:
    """Return the originators as name/party objects."""
    return [{"name": person.name, "party": person.party} for person in originators]


def decode_originators(data: Any) -> list[Originator]:
    """Return the originators a list of name/party objects describes."""
    return [
        Originator(_str(_object(item)["name"]), _str(_object(item).get("party", "")))
        for item in _list(data)
    ]


def encode_extension(ext: Extension) -> JSON:
    """Return one deadline extension."""
    return {
        "new_due": encode_date(ext.new_due),
        "units": ext.units,
        "reason": ext.reason,
        "agreed_by": ext.agreed_by,
        "granted": encode_date(ext.granted),
    }


def decode_extension(data: Any) -> Extension:
    """Return the deadline extension an encoded extension describes."""
    data = _object(data)
    return Extension(
        new_due=decode_date(data.get("new_due")),
        units=_opt_int(data.get("units")),
        reason=_str(data.get("reason", "")),
        agreed_by=_str(data.get("agreed_by", "")),
        granted=decode_date(data.get("granted")),
    )


def encode_dates(dates: Dates) -> JSON:
    """Return every date of an inquiry, unset ones as None (a later key only when set)."""
    encoded: dict[str, Any] = {
        "drafted": encode_date(dates.drafted),
        "signed": encode_date(dates.signed),
        "submitted": encode_date(dates.submitted),
        "forwarded": encode_date(dates.forwarded),
        "issued": encode_date(dates.issued),
        "reprinted": encode_date(dates.reprinted),
        "due_override": encode_date(dates.due_override),
        "extensions": [encode_extension(ext) for ext in dates.extensions],
        "answered": encode_date(dates.answered),
        "answer_drucksache": dates.answer_drucksache,
        "answer_issued": encode_date(dates.answer_issued),
    }
    if dates.untracked is not None:
        # Written only when set, so inquiries stored before the key existed keep their bytes.
        encoded["untracked"] = encode_date(dates.untracked)
    return encoded


def decode_dates(data: Any) -> Dates:
    """Return the dates an encoded object describes; missing keys are unset."""
    data = _object(data)
    return Dates(
        drafted=decode_date(data.get("drafted")),
        signed=decode_date(data.get("signed")),
        submitted=decode_date(data.get("submitted")),
        forwarded=decode_date(data.get("forwarded")),
        issued=decode_date(data.get("issued")),
        reprinted=decode_date(data.get("reprinted")),
        due_override=decode_date(data.get("due_override")),
        extensions=[decode_extension(item) for item in _list(data.get("extensions", []))],
        answered=decode_date(data.get("answered")),
        answer_drucksache=_opt_str(data.get("answer_drucksache")),
        answer_issued=decode_date(data.get("answer_issued")),
        untracked=decode_date(data.get("untracked")),
    )


def encode_answer(answer: Answer, form: TextForm = EXACT) -> JSON:
    """Return the government's answer, its texts written in the given form."""
    return {
        "drucksache": answer.drucksache,
        "date": encode_date(answer.date),
        "ministry": answer.ministry,
        "preliminary": form.encode(answer.preliminary),
        "parts": [
            {"questions": list(part.questions), "text": form.encode(part.text)}
            for part in answer.parts
        ],
    }


def decode_answer(data: Any, form: TextForm = EXACT) -> Answer:
    """Return the answer an encoded answer describes, its texts read in the given form."""
    data = _object(data)
    return Answer(
        drucksache=_opt_str(data.get("drucksache")),
        date=decode_date(data.get("date")),
        ministry=_str(data.get("ministry", "")),
        preliminary=_text_of(data, "preliminary", form),
        parts=[
            AnswerPart(
                [_str(label) for label in _list(_object(item).get("questions", []))],
                _text_of(_object(item), "text", form),
            )
            for item in _list(data.get("parts", []))
        ],
    )


def encode_date(value: date | None) -> str | None:
    """Return a date as an ISO string, or None."""
    return None if value is None else value.isoformat()


def decode_date(value: Any) -> date | None:
    """Return the date of an ISO string, or None for null."""
    return None if value is None else date.fromisoformat(_str(value))


def _text_of(data: JSON, key: str, form: TextForm) -> Text:
    # A missing text is an empty one in every form, so the form never sees it.
    return form.decode(data[key]) if key in data else []


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value


def _opt_str(value: Any) -> str | None:
    return None if value is None else _str(value)


def _opt_int(value: Any) -> int | None:
    # bool is an int subclass; a stored true/false is never a number.
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, got {value!r}")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value


def _object(value: Any) -> JSON:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, got {value!r}")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value


def _lines(value: Any) -> list[str]:
    return [_str(line) for line in _list(value)]


# The fields that need no text form: one reader each, shared by every layout
# that writes them under the same key with the same JSON value.
_FIELDS: dict[str, Callable[[Any], Any]] = {
    "id": _opt_int,
    "term": _opt_int,
    "number": _opt_str,
    "drucksache": _opt_str,
    "originators": decode_originators,
    "faction": _str,
    "lead_in": _str,
    "sources": decode_sources,
    "signature": _lines,
    "dates": decode_dates,
    "lead_ministry": _str,
    "withdrawn": _bool,
    "notes": _str,
    "originator_intro": _str,
}
