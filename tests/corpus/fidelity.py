"""Compare an imported inquiry with what a reader of the printed document sees, field by field."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desk_app.model import Inquiry
from desk_app.model.numbering import footnote_order
from desk_app.model.text import Text, footnote_refs, plain, plain_text

HERE = Path(__file__).parent
EXPECTATIONS = HERE / "expectations.toml"

# The fields in the order the table shows them; each name is a key of expectations.toml.
FIELDS = (
    "imports",
    "parliament",
    "kind",
    "term",
    "number",
    "drucksache",
    "signed",
    "submitted",
    "forwarded",
    "issued",
    "title",
    "originators",
    "parties",
    "faction",
    "preamble",
    "lead_in",
    "questions",
    "subquestions",
    "question_text",
    "footnotes",
    "footnote_text",
    "footnote_places",
    "signature",
    "has_answer",
    "answer_drucksache",
    "answer_date",
    "answer_issued",
    "answer_ministry",
    "preliminary",
    "answered",
    "joint",
    "answer_text",
    "no_furniture",
)

# Keys of a document's entry that describe the test, not the import.
META = {"file", "mode", "known_wrong", "pair", "note"}


def squash(text: str) -> str:
    """Return text with every run of whitespace as one space, trimmed."""
    return re.sub(r"\s+", " ", text).strip()


@dataclass(slots=True)
class FieldResult:
    """Hold one field's expected and actual value and whether they agree."""

    name: str
    expected: Any
    actual: Any
    right: bool


@dataclass(slots=True)
class DocumentResult:
    """Hold the field results of one imported document."""

    name: str
    fields: list[FieldResult] = field(default_factory=list)

    def wrong(self) -> set[str]:
        """Return the names of the fields the import got wrong."""
        return {result.name for result in self.fields if not result.right}


# Filled by the tests, printed by conftest.py at the end of the run.
RESULTS: dict[str, DocumentResult] = {}


def load_expectations() -> list[dict[str, Any]]:
    """Return the documents of expectations.toml, each a table of expected fields."""
    with EXPECTATIONS.open("rb") as handle:
        documents = tomllib.load(handle)["document"]
    for entry in documents:
        unknown = set(entry) - set(FIELDS) - META
        assert not unknown, f"{entry['file']}: unknown keys {sorted(unknown)}"
        stray = set(entry.get("known_wrong", [])) - set(entry) - {"imports"}
        assert not stray, f"{entry['file']}: known_wrong names fields not expected: {stray}"
    return documents


def document_name(entry: dict[str, Any]) -> str:
    """Return a document's name in tables and test ids: its file's stem, "built/" kept."""
    path = Path(entry["file"])
    return f"{path.parent.name}/{path.stem}" if path.parent.name == "built" else path.stem


def document_path(entry: dict[str, Any]) -> Path:
    """Return where a document of the corpus lies (copied or built)."""
    return HERE / entry["file"]


# What each field reads from an inquiry.


def _text(text: Text) -> str:
    return squash(plain_text(text))


def _question_numbers(inquiry: Inquiry) -> list[str]:
    return [str(index) for index in range(1, len(inquiry.questions) + 1)]


def _covered(inquiry: Inquiry) -> dict[str, str]:
    """Return each question number an answer part covers, with that part's text."""
    if inquiry.answer is None:
        return {}
    covered: dict[str, str] = {}
    for part in inquiry.answer.parts:
        for number in part.questions:
            covered.setdefault(str(number), _text(part.text))
    return covered


def _footnote_texts(inquiry: Inquiry) -> dict[str, str]:
    order = footnote_order(inquiry) or list(inquiry.footnotes)
    order += [key for key in inquiry.footnotes if key not in order]
    return {
        str(number): _text(inquiry.footnotes[key].text)
        for number, key in enumerate(order, start=1)
        if key in inquiry.footnotes
    }


def _places(inquiry: Inquiry) -> dict[str, str]:
    """Return each footnote's number with the part that holds its marker ("answer 3")."""
    parts: list[tuple[str, Text]] = [("title", [inquiry.title]), ("preamble", inquiry.preamble)]
    for number, question in enumerate(inquiry.questions, start=1):
        parts += [
            (f"question {number}", [*question.text, *(p for s in question.subquestions for p in s)])
        ]
    if inquiry.answer is not None:
        parts += [("preliminary", inquiry.answer.preliminary)]
        parts += [
            (f"answer {p.questions[0] if p.questions else '?'}", p.text)
            for p in inquiry.answer.parts
        ]
    place_of = {key: place for place, text in parts for key in footnote_refs(text)}
    order = footnote_order(inquiry)
    return {str(n): place_of.get(key, "nowhere") for n, key in enumerate(order, start=1)}


def _all_texts(inquiry: Inquiry) -> list[str]:
    """Return every imported text a reader sees: title, preamble, questions, notes, answer."""
    texts = [squash(plain(inquiry.title.inlines)), _text(inquiry.preamble), squash(inquiry.lead_in)]
    for question in inquiry.questions:
        texts += [_text(question.text), *(_text(sub) for sub in question.subquestions)]
    texts += [_text(note.text) for note in inquiry.footnotes.values()]
    if inquiry.answer is not None:
        texts += [_text(inquiry.answer.preliminary), *(_text(p.text) for p in inquiry.answer.parts)]
    return texts


def _furniture(inquiry: Inquiry) -> Callable[[list[str]], list[str]]:
    texts = _all_texts(inquiry)
    return lambda marks: [mark for mark in marks if any(squash(mark) in text for text in texts)]


def _answer(inquiry: Inquiry, read: Callable[[Any], Any]) -> Any:
    return None if inquiry.answer is None else read(inquiry.answer)


ACTUAL: dict[str, Callable[[Inquiry], Any]] = {
    "parliament": lambda i: i.parliament,
    "kind": lambda i: i.kind,
    "term": lambda i: i.term,
    "number": lambda i: i.number,
    "drucksache": lambda i: i.drucksache,
    "signed": lambda i: i.dates.signed,
    "submitted": lambda i: i.dates.submitted,
    "forwarded": lambda i: i.dates.forwarded,
    "issued": lambda i: i.dates.issued,
    "title": lambda i: squash(plain(i.title.inlines)),
    "originators": lambda i: [squash(o.name) for o in i.originators],
    "parties": lambda i: [squash(o.party) for o in i.originators],
    "faction": lambda i: squash(i.faction),
    "preamble": lambda i: _text(i.preamble),
    "lead_in": lambda i: squash(i.lead_in),
    "questions": lambda i: len(i.questions),
    "subquestions": lambda i: [len(q.subquestions) for q in i.questions],
    "question_text": lambda i: dict(
        zip(_question_numbers(i), (_text(q.text) for q in i.questions), strict=True)
    ),
    "footnotes": lambda i: len(i.footnotes),
    "footnote_text": _footnote_texts,
    "footnote_places": _places,
    "signature": lambda i: [squash(line) for line in i.signature],
    "has_answer": lambda i: i.answer is not None,
    "answer_drucksache": lambda i: _answer(i, lambda a: a.drucksache),
    "answer_date": lambda i: _answer(i, lambda a: a.date),
    "answer_issued": lambda i: i.dates.answer_issued,
    "answer_ministry": lambda i: _answer(i, lambda a: squash(a.ministry)),
    "preliminary": lambda i: _answer(i, lambda a: _text(a.preliminary)),
    "answered": lambda i: sum(1 for n in _question_numbers(i) if n in _covered(i)),
    "joint": lambda i: _answer(
        i, lambda a: sorted([str(n) for n in p.questions] for p in a.parts if len(p.questions) > 1)
    ),
    "answer_text": _covered,
    "no_furniture": _furniture,
}


def _starts(actual: str | None, expected: str) -> bool:
    """Tell whether a text begins with the expected words.

    "" expects no text at all; a probe ending in "$" must be the whole text. None (the
    inquiry has no answer to hold a preliminary remark) is never right.
    """
    if actual is None:
        return False
    if expected == "":
        return actual == ""
    if expected.endswith("$"):
        return actual == squash(expected[:-1])
    return actual.startswith(squash(expected))


def _probes(actual: dict[str, str], expected: dict[str, str]) -> bool:
    return all(_starts(actual.get(key), text) for key, text in expected.items())


def _contained(actual: dict[str, str], expected: dict[str, str]) -> bool:
    return all(squash(text) in actual.get(key, "") for key, text in expected.items())


def _no_furniture(found: Callable[[list[str]], list[str]], expected: list[str]) -> bool:
    return not found(expected)


def _one_of(actual: str | None, expected: str | list[str]) -> bool:
    accepted = [expected] if isinstance(expected, str) else expected
    return actual in [squash(text) for text in accepted]


def _casefold_list(actual: list[str], expected: list[str]) -> bool:
    return [a.casefold() for a in actual] == [squash(e).casefold() for e in expected]


def _joint(actual: list[list[str]] | None, expected: list[list[int]]) -> bool:
    return actual is not None and actual == sorted([str(n) for n in group] for group in expected)


def _equal(actual: Any, expected: Any) -> bool:
    if isinstance(expected, str):
        return actual is not None and squash(str(actual)) == squash(expected)
    if isinstance(expected, list) and all(isinstance(item, str) for item in expected):
        return actual == [squash(item) for item in expected]
    return actual == expected


COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "preamble": _starts,
    "preliminary": _starts,
    "question_text": _probes,
    "footnote_text": _probes,
    "answer_text": _contained,
    "no_furniture": _no_furniture,
    "answer_ministry": _one_of,
    "parties": _casefold_list,
    "faction": lambda a, e: (a or "").casefold() == squash(e).casefold(),
    "joint": _joint,
}


def compare(name: str, entry: dict[str, Any], inquiry: Inquiry | str) -> DocumentResult:
    """Compare every field the entry expects with the imported inquiry.

    An import the desk refused (given as its message) gets every field wrong.
    """
    result = DocumentResult(name)
    refused = isinstance(inquiry, str)
    result.fields.append(FieldResult("imports", True, inquiry if refused else True, not refused))
    for field_name in FIELDS:
        if field_name not in entry:
            continue
        if isinstance(inquiry, str):
            result.fields.append(FieldResult(field_name, entry[field_name], None, False))
            continue
        expected = entry[field_name]
        actual = ACTUAL[field_name](inquiry)
        right = COMPARE.get(field_name, _equal)(actual, expected)
        if field_name == "no_furniture":
            actual = actual(expected)  # show which marks were found
        result.fields.append(FieldResult(field_name, expected, _shown(actual), right))
    return result


def _shown(value: Any) -> Any:
    """Return a value short enough to show in a failure message."""
    if isinstance(value, str) and len(value) > 160:
        return value[:160] + "…"
    if isinstance(value, dict):
        return {key: _shown(text) for key, text in value.items()}
    if isinstance(value, list):
        return [_shown(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
