"""Join the lines of page text into neutral blocks: head lines, paragraphs, questions, notes.

Without the page's geometry a paragraph's end is read from the line: a
blank line, or a line that ends a sentence and leaves room for the next
line's first word. A question starts at a number that continues the
sequence ("1.", "2." …) after a finished line; a sub-question at "a)".
The head of a document (everything above the first prose) keeps its lines
apart, so that kind line, originators and title stay separable.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.pages.printed_line import (
    cut_line,
    gap_before,
    indented,
    runs_between,
)
from desk_app.formats.read.pdf.line_join import ends_sentence, joint
from desk_app.formats.read.structure.typed_labels import LabelSequence
from desk_app.model import FootnoteRef, Inline, Run

SHORT = 0.6  # a line shorter than this share of the page width ends its paragraph
PROSE = 0.7  # lines at least this long, three in a row, are prose: the head has ended
FULL = 0.85  # the first two of them reach nearly the full width
SLACK = 3  # characters a justified line may fall short of the width and still be full
# "… bis zum 31." + "Dezember 2024": a day or an ordinal at the line end ends no sentence.
_ORDINAL = re.compile(r"(?<![\d.])\d{1,2}\.$")
_QUESTION_END = re.compile(r"\?[\s“”\"»«)]*$")
# "Wir fragen die Bundesregierung:", "Die Staatsregierung wird gefragt:": the questions follow.
_LEAD_IN = re.compile(r"\bfrag\w*\b[^.?!]*:\s*$", re.IGNORECASE)
_FIRST_QUESTION = re.compile(r"1[.)]\s+\S")
_HEAD_MARKS = ("Vorbemerkung", "Wir fragen", "Ich frage", "Daher frage")


@dataclass(slots=True)
class BodyLine:
    """Hold one line of page text and the note markers in it ("" is a blank line)."""

    text: str
    page: int = 0
    markers: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, note key

    def inlines(self) -> list[Inline]:
        """Return the line as runs, formatting kept, with its note markers as references."""
        result: list[Inline] = []
        position = 0
        for start, end, key in self.markers:
            result += runs_between(self.text, position, start)
            result.append(FootnoteRef(key))
            position = end
        result += runs_between(self.text, position, len(self.text))
        return result


def typical_width(lines: list[BodyLine]) -> int:
    """Return the width of a full line: the length nine lines in ten stay within."""
    lengths = sorted(len(line.text) for line in lines if line.text)
    if not lengths:
        return 80
    return max(40, lengths[int(0.9 * (len(lengths) - 1))])


class LineBlocks:
    """Read body lines in order into blocks."""

    def __init__(
        self,
        lines: list[BodyLine],
        complete_head: Callable[[str], bool],
        join: Callable[[str, str, bool], tuple[str, bool]] = joint,
    ) -> None:
        self._lines = lines
        self._joint = join  # decides hyphens and URL breaks between lines
        self._width = typical_width(lines)
        self._complete_head = complete_head  # tells whether a head line is finished
        self._labels = LabelSequence()
        self.blocks: list[Block] = []
        self._open: list[BodyLine] = []
        self._open_item = False

    def build(self) -> list[Block]:
        """Return the blocks of all lines."""
        head_end = self._head_end()
        for index, line in enumerate(self._lines):
            previous = self._lines[index - 1] if index else None
            if index == head_end:
                self._flush()  # the head's last line never runs on into the body
            if index < head_end:
                self._head_line(line, previous)
            else:
                self._body_line(line, previous)
        self._flush()
        return self.blocks

    def _head_end(self) -> int:
        """Return the index of the first line after the head: the first prose or question."""
        texts = [line.text for line in self._lines]
        for index, text in enumerate(texts):
            if (
                text.startswith(_HEAD_MARKS)
                or _LEAD_IN.search(text)
                or self._is_question_start(text)
            ):
                return index
            # Prose: two lines filled to the width and a third long one. A title's lines
            # read like prose too, but its last line falls short.
            run = texts[index : index + 3]
            full = all(len(t) >= FULL * self._width for t in run[:2])
            if len(run) == 3 and full and all(self._prose(t) for t in run):
                return index
        return len(texts)

    def _prose(self, text: str) -> bool:
        """Tell whether a line is running prose: long, words in lower case, no names list's end."""
        lower = sum(1 for word in text.split() if word[:1].islower())
        names = self._complete_head(text)  # "… und der Fraktion der AfD" closes the names
        return len(text) >= PROSE * self._width and lower >= 3 and not names

    def _is_question_start(self, text: str) -> bool:
        """Tell whether a line opens question 1 ("1. Welche …")."""
        return bool(_FIRST_QUESTION.match(text))

    def _head_line(self, line: BodyLine, previous: BodyLine | None) -> None:
        """Keep head lines apart, unless a line plainly runs on from the one before."""
        if not line.text:
            self._flush()
            return
        if (
            previous is not None
            and previous.text
            and self._open
            and not gap_before(line.text)
            and self._runs_on(previous, line)
        ):
            self._open.append(line)
            return
        self._flush()
        self._open = [line]

    def _runs_on(self, previous: BodyLine, line: BodyLine) -> bool:
        """Tell whether a head line continues the line above (a wrapped title or name list)."""
        before = previous.text
        if _hyphenated(before) or before.endswith(
            (",", " und", " der", " des", " die", " zu", " in")
        ):
            return True
        if line.text[:1].islower():
            return not self._complete_head(before)
        long = len(before) >= PROSE * self._width
        return long and not ends_sentence(before) and not self._complete_head(before)

    def _body_line(self, line: BodyLine, previous: BodyLine | None) -> None:
        """Add a body line: a new question, a new paragraph or the open paragraph's next line."""
        text = line.text
        if not text:
            self._flush()
            return
        # The gap above a page's first line is the running header's, not a paragraph's.
        gap = gap_before(text) and previous is not None and previous.page == line.page
        if previous is not None and not self._open_item:
            gap = gap or indented(text) != indented(previous.text)  # a quotation starts or ends
        boundary = previous is None or not previous.text or not self._open or gap
        if not boundary and previous is not None:
            boundary = self._ends_paragraph(previous, line)
        after_sentence = boundary or (previous is not None and ends_sentence(previous.text))
        label = self._label(text, after_sentence)
        if label is not None:
            self._flush()
            name, length = label
            depth = 1 if name.isalpha() and self._labels.last_number else 0
            self.blocks.append(Block(BlockKind.ITEM, depth=depth, label=name))
            self._open = [_cut(line, length)]
            self._open_item = True
            self._item_depth = depth
            return
        if boundary:
            self._flush()
            self._open = [line]
            self._open_item = False
            return
        self._open.append(line)

    def _label(self, text: str, after_sentence: bool) -> tuple[str, int] | None:
        """Return a question or sub-question label that starts the line, if it may start one."""
        probe = LabelSequence(self._labels.last_number, self._labels.last_letter)
        found = probe.match(text)
        if found is None:
            return None
        if found[0].isdigit() and not after_sentence:
            return None
        self._labels.match(text)
        return found

    def _ends_paragraph(self, previous: BodyLine, line: BodyLine) -> bool:
        """Tell whether the break after `previous` ends its paragraph."""
        before = previous.text
        if _hyphenated(before) or before.endswith(","):
            return False
        words = line.text.split()
        first = len(words[0]) if words else 0
        room = len(before) + 1 + first < self._width - SLACK
        finished = ends_sentence(before) and not _ORDINAL.search(before)
        if finished and room:
            return True
        if self._open_item and _QUESTION_END.search(before):
            return True  # a question ends at its question mark; what follows is no part of it
        lead_in = line.text.rstrip().endswith(":") and len(line.text) < SHORT * self._width
        if ends_sentence(before) and lead_in:
            return True  # "Wir fragen die Landesregierung:" after a full last line of prose
        # A short line before a capital ends its paragraph: a heading, a paragraph's last line.
        # (Not before a number: the rows of a numbered table in an appendix would become questions.)
        starts = line.text[:1].isupper()
        return len(before) < SHORT * self._width and starts and not before.endswith(" und")

    def _flush(self) -> None:
        """Finish the open lines as a block (an item's text at depth + 1)."""
        if not self._open:
            return
        depth = self._item_depth + 1 if self._open_item else 0
        quote = not self._open_item and all(indented(line.text) for line in self._open)
        kind = BlockKind.QUOTE if quote else BlockKind.PARAGRAPH
        self.blocks.append(Block(kind, self._joined(self._open), depth=depth))
        self._open = []
        self._open_item = False

    def _joined(self, lines: list[BodyLine]) -> list[Inline]:
        """Return lines as one block's inlines: "\\n" between them unless a word was cut."""
        inlines: list[Inline] = []
        previous: BodyLine | None = None
        for line in lines:
            items = line.inlines()
            if previous is not None and items:
                full = len(previous.text) >= self._width - SLACK
                separator, drop_hyphen = self._joint(previous.text, line.text, full)
                if drop_hyphen:
                    _drop_last_hyphen(inlines)
                if separator:
                    inlines.append(Run(separator))
            inlines += items
            previous = line
        return inlines

    _item_depth = 0


def _hyphenated(text: str) -> bool:
    """Tell whether a line ends in a hyphen after a letter: a cut word, not a dash (" -")."""
    return len(text) > 1 and text.endswith("-") and text[-2].isalpha()


def _cut(line: BodyLine, count: int) -> BodyLine:
    """Return a line without its first `count` characters (a typed label)."""
    text = cut_line(line.text, count)
    shift = len(line.text) - len(text)
    markers = [(s - shift, e - shift, key) for s, e, key in line.markers if s >= shift]
    return BodyLine(text, line.page, markers)


def _drop_last_hyphen(inlines: list[Inline]) -> None:
    """Remove the hyphen of a word hyphenated at a line end."""
    for index in range(len(inlines) - 1, -1, -1):
        item = inlines[index]
        if isinstance(item, Run):
            inlines[index] = Run(item.text.rstrip().removesuffix("-"), item.bold, item.italic)
            return
