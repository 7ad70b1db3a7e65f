"""Split the text of a government's answer into its head, the preliminary remark and the answers.

The wording read here ("Zu 1. und 2.:", "Die Fragen 1 bis 3 werden …
gemeinsam beantwortet", "Vorbemerkung der Landesregierung") is the common
German form of answers in every parliament, so it lives here, not in profiles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desk_app.model import Inline, Paragraph, Run, Text, plain

_LABELS = r"\d{1,3}\.?(?:\s*(?:,|und|bis|sowie|–|-)\s*\d{1,3}\.?)*"
_ANSWER_TO = re.compile(
    rf"(?:Antwort\s+(?:der\s+\w+\s+)?)?zu\s+(?:den\s+)?(?:Fragen?\s+)?(?:Nr\.\s*)?({_LABELS})\s*[:.]?\s*(.*)",
    re.IGNORECASE | re.DOTALL,
)
_JOINT = re.compile(
    rf"\bFragen\s+(?:Nr\.\s*)?({_LABELS})\s+werden\b.{{0,200}}?\bgemeinsam\s+beantwortet",
    re.IGNORECASE | re.DOTALL,
)
_QUESTION_HEAD = re.compile(r"Frage\s+(\d{1,3})\s*[:.]?\s*(.*)", re.IGNORECASE | re.DOTALL)
_ANSWER_WORD = re.compile(r"Antwort(?:\s+der\s+\w+)?\s*:\s*(.*)", re.IGNORECASE | re.DOTALL)
_PRELIMINARY = re.compile(
    # "der Regierung des Saarlandes" names its Land: that is part of the heading, not the remark.
    r"Vorbemerkung\s+(?:der|des)\s+(?:Landes|Bundes|Staats)?(?:regierung(?:\s+des\s+\w+)?|Senats?)"
    r"\b\s*:?\s*(.*)",
    re.IGNORECASE | re.DOTALL,
)
_OTHER_REMARK = re.compile(r"Vorbemerkung\b.{0,60}$", re.IGNORECASE | re.DOTALL)
_QUESTION_END = re.compile(r"\?[\s\d¹²³⁴⁵⁶⁷⁸⁹⁰“”\"»«)]*$")


@dataclass(slots=True)
class Para:
    """Hold one paragraph of an answer document with its list label, if it had one."""

    inlines: list[Inline]
    label: str = ""

    @property
    def text(self) -> str:
        """Return the paragraph's characters without its label."""
        return " ".join(plain(self.inlines).split())


@dataclass(slots=True)
class AnswerText:
    """Hold an answer's parts as the document gives them, before matching to questions."""

    head: list[Para] = field(default_factory=list)
    preliminary: Text = field(default_factory=list)
    inquiry_preamble: Text = field(default_factory=list)
    restated: dict[str, str] = field(default_factory=dict)
    parts: list[tuple[list[str], Text]] = field(default_factory=list)


def labels_in(text: str) -> list[str]:
    """Return the question numbers a label list names: "1 bis 3" → 1, 2, 3; "1. und 4." → 1, 4."""
    numbers: list[int] = []
    for match in re.finditer(r"(\d{1,3})\.?(?:\s*(?:bis|–|-)\s*(\d{1,3}))?", text):
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        numbers += range(first, min(last, first + 200) + 1)
    return [str(number) for number in dict.fromkeys(numbers)]


def split_answer(paras: list[Para]) -> AnswerText:
    """Walk the paragraphs once and sort each into head, remarks, restated questions or answers."""
    result = AnswerText()
    section = "head"
    pending: list[str] = []  # restated questions not answered yet
    current: Text | None = None
    for para in paras:
        text = para.text
        if not text:
            continue
        if (found := _PRELIMINARY.fullmatch(text)) and len(text) < 400:
            section, current = "preliminary", None
            _add(result.preliminary, found.group(1))
            continue
        if section == "head" and _OTHER_REMARK.fullmatch(text):
            section = "inquiry"
            continue
        cue = _ANSWER_TO.fullmatch(text) if len(text) < 2000 else None
        joint = _JOINT.search(text) if len(text) < 600 else None
        if cue and not cue.group(2).rstrip().endswith("?"):
            section, pending = "answers", []
            current = _start(result, labels_in(cue.group(1)))
            _add(current, cue.group(2))
            continue
        if joint:
            section, pending = "answers", []
            current = _start(result, labels_in(joint.group(1)))
            current.append(Paragraph(list(para.inlines)))
            continue
        question = _restated(para)
        if question is not None:
            label, wording = question
            section, current = "answers", None
            if label.isdigit():
                pending.append(label)
                result.restated[label] = wording
            elif pending:  # a restated sub-question belongs to its question's wording
                result.restated[pending[-1]] += f" {label}) {wording}"
            continue
        if section == "answers" and (word := _ANSWER_WORD.fullmatch(text)):
            text_after = word.group(1)
            if pending:
                current, pending = _start(result, pending), []
            if current is not None:
                _add(current, text_after)
            continue
        if section == "head":
            result.head.append(para)
        elif section == "inquiry":
            result.inquiry_preamble.append(Paragraph(list(para.inlines)))
        elif section == "preliminary":
            result.preliminary.append(Paragraph(list(para.inlines)))
        elif pending:
            current, pending = _start(result, pending), []
            current.append(Paragraph(list(para.inlines)))
        elif current is not None:
            current.append(Paragraph(list(para.inlines)))
    return result


def _restated(para: Para) -> tuple[str, str] | None:
    """Return the label and wording of a restated question ("1. Welche …?"), else None."""
    text = para.text
    head = _QUESTION_HEAD.fullmatch(text) if not para.label else None
    if head and (not head.group(2) or _QUESTION_END.search(head.group(2))):
        return head.group(1), head.group(2)
    if para.label and _QUESTION_END.search(text):
        return para.label, text
    return None


def _start(result: AnswerText, labels: list[str]) -> Text:
    """Begin a new answer part for some questions and return its text to fill."""
    text: Text = []
    result.parts.append((labels, text))
    return text


def _add(text: Text, rest: str) -> None:
    """Add what follows a cue on its line as a paragraph of plain text."""
    if rest.strip():
        text.append(Paragraph([Run(rest.strip())]))
