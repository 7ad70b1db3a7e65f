"""Read the head of an answer: its Drucksache, dates and ministry, and the inquiry it answers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desk_app.formats.read.answer.forms import DATE, AnswerForms, answer_forms, find
from desk_app.formats.read.structure.header import match_originators
from desk_app.formats.read.structure.template_lines import parse_day
from desk_app.model import Originator
from desk_app.rules.profile import Parliament

_TOP_LINES = 15
_BARE_DATE = re.compile(rf"{DATE}")
_LINE_DATE = re.compile(rf"(?:^|\s)({DATE})\s*$")
_TERM = re.compile(r"(\d{1,3})\.\s*Wahlperiode", re.IGNORECASE)
_ANSWER_WORD = re.compile(
    r"(?:^|\n)\s*(?:Antwort|A\s+n\s+t\s+w\s+o\s+r\s+t)\b|\b(?:und|mit)\s+Antwort\b", re.IGNORECASE
)
_INTRO = re.compile(r"\b(?:der|des)\s+Abgeordneten\b", re.IGNORECASE)
_FACTION = re.compile(r"\bder\s+Fraktion\s+(?:der\s+)?(?P<faction>[^–\n,]+?)\s*(?:–|$|\n)")


@dataclass(slots=True)
class AnswerHead:
    """Hold what the head of an answer says about itself and the inquiry it answers."""

    is_answer: bool = False
    drucksache: str | None = None
    issued: date | None = None  # the paper's issue: "Ausgegeben:", "verteilt am", else its date
    paper_date: date | None = None  # the date in the paper's header
    letter_date: date | None = None  # the date the government answered
    ministry: str = ""
    term: int | None = None
    kind: str | None = None
    number: str | None = None
    inquiry_drucksache: str | None = None
    inquiry_signed: date | None = None
    title: str = ""
    originators: list[Originator] = field(default_factory=list)
    faction: str = ""

    @property
    def answered(self) -> date | None:
        """Return the answer's own date: its letter's, else the paper's."""
        return self.letter_date or self.paper_date or self.issued


def read_answer_head(
    lines: list[str],
    parliament: Parliament,
    notices: list[str] | None = None,
    forms: AnswerForms | None = None,
    paras: list[str] | None = None,
) -> AnswerHead:
    """Read the head of an answer: its lines, its paragraphs, and the notices of its pages.

    Notices (taken out of the pages by the page reader) and paragraphs are
    searched whole for the sender, who may run to a paragraph's end.
    """
    forms = forms or answer_forms(parliament.id)
    paras = [" ".join(text.split()) for text in (paras if paras is not None else lines)]
    head = AnswerHead()
    text = "\n".join(lines)
    # An answer says so at its top; "Antwort" deeper in a long head is a preamble's word.
    head.is_answer = bool(_ANSWER_WORD.search("\n".join(lines[:_TOP_LINES])))
    _numbers(text, parliament, head)
    for line in lines:
        if head.paper_date is None and _BARE_DATE.fullmatch(line.strip()):
            head.paper_date = parse_day(line.strip())
        elif (
            head.paper_date is None
            and ("Wahlperiode" in line or "Drucksache" in line)
            and (found := _LINE_DATE.search(line.strip()))
        ):
            head.paper_date = parse_day(found.group(1))
    _originators(paras, parliament, head)
    if not head.faction and (faction := _FACTION.search(text)):
        head.faction = faction.group("faction").strip()
    if term := _TERM.search(text):
        head.term = int(term.group(1))
    _kind_and_number(text, parliament, head)
    _ministry(lines, [*(notices or []), *paras], forms, head)
    head.title = _title(paras, head)
    return head


def _originators(paras: list[str], parliament: Parliament, head: AnswerHead) -> None:
    """Find the originators where a paragraph names them ("… der Abgeordneten A, B und C")."""
    for para in paras:
        starts = [0, *(found.start() for found in _INTRO.finditer(para))]
        for start in starts:
            people = match_originators(para[start:], parliament)
            if people and people[0]:
                head.originators, head.faction = people[0], people[1]
                return


def _numbers(text: str, parliament: Parliament, head: AnswerHead) -> None:
    """Find the paper's own number (first) and the inquiry's (another one, or in brackets)."""
    pattern = r"(?:Drucksache|Drs\.)\s+" + parliament.drucksache_pattern
    numbers: list[str] = []
    for found in re.finditer(pattern + r"(?:\s*\(\s*(?P<inquiry>\d+\s*/\s*\d+)\s*\))?", text):
        numbers.append(_plain_number(f"{found.group('term')}/{found.group('number')}"))
        if found.group("inquiry"):
            numbers.append(_plain_number(found.group("inquiry")))
    if numbers:
        head.drucksache = numbers[0]  # the answer's own number stands in its page header
        head.inquiry_drucksache = next((n for n in numbers[1:] if n != numbers[0]), None)


def _plain_number(number: str) -> str:
    return re.sub(r"[\s.]", "", number)


def _kind_and_number(text: str, parliament: Parliament, head: AnswerHead) -> None:
    """Find "auf die Kleine Anfrage 800 vom 14. Februar 2018" in any of the profile's kind names."""
    for kind in sorted(parliament.kinds.values(), key=lambda k: -len(k.display_name)):
        name = re.escape(kind.display_name).replace(r"\ ", r"\s+")
        # Only a kind with its own numbering has a number ("Kleine Anfrage 800", "8/980");
        # "Schriftliche Anfrage Nr. 19/10006" names the Drucksache.
        number = r"\d{1,6}(?:\s*/\s*\d{1,6})?" if kind.numbered else r"(?!)"
        found = re.search(
            rf"{name}(?:\s+(?:Nr\.\s*)?({number})\b(?!\s*/))?(?:\s+vom\s+({DATE}))?", text
        )
        if found:
            head.kind = kind.id
            head.number = re.sub(r"\s", "", found.group(1)) if found.group(1) else None
            head.inquiry_signed = parse_day(found.group(2)) if found.group(2) else None
            return


def _ministry(lines: list[str], places: list[str], forms: AnswerForms, head: AnswerHead) -> None:
    """Find who answered and the date of the covering letter, in the notices and the head.

    Each place (a notice, a head paragraph, then the whole head) is searched in
    turn; the first sender found counts, and the first letter date, which a
    later line may add ("… namens der Landesregierung vom 20.07.2026").
    """
    flat = " ".join(" ".join([*places, *lines]).split())
    for place in [*(" ".join(text.split()) for text in places), flat]:
        for pattern in forms.answered_by:
            for found in pattern.finditer(place):
                head.ministry = head.ministry or found.group("who").strip()
                if head.letter_date is None and found.groupdict().get("date"):
                    head.letter_date = parse_day(found.group("date"))
    if not head.ministry:
        head.ministry = _ministry_line(lines, forms)
    if head.letter_date is None and (dated := find(forms.answer_dated, flat)):
        head.letter_date = parse_day(dated.group("date"))


def _ministry_line(lines: list[str], forms: AnswerForms) -> str:
    """Return the house a head line names ("Senatsverwaltung für" / "Bildung, …"), or ""."""
    for index, line in enumerate(lines):
        if lead_line := next((p.fullmatch(line.strip()) for p in forms.ministry_lines), None):
            name = lead_line.group(0).strip()
            if name.endswith(("für", "der", "des", ",", "und")) and index + 1 < len(lines):
                name = f"{name} {lines[index + 1].strip()}"
            return name
    return ""


def _title(paras: list[str], head: AnswerHead) -> str:
    """Return the inquiry's title: the last head paragraph that is no form line, as a fallback."""
    candidates = [
        para
        for para in paras
        if len(para) > 10
        and not para.endswith(":")  # a lead-in ("Die Staatsregierung wird gefragt:")
        and not _ANSWER_WORD.search(para)
        and not _INTRO.search(para)
        and "Drucksache" not in para
        and "Wahlperiode" not in para
        and "beantwortet" not in para
        and not (head.ministry and head.ministry in para)
    ]
    return candidates[-1] if candidates else ""
