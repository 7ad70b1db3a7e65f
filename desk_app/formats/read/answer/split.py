"""Split a government's answer into its head, the remarks, the questions and the answers.

The wording read here ("Zu 1. und 2.:", "Die Fragen 1 bis 3 werden …
gemeinsam beantwortet", "Vorbemerkung der Landesregierung") is data:
resources/reading/answers.toml, shared by all parliaments, with the forms
of single parliaments keyed by their id (`forms.answer_forms`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desk_app.formats.blocks import Block
from desk_app.formats.read.answer.forms import AnswerForms, answer_forms, find, lead
from desk_app.formats.read.structure.template_lines import parse_day
from desk_app.model import Inline, Paragraph, Run, Text, plain
from desk_app.model.text import merge_runs

# A label names its question by its first number: "1.2" and "4 a)" are parts of 1 and 4.
_LABEL = re.compile(
    r"(\d{1,3})(?:\.\d{1,2})*\.?(?:\s*[a-z]\))?(?:\s*(?:bis|–|-)\s*(\d{1,3})(?:\.\d{1,2})*)?"
)
_QUESTION_END = re.compile(r"\?[\s\d¹²³⁴⁵⁶⁷⁸⁹⁰“”\"»«)]*$")
# "5. Welche …?" as a paragraph of its own: a page header glued to it hid its list label.
_NUMBERED = re.compile(r"(\d{1,3})(?:\.(\d{1,2}))?\.?\s+(\S.*)", re.DOTALL)
_SENTENCE_END = (".", "!", ":")
# A heading between questions (Saarland groups them): a short line, a few words.
_HEADING_LENGTH = 90
_HEADING_WORDS = 10
_TAIL = 12  # paragraphs kept for taking back: a question and the heading before it
_INTRO_PARAGRAPHS = 3  # a heading this far before a question, with its remark, is the inquiry's
# A web address the page broke at its line end, and what goes on with it on the next line.
_BROKEN_URL = re.compile(r"((?:https?://|www\.)\S*[^\s.,;:)\]])\n(?=\S*[/=?&#_])", re.IGNORECASE)


class Role(StrEnum):
    """Say what a paragraph of an answer document is."""

    HEAD = "head"
    FORM = "form"  # a heading of the answer's form ("Vorbemerkung der Fragesteller", "Antwort:")
    PREAMBLE = "preamble"  # the inquiry's preamble (and lead-in), restated
    PRELIMINARY = "preliminary"
    QUESTION = "question"
    ANSWER = "answer"


@dataclass(slots=True)
class Para:
    """Hold one paragraph of an answer document with its list label, if it had one."""

    inlines: list[Inline]
    label: str = ""
    blocks: list[Block] = field(default_factory=list)  # the blocks it was read from
    role: Role = Role.HEAD
    question: str = ""  # the question a restated question's paragraph belongs to

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
    restated_subs: dict[str, list[str]] = field(default_factory=dict)  # lettered, in order
    intro: list[Para] = field(default_factory=list)  # between listed questions and the cues
    closing_date: date | None = None  # "Berlin, den 12.11.2021" under the answer
    parts: list[tuple[list[str], Text]] = field(default_factory=list)


def labels_in(text: str) -> list[str]:
    """Return the question numbers a label list names: "1 bis 3" → 1, 2, 3; "1. und 4." → 1, 4."""
    numbers: list[int] = []
    for match in _LABEL.finditer(text):
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        numbers += range(first, min(last, first + 200) + 1)
    return [str(number) for number in dict.fromkeys(numbers)]


def split_answer(paras: list[Para], forms: AnswerForms | None = None) -> AnswerText:
    """Walk the paragraphs once and sort each into head, remarks, restated questions or answers."""
    return _Walk(forms or answer_forms("")).run(paras)


class _Walk:
    """Carry the state of one walk through an answer's paragraphs."""

    def __init__(self, forms: AnswerForms) -> None:
        self.forms = forms
        self.result = AnswerText()
        self.section = Role.HEAD
        self.pending: list[str] = []  # restated questions not answered yet
        self.current: Text | None = None
        self.asking = ""  # the restated question whose wording is being read
        self.implied: list[int] = []  # joint parts begun without a cue
        self.closed = False  # past the place and date under the answer
        # The last paragraphs put into one text, for taking back a question printed unnumbered.
        self.tail: list[tuple[Para, Paragraph, Text]] = []

    def run(self, paras: list[Para]) -> AnswerText:
        for para in paras:
            if para.text:
                para.role = self._sort(para)
        self._drop_implied()
        return self.result

    def _drop_implied(self) -> None:
        """Drop an implied joint part whose questions later get answers of their own.

        Questions standing together before a text are answered jointly (NRW
        practice) — unless cues answer them one by one further down: then all
        questions were printed first (Baden-Württemberg, Bayern) and the text
        between them and the cues is an introduction, not an answer.
        """
        for index in reversed(self.implied):
            labels, text = self.result.parts[index]
            later = {label for own, _text in self.result.parts[index + 1 :] for label in own}
            if later & set(labels):
                del self.result.parts[index]
                self.result.intro += [Para(list(p.inlines)) for p in text]

    def _sort(self, para: Para) -> Role:
        """Return the role of one paragraph, filling the result as it goes."""
        forms, text = self.forms, para.text
        if (found := lead(forms.preliminary, text)) and len(text) < 400:
            self.section, self.current, self.asking = Role.PRELIMINARY, None, ""
            _add(self.result.preliminary, found.group("rest"))
            return Role.FORM if not found.group("rest").strip() else Role.PRELIMINARY
        if self.section is Role.HEAD and lead(forms.inquiry_remark, text) and len(text) < 120:
            self.section = Role.PREAMBLE
            return Role.FORM
        if self.section is not Role.HEAD and lead(forms.inquiry_remark, text) and len(text) < 120:
            return Role.FORM
        cue = lead(forms.answer_to, text) if len(text) < 2000 and not para.label else None
        if cue and not cue.group("rest").rstrip().endswith("?"):
            self._take_back(labels_in(cue.group("labels")))
            self._begin(labels_in(cue.group("labels")))
            assert self.current is not None
            _add(self.current, cue.group("rest"))
            return Role.ANSWER if cue.group("rest").strip() else Role.FORM
        if self.section is Role.ANSWER and not para.label and lead(forms.subanswer_to, text):
            if self.current is None and self.pending:
                self._begin(self.pending)
            if self.current is not None:
                self.current.append(Paragraph(list(para.inlines)))
            return Role.ANSWER
        joint = find(forms.joint, text) if len(text) < 600 else None
        if joint:
            self._begin(labels_in(joint.group("labels")))
            assert self.current is not None
            rest = text[joint.end() :].strip()
            before = text[: joint.start()].strip()
            if before and self.asking:  # the question's last line ran into the joint sentence
                self.result.restated[self.asking] += f" {before}"
            if rest:
                _add(self.current, rest)
            return Role.ANSWER
        if (question := self._restated(para)) is not None:
            return question
        if self.section is Role.ANSWER and (word := lead(forms.answer_word, text)):
            if self.pending:
                self._begin(self.pending, implied=True)
            if self.current is not None:
                _add(self.current, word.group("rest"))
            self.asking = ""
            return Role.FORM if not word.group("rest").strip() else Role.ANSWER
        if self.current is not None and (closing := lead(forms.closing, text)):
            self.closed = True  # the signature follows: no answer text
            if closing.groupdict().get("date"):
                self.result.closing_date = parse_day(closing.group("date"))
            return Role.FORM
        return self._content(para)

    def _restated(self, para: Para) -> Role | None:
        """Take a restated question ("1. Welche …?", "Frage 1:") or its continuation."""
        text = para.text
        role = Role.QUESTION
        if para.label.isdigit():
            if not self._is_question(para.label, text):
                return None
            self._ask(para.label, text)
        elif para.label and self.asking:  # a lettered sub-question belongs to its question
            self.result.restated_subs.setdefault(self.asking, []).append(text)
        elif not para.label and (head := lead(self.forms.question_head, text)):
            self._ask(head.group("label"), head.group("rest").strip())
            role = Role.QUESTION if head.group("rest").strip() else Role.FORM
        elif not para.label and (numbered := self._numbered(text)):
            number, sub, wording = numbered.groups()
            if sub and number == self.asking and number in self.result.restated:
                self.result.restated_subs.setdefault(number, []).append(wording)
            else:
                self._ask(number, wording)
        elif self.asking and self.current is None and self._continues(text):
            self.result.restated[self.asking] = (
                f"{self.result.restated[self.asking]} {text}".strip()
            )
        else:
            return None
        para.question = self.asking
        return role

    def _numbered(self, text: str) -> re.Match[str] | None:
        """Return a paragraph that restates a question by its number ("2. Haben …?", "1.2 …?")."""
        found = _NUMBERED.fullmatch(text)
        if found is None:
            return None
        number, sub = found.group(1), found.group(2)
        asks = bool(_QUESTION_END.search(text))
        if sub and number == self.asking:
            return found if asks else None
        if number != self._following() or not (asks or self.section is Role.ANSWER):
            return None  # in the head, only a question ("1.1 Wie viele …?") counts
        return found if asks or not text.endswith(_SENTENCE_END) else None

    def _is_question(self, label: str, text: str) -> bool:
        """Tell whether a numbered paragraph is a restated question, not a list in an answer."""
        if _QUESTION_END.search(text):
            return True
        # In sequence and before any answer text: a question the page broke before its "?".
        return label == self._following() and (
            "?" in text or self.current is None or not text.endswith((*_SENTENCE_END, "?"))
        )

    def _following(self) -> str:
        """Return the number the next restated question would have."""
        numbers = [int(key) for key in self.result.restated if key.isdigit()]
        return str(max(numbers, default=0) + 1)

    def _continues(self, text: str) -> bool:
        """Tell whether a paragraph goes on with the question being read, not with its answer."""
        wording = self.result.restated.get(self.asking, "")
        return not wording or text[:1].islower() or bool(_QUESTION_END.search(text))

    def _ask(self, label: str, wording: str) -> None:
        """Start reading a restated question."""
        self.section, self.current, self.asking = Role.ANSWER, None, label
        self.closed = False
        self.pending.append(label)
        self.result.restated[label] = wording

    def _begin(self, labels: list[str], implied: bool = False) -> None:
        """Begin a new answer part for some questions; `implied`: no cue said so."""
        self.section, self.pending, self.asking = Role.ANSWER, [], ""
        self.closed = False
        text: Text = []
        if implied and len(labels) > 1:
            self.implied.append(len(self.result.parts))
        self.result.parts.append((labels, text))
        self.current = text

    def _content(self, para: Para) -> Role:
        """Sort a paragraph without a cue by the section it stands in."""
        if self.section is Role.HEAD:
            self.result.head.append(para)
            return Role.HEAD
        if self.section is Role.PREAMBLE:
            return self._put(para, self.result.inquiry_preamble, Role.PREAMBLE)
        if self.section is Role.PRELIMINARY:
            return self._put(para, self.result.preliminary, Role.PRELIMINARY)
        if self.closed:
            return Role.FORM
        if self.pending:
            self._begin(self.pending, implied=True)
        if self.current is None:
            return Role.FORM
        return self._put(para, self.current, Role.ANSWER)

    def _put(self, para: Para, text: Text, role: Role) -> Role:
        """Add a paragraph to a text, remembering it as the text's last."""
        paragraph = Paragraph(_urls_joined(para.inlines))
        text.append(paragraph)
        kept = [entry for entry in self.tail[-_TAIL:] if entry[2] is text]
        self.tail = [*kept, (para, paragraph, text)]
        return role

    def _take_back(self, labels: list[str]) -> None:
        """Take a question printed without its number back out of the text before its answer."""
        if len(labels) != 1 or labels[0] in self.result.restated:
            return
        taken: list[Para] = []
        while self.tail:
            para, paragraph, text = self.tail[-1]
            ends = para.text.endswith((".", "!", "?", ":"))
            if (not taken and not _QUESTION_END.search(para.text)) or (taken and ends):
                break
            if not text or text[-1] is not paragraph or (taken and _heading_like(para)):
                break
            text.pop()
            self.tail.pop()
            taken.insert(0, para)
        for para in taken:
            para.role, para.question = Role.QUESTION, labels[0]
        if taken:
            self.result.restated[labels[0]] = " ".join(para.text for para in taken)
            self._take_intro()

    def _take_intro(self) -> None:
        """Take out a heading (and its remark) that the inquiry prints before a question."""
        for back in range(1, min(_INTRO_PARAGRAPHS, len(self.tail)) + 1):
            para, paragraph, text = self.tail[-back]
            if _heading_like(para) and text.index(paragraph) > 0:
                for entry_para, entry, entry_text in self.tail[-back:]:
                    entry_text.remove(entry)
                    entry_para.role = Role.FORM
                del self.tail[-back:]
                return


def _heading_like(para: Para) -> bool:
    """Tell whether a paragraph opens with a heading: a short line without closing punctuation."""
    first = plain(para.inlines).strip().split("\n")[0].strip()
    words = first.split()
    # A German heading ends with a noun; a line that breaks a sentence ends with "oder", "die".
    return (
        0 < len(first) < _HEADING_LENGTH
        and len(words) <= _HEADING_WORDS
        and first[:1].isupper()
        and words[-1][:1].isupper()
        and not any(mark in first for mark in '.,:;!?„“”"()')
    )


def _urls_joined(inlines: list[Inline]) -> list[Inline]:
    """Return inlines with web addresses broken at a line end made whole again."""
    merged = merge_runs(inlines)  # runs cut at line breaks are one text again first
    return [
        Run(_BROKEN_URL.sub(r"\1", item.text), item.bold, item.italic)
        if isinstance(item, Run) and "\n" in item.text
        else item
        for item in merged
    ]


def _add(text: Text, rest: str) -> None:
    """Add what follows a cue on its line as a paragraph of plain text."""
    if rest.strip():
        text.append(Paragraph([Run(rest.strip())]))
