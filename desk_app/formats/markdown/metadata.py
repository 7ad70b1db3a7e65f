"""Convert an inquiry's metadata (everything but the body) to JSON values and back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from desk_app.formats.markdown.blocks import text_from_markdown
from desk_app.formats.markdown.inline import text_to_markdown
from desk_app.model import (
    DATE_FIELDS,
    Answer,
    AnswerPart,
    Dates,
    Extension,
    Inquiry,
    Originator,
    ParagraphStyle,
    Source,
)

_EXTENSION_DATES = ("new_due", "granted")
_SOURCE_TEXTS = ("url", "title", "publisher", "archive_url")


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(value: Any) -> date | None:
    """Read an ISO date or null; anything else raises ValueError."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(value)
    return date.fromisoformat(value)


def _text(value: Any) -> str:
    """Read a string; anything else raises ValueError."""
    if not isinstance(value, str):
        raise ValueError(value)
    return value


def _object(value: Any) -> dict[str, Any]:
    """Read a JSON object; anything else raises ValueError."""
    if not isinstance(value, dict):
        raise ValueError(value)
    return value


def _array(value: Any) -> list[Any]:
    """Read a JSON array; anything else raises ValueError."""
    if not isinstance(value, list):
        raise ValueError(value)
    return value


def dates_to_json(dates: Dates) -> dict[str, Any]:
    """Return the dates that are set, as ISO strings."""
    result: dict[str, Any] = {
        name: _iso(getattr(dates, name)) for name in DATE_FIELDS if getattr(dates, name) is not None
    }
    if dates.answer_drucksache is not None:
        result["answer_drucksache"] = dates.answer_drucksache
    if dates.extensions:
        result["extensions"] = [
            {
                "new_due": _iso(item.new_due),
                "units": item.units,
                "reason": item.reason,
                "agreed_by": item.agreed_by,
                "granted": _iso(item.granted),
            }
            for item in dates.extensions
        ]
    return result


def dates_from_json(value: Any) -> Dates:
    """Build dates from their JSON form."""
    data = _object(value)
    dates = Dates()
    for name in DATE_FIELDS:
        setattr(dates, name, _day(data.get(name)))
    drucksache = data.get("answer_drucksache")
    dates.answer_drucksache = None if drucksache is None else _text(drucksache)
    for raw in _array(data.get("extensions", [])):
        item = _object(raw)
        units = item.get("units")
        if units is not None and (isinstance(units, bool) or not isinstance(units, int)):
            raise ValueError(units)
        dates.extensions.append(
            Extension(
                new_due=_day(item.get("new_due")),
                units=units,
                reason=_text(item.get("reason", "")),
                agreed_by=_text(item.get("agreed_by", "")),
                granted=_day(item.get("granted")),
            )
        )
    return dates


def originators_to_json(originators: list[Originator]) -> list[dict[str, str]]:
    """Return the originators as name/party objects."""
    return [{"name": person.name, "party": person.party} for person in originators]


def originators_from_json(value: Any) -> list[Originator]:
    """Build originators from their JSON form."""
    return [
        Originator(_text(_object(raw)["name"]), _text(_object(raw).get("party", "")))
        for raw in _array(value)
    ]


def sources_to_json(sources: dict[str, Source]) -> list[dict[str, Any]]:
    """Return the sources in stored order, with their ids."""
    return [
        {
            "id": source.id,
            **{name: getattr(source, name) for name in _SOURCE_TEXTS},
            "accessed": _iso(source.accessed),
        }
        for source in sources.values()
    ]


def sources_from_json(value: Any) -> dict[str, Source]:
    """Build the sources, keyed by id, from their JSON form."""
    result: dict[str, Source] = {}
    for raw in _array(value):
        data = _object(raw)
        source = Source(
            _text(data["id"]),
            **{name: _text(data.get(name, "")) for name in _SOURCE_TEXTS},
            accessed=_day(data.get("accessed")),
        )
        result[source.id] = source
    return result


def answer_to_json(answer: Answer | None) -> dict[str, Any] | None:
    """Return the answer with its texts as Markdown strings."""
    if answer is None:
        return None
    return {
        "drucksache": answer.drucksache,
        "date": _iso(answer.date),
        "ministry": answer.ministry,
        "preliminary": text_to_markdown(answer.preliminary),
        "parts": [
            {"questions": list(part.questions), "text": text_to_markdown(part.text)}
            for part in answer.parts
        ],
    }


def answer_from_json(value: Any) -> Answer | None:
    """Build the answer from its JSON form."""
    if value is None:
        return None
    data = _object(value)
    drucksache = data.get("drucksache")
    return Answer(
        drucksache=None if drucksache is None else _text(drucksache),
        date=_day(data.get("date")),
        ministry=_text(data.get("ministry", "")),
        preliminary=text_from_markdown(_text(data.get("preliminary", ""))),
        parts=[
            AnswerPart(
                [_text(label) for label in _array(_object(raw).get("questions", []))],
                text_from_markdown(_text(_object(raw).get("text", ""))),
            )
            for raw in _array(data.get("parts", []))
        ],
    )


def metadata_to_json(inquiry: Inquiry) -> dict[str, Any]:
    """Return the metadata of an inquiry (all but its body) as JSON values."""
    return {
        "parliament": inquiry.parliament,
        "kind": inquiry.kind,
        "term": inquiry.term,
        "number": inquiry.number,
        "drucksache": inquiry.drucksache,
        "originators": originators_to_json(inquiry.originators),
        "faction": inquiry.faction,
        "dates": dates_to_json(inquiry.dates),
        "lead_ministry": inquiry.lead_ministry,
        "withdrawn": inquiry.withdrawn,
        "notes": inquiry.notes,
        "sources": sources_to_json(inquiry.sources),
        "footnote_sources": {
            fid: note.source_id for fid, note in inquiry.footnotes.items() if note.source_id
        },
        "answer": answer_to_json(inquiry.answer),
    }


def apply_metadata(inquiry: Inquiry, key: str, value: Any) -> bool:
    """Set one metadata value read from JSON; tell whether the key is known.

    Raises ValueError, TypeError or KeyError when the value has the wrong shape.
    """
    if key in ("number", "drucksache"):
        setattr(inquiry, key, None if value is None else _text(value))
    elif key == "term":
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(value)
        inquiry.term = value
    elif key in ("faction", "lead_ministry", "notes", "lead_in"):
        setattr(inquiry, key, _text(value))
    elif key == "withdrawn":
        if not isinstance(value, bool):
            raise ValueError(value)
        inquiry.withdrawn = value
    elif key in _READERS:
        setattr(inquiry, key, _READERS[key](value))
    elif key == "footnote_sources":
        for fid, sid in _object(value).items():
            # A note deleted by hand leaves its entry behind; that is no error.
            if fid in inquiry.footnotes:
                inquiry.footnotes[fid].source_id = None if sid is None else _text(sid)
    elif key == "title_style":
        inquiry.title.style = ParagraphStyle(_text(value))
    elif key == "signature":
        inquiry.signature = [_text(line) for line in _array(value)]
    else:
        return False
    return True


_READERS: dict[str, Callable[[Any], Any]] = {
    "originators": originators_from_json,
    "dates": dates_from_json,
    "sources": sources_from_json,
    "answer": answer_from_json,
}
