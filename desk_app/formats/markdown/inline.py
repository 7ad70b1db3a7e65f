"""Inline Markdown: write runs and footnote references, and read them back.

The writer emits `**bold**`, `*italic*`, `***both***`, `[^id]` references and
`<https://…>` autolinks, and escapes everything else pandoc could take for
markup. The reader understands that form exactly, plus what foreign text
brings: `_emphasis_`, `<sup>1</sup>` footnote markers and HTML entities.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from desk_app.model.links import LINK_START
from desk_app.model.text import FootnoteRef, Inline, Paragraph, ParagraphStyle, Run, Text

# Characters pandoc's Markdown may read as markup wherever they stand. Quotes
# are escaped because pandoc's "smart" extension would curl them.
_ALWAYS = frozenset("\\`*_[]<>&#~^$@|{}\"'")
# Characters that only start a block (list, definition, div, table) at a line start.
_LINE_START = frozenset("-+:=%(")
_LIST_LABEL = re.compile(r"[A-Za-z0-9]+(?=[.)])")
# CommonMark: an autolink runs from its scheme to the next space or angle bracket.
_AUTOLINK_CHAR = r"[^\s<>]"
_URL = re.compile(LINK_START + _AUTOLINK_CHAR + "+")
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

_AUTOLINK = re.compile(f"<({LINK_START}{_AUTOLINK_CHAR}*)>", re.IGNORECASE)
_SUPERSCRIPT_REF = re.compile(r"<sup>\s*([0-9]{1,4}|[a-z])\s*</sup>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPECIAL = re.compile(r"[\\\[<*_&]")


def escape_text(text: str, *, line_start: bool = False, after_ref: bool = False) -> str:
    """Return plain text as Markdown that reads back as exactly this text."""
    pieces: list[str] = []
    position = 0
    for match in _URL.finditer(text):
        pieces.append(_escape_plain(text[position : match.start()], line_start and not position))
        pieces.append(f"<{match.group()}>")
        position = match.end()
        after_ref = False
    tail = _escape_plain(text[position:], line_start and not position)
    pieces.append(tail)
    result = "".join(pieces)
    # A colon or parenthesis right after `[^1]` would make a definition or a link.
    if after_ref and result[:1] in (":", "("):
        result = "\\" + result
    return result


def _escape_plain(text: str, line_start: bool) -> str:
    """Escape a stretch of text that holds no URL."""
    marked = {
        index
        for index, char in enumerate(text)
        if char in _ALWAYS
        or (char in "-." and char in (text[index - 1 : index] + text[index + 1 : index + 2]))
    }
    if line_start and text:
        if text[0] in _LINE_START:
            marked.add(0)
        label = _LIST_LABEL.match(text)
        if label:
            marked.add(label.end())
    return "".join("\\" + char if index in marked else char for index, char in enumerate(text))


def escape_footnote_id(footnote_id: str) -> str:
    """Return a footnote id fit to stand between `[^` and `]`."""
    return "".join("\\" + char if char in _ASCII_PUNCT else char for char in footnote_id)


def inlines_to_markdown(inlines: list[Inline], *, line_start: bool = True) -> str:
    """Return normalized inlines as one line of Markdown."""
    parts: list[str] = []
    state = (False, False)
    first = line_start
    after_ref = False
    for index, item in enumerate(inlines):
        if isinstance(item, FootnoteRef):
            # Close before the marker what the next run does not continue: `*c*[^2]`.
            after = next((i for i in inlines[index:] if isinstance(i, Run)), None)
            kept = (False, False) if after is None else (after.bold, after.italic)
            closed = (state[0] and kept[0], state[1] and kept[1])
            parts.append(_delimiter(state, closed))
            state = closed
            parts.append(f"[^{escape_footnote_id(item.footnote_id)}]")
            first, after_ref = False, True
            continue
        wanted = (item.bold, item.italic)
        parts.append(_delimiter(state, wanted))
        state = wanted
        unformatted = wanted == (False, False)
        parts.append(escape_text(item.text, line_start=first and unformatted, after_ref=after_ref))
        first, after_ref = False, False
    parts.append(_delimiter(state, (False, False)))
    return "".join(parts)


def _delimiter(state: tuple[bool, bool], wanted: tuple[bool, bool]) -> str:
    """Return the delimiter run that switches bold and italic from one state to another."""
    # Each switch is one run: 2 stars flip bold, 1 flips italic, 3 flip both.
    count = 2 * (state[0] != wanted[0]) + (state[1] != wanted[1])
    return "*" * count


@dataclass(slots=True)
class _Delim:
    """Hold a run of emphasis characters and whether it may open or close."""

    text: str
    can_open: bool
    can_close: bool


_Token = str | FootnoteRef | _Delim
_FLIPS = {1: (1,), 2: (0,), 3: (0, 1)}  # formats flipped by a run: 0 = bold, 1 = italic


def parse_inlines(source: str) -> list[Inline]:
    """Return the runs and footnote references of one block's Markdown."""
    tokens = _tokenize(source)
    decisions = _resolve(tokens)
    state = [False, False]
    result: list[Inline] = []
    for index, token in enumerate(tokens):
        if isinstance(token, FootnoteRef):
            result.append(token)
        elif isinstance(token, str):
            _append_text(result, token, state)
        elif index in decisions:
            for fmt in decisions[index]:
                state[fmt] = not state[fmt]
        else:
            _append_text(result, token.text, state)
    return result


def _append_text(result: list[Inline], text: str, state: list[bool]) -> None:
    """Add text in the current formatting, merging it into the run before if it matches."""
    last = result[-1] if result else None
    if isinstance(last, Run) and (last.bold, last.italic) == (state[0], state[1]):
        last.text += text
    else:
        result.append(Run(text, state[0], state[1]))


def _tokenize(source: str) -> list[_Token]:
    """Split Markdown into text, footnote references and emphasis runs."""
    tokens: list[_Token] = []
    index, length = 0, len(source)
    while index < length:
        char = source[index]
        if char == "\\":
            following = source[index + 1 : index + 2]
            if following in _ASCII_PUNCT or following == "\n":
                tokens.append(following)
                index += 2
            else:
                tokens.append("\\")
                index += 1
        elif source.startswith("[^", index):
            index = _read_reference(source, index, tokens)
        elif char == "<":
            index = _read_angle(source, index, tokens)
        elif char in "*_":
            end = index
            while end < length and source[end] == char:
                end += 1
            tokens.append(_delim(source, index, end))
            index = end
        elif char == "&":
            entity = _ENTITY.match(source, index)
            tokens.append(html.unescape(entity.group()) if entity else "&")
            index = entity.end() if entity else index + 1
        else:
            special = _SPECIAL.search(source, index + 1)
            end = special.start() if special else length
            tokens.append(source[index:end])
            index = end
    return tokens


def _read_reference(source: str, index: int, tokens: list[_Token]) -> int:
    """Read `[^id]` at index into a reference token; return the index after it."""
    chars: list[str] = []
    position = index + 2
    while position < len(source):
        char = source[position]
        if char == "\\" and source[position + 1 : position + 2] in _ASCII_PUNCT:
            chars.append(source[position + 1])
            position += 2
        elif char == "]":
            tokens.append(FootnoteRef("".join(chars)))
            return position + 1
        elif char == "\n":
            break
        else:
            chars.append(char)
            position += 1
    tokens.append("[")
    return index + 1


def _read_angle(source: str, index: int, tokens: list[_Token]) -> int:
    """Read an autolink or a `<sup>n</sup>` marker at index; return the index after it."""
    link = _AUTOLINK.match(source, index)
    if link:
        tokens.append(link.group(1))
        return link.end()
    sup = _SUPERSCRIPT_REF.match(source, index)
    if sup:
        tokens.append(FootnoteRef(sup.group(1)))
        return sup.end()
    tokens.append("<")
    return index + 1


def _delim(source: str, start: int, end: int) -> _Delim:
    """Build an emphasis run with the flanking rules pandoc applies."""
    before = source[start - 1] if start else " "
    after = source[end] if end < len(source) else " "
    can_open, can_close = not after.isspace(), not before.isspace()
    if source[start] == "_":
        # Underscores inside words (snake_case) are never emphasis.
        can_open = can_open and not before.isalnum()
        can_close = can_close and not after.isalnum()
    return _Delim(source[start:end], can_open, can_close)


def _resolve(tokens: list[_Token]) -> dict[int, tuple[int, ...]]:
    """Decide which emphasis runs switch formats; unmatched ones stay literal text."""
    literal: set[int] = set()
    while True:
        state = [False, False]
        opener: dict[int, int] = {}
        decisions: dict[int, tuple[int, ...]] = {}
        for index, token in enumerate(tokens):
            if not isinstance(token, _Delim) or index in literal:
                continue
            flips = _FLIPS.get(len(token.text))
            if flips is None or not all(
                token.can_close if state[fmt] else token.can_open for fmt in flips
            ):
                literal.add(index)
                continue
            for fmt in flips:
                state[fmt] = not state[fmt]
                opener[fmt] = index
            decisions[index] = flips
        if not any(state):
            return decisions
        literal.update(opener[fmt] for fmt in (0, 1) if state[fmt])


def paragraph_to_markdown(para: Paragraph) -> str:
    """Return one paragraph as a line of Markdown; quote paragraphs start with "> "."""
    line = inlines_to_markdown(para.inlines)
    return f"> {line}" if para.style is ParagraphStyle.QUOTE else line


def text_to_markdown(text: Text, indent: str = "") -> str:
    """Return paragraphs as Markdown separated by blank lines, each line indented."""
    return "\n\n".join(indent + paragraph_to_markdown(para) for para in text)
