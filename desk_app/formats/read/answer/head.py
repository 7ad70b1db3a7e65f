"""Read the head of an answer: its Drucksache, date and ministry, and the inquiry it answers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desk_app.formats.read.structure.header import match_originators
from desk_app.formats.read.structure.template_lines import parse_day
from desk_app.model import Originator
from desk_app.rules.profile import Parliament

_DATE = r"\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[A-Za-zäÄ]+\s+\d{4})"
_BARE_DATE = re.compile(rf"{_DATE}")
_TERM = re.compile(r"(\d{1,3})\.\s*Wahlperiode", re.IGNORECASE)
# "Der Minister für … hat die Kleine Anfrage 800 mit Schreiben vom 8. März 2018 … beantwortet."
_HAS_ANSWERED = re.compile(
    rf"(?:Der|Die)\s+(?P<who>[^.]{{3,160}}?)\s+hat\s+die\s+[^.]{{0,120}}?"
    rf"(?:mit\s+Schreiben\s+vom\s+(?P<date>{_DATE}))?[^.]*?beantwortet",
    re.DOTALL,
)
# "… mit Schreiben des Bundesministeriums des Innern vom 24. März 2025 übermittelt."
_LETTER_OF = re.compile(
    rf"mit\s+Schreiben\s+(?:des|der)\s+(?P<who>[^.]{{3,160}}?)\s+vom\s+(?P<date>{_DATE})",
    re.DOTALL,
)
_ANSWER_WORD = re.compile(r"(?:^|\n)\s*Antwort\b|\bund\s+Antwort\b", re.IGNORECASE)


@dataclass(slots=True)
class AnswerHead:
    """Hold what the head of an answer says about itself and the inquiry it answers."""

    is_answer: bool = False
    drucksache: str | None = None
    issued: date | None = None
    letter_date: date | None = None
    ministry: str = ""
    term: int | None = None
    kind: str | None = None
    number: str | None = None
    inquiry_drucksache: str | None = None
    inquiry_signed: date | None = None
    title: str = ""
    originators: list[Originator] = field(default_factory=list)


def read_answer_head(lines: list[str], parliament: Parliament) -> AnswerHead:
    """Read the head lines of an answer document (everything before the first question)."""
    head = AnswerHead()
    text = "\n".join(lines)
    head.is_answer = bool(_ANSWER_WORD.search(text))
    numbers = [
        re.sub(r"[\s.]", "", f"{m.group('term')}/{m.group('number')}")
        for m in re.finditer(r"Drucksache\s+" + parliament.drucksache_pattern, text)
    ]
    if numbers:
        head.drucksache = numbers[0]  # the answer's own number stands in its page header
        head.inquiry_drucksache = numbers[1] if len(numbers) > 1 else None
    for line in lines:
        if head.issued is None and _BARE_DATE.fullmatch(line.strip()):
            head.issued = parse_day(line.strip())
        people = match_originators(line, parliament)
        if people and not head.originators:
            head.originators = people[0]
    if term := _TERM.search(text):
        head.term = int(term.group(1))
    _kind_and_number(text, parliament, head)
    _ministry(text, head)
    head.title = _title(lines, head)
    return head


def _kind_and_number(text: str, parliament: Parliament, head: AnswerHead) -> None:
    """Find "auf die Kleine Anfrage 800 vom 14. Februar 2018" in any of the profile's kind names."""
    for kind in sorted(parliament.kinds.values(), key=lambda k: -len(k.display_name)):
        name = re.escape(kind.display_name).replace(r"\ ", r"\s+")
        found = re.search(rf"{name}(?:\s+(?:Nr\.\s*)?(\d{{1,6}}))?(?:\s+vom\s+({_DATE}))?", text)
        if found:
            head.kind, head.number = kind.id, found.group(1)
            head.inquiry_signed = parse_day(found.group(2)) if found.group(2) else None
            return


def _ministry(text: str, head: AnswerHead) -> None:
    """Find who answered and the date of the covering letter."""
    flat = " ".join(text.split())
    for pattern in (_LETTER_OF, _HAS_ANSWERED):
        found = pattern.search(flat)
        if found:
            head.ministry = found.group("who").strip()
            if found.group("date"):
                head.letter_date = parse_day(found.group("date"))
            return


def _title(lines: list[str], head: AnswerHead) -> str:
    """Return the inquiry's title: the longest head line that is no form line, as a fallback."""
    candidates = [
        line
        for line in lines
        if len(line) > 15
        and not _ANSWER_WORD.search(line)
        and "Drucksache" not in line
        and "Wahlperiode" not in line
        and "beantwortet" not in line
        and not (head.ministry and head.ministry in line)
    ]
    return max(candidates, key=len) if candidates else ""
