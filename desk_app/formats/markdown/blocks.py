"""Read the block structure of Markdown (or plain text) into neutral blocks."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.markdown.inline import parse_inlines
from desk_app.model.text import Paragraph, ParagraphStyle, Text, normalize_text

_HEADING = re.compile(r"(#{1,6})(?:[ \t]+(.*?))?")
_CLOSING_HASHES = re.compile(r"[ \t]+#+$")
_RULE = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*")
_SETEXT = re.compile(r"(=+|-+)[ \t]*")
_MARKER = re.compile(r"<!--\s*([A-Za-z][\w-]*)\s*-->")
_COMMENT = re.compile(r"<!--.*-->")
_NUMBER_ITEM = re.compile(r"(\d{1,3})[.)](?:[ \t]+(.*))?")
# Letters only with a parenthesis: "z. B." must not start a list.
_LETTER_ITEM = re.compile(r"\(?([a-z]{1,2})\)(?:[ \t]+(.*))?")
# Only ASCII bullets: a paragraph may well start with a dash "–" as content.
_BULLET_ITEM = re.compile(r"([-+*])[ \t]+(.*)")
_NOTE = re.compile(r"\[\^((?:\\.|[^\]\\])+)\]:(?:[ \t]+(.*))?")
_INDENT = 4


@dataclass(slots=True)
class _Paragraph:
    """Collect the lines of the paragraph being read."""

    kind: BlockKind
    depth: int
    lines: list[str] = field(default_factory=list)


class _Reader:
    """Turn lines into blocks, tracking open list items and footnotes."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.paragraph: _Paragraph | None = None
        self.open_depth = 0  # depth that indented paragraphs may continue at

    def flush(self) -> None:
        """Finish the paragraph being read."""
        if self.paragraph is not None:
            source = "\n".join(self.paragraph.lines)
            self.blocks.append(
                Block(self.paragraph.kind, parse_inlines(source), self.paragraph.depth)
            )
            self.paragraph = None

    def start_paragraph(self, kind: BlockKind, depth: int, content: str) -> None:
        """Begin a paragraph or quote with its first line, unless the line is empty."""
        self.flush()
        if content.strip():
            self.paragraph = _Paragraph(kind, depth, [content.strip()])

    def add(self, block: Block) -> None:
        """Append a block that is not a paragraph."""
        self.flush()
        self.blocks.append(block)

    def line(self, raw: str, after_blank: bool) -> None:
        """Read one line of the body."""
        stripped = raw.lstrip(" \t")
        # Only leading tabs count as indentation; tabs inside the text are content.
        indent = len(raw[: len(raw) - len(stripped)].replace("\t", " " * _INDENT))
        nested = indent >= _INDENT and self.open_depth > 0
        depth = min(indent // _INDENT, self.open_depth) if nested else 0
        text = stripped.rstrip()
        if self._structural(text, indent, depth, after_blank):
            return
        if text.startswith(">"):
            content = text[1:].removeprefix(" ")
            if self.paragraph and self.paragraph.kind is BlockKind.QUOTE and not after_blank:
                self.paragraph.lines.append(content.strip())
            else:
                self.start_paragraph(BlockKind.QUOTE, depth, content)
            return
        if self.paragraph and not after_blank:
            self.paragraph.lines.append(text)  # a lazy continuation line
            return
        if not nested:
            self.open_depth = 0
        self.start_paragraph(BlockKind.PARAGRAPH, depth, text)

    def _structural(self, text: str, indent: int, depth: int, after_blank: bool) -> bool:
        """Read a heading, rule, marker, item or note line; tell whether it was one."""
        top = indent < _INDENT
        if top and self.paragraph and not after_blank and _SETEXT.fullmatch(text):
            # A line of = or - under a paragraph makes that paragraph a heading.
            paragraph = self.paragraph
            self.paragraph = None
            inlines = parse_inlines("\n".join(paragraph.lines))
            self.add(Block(BlockKind.HEADING, inlines, level=1 if text[0] == "=" else 2))
            return True
        if top and _RULE.fullmatch(text):
            self.open_depth = 0
            self.add(Block(BlockKind.RULE))
            return True
        heading = _HEADING.fullmatch(text) if top else None
        if heading:
            self.open_depth = 0
            content = _CLOSING_HASHES.sub("", heading.group(2) or "")
            self.add(Block(BlockKind.HEADING, parse_inlines(content), level=len(heading[1])))
            return True
        marker = _MARKER.fullmatch(text) if top else None
        if marker:
            self.open_depth = 0
            self.add(Block(BlockKind.MARKER, label=marker.group(1)))
            return True
        if top and _COMMENT.fullmatch(text):
            self.flush()
            return True
        note = _NOTE.fullmatch(text) if top else None
        if note:
            self.add(Block(BlockKind.NOTE, label=re.sub(r"\\(.)", r"\1", note.group(1))))
            self._content(note.group(2) or "", 1)
            return True
        item = next(
            (m for p in (_NUMBER_ITEM, _LETTER_ITEM, _BULLET_ITEM) if (m := p.fullmatch(text))),
            None,
        )
        # As in CommonMark, only a list that starts at 1 (or a) may interrupt a paragraph:
        # "17. Wahlperiode" under a header line is text, not item 17.
        interrupting = self.paragraph is not None and not after_blank and self.paragraph.depth == 0
        if item and interrupting and item.group(1) not in ("1", "a", "-", "+", "*"):
            return False
        if item:
            if indent < _INDENT:
                depth = 0
            self.add(Block(BlockKind.ITEM, depth=depth, label=item.group(1)))
            self._content(item.group(2) or "", depth + 1)
            return True
        return False

    def _content(self, content: str, depth: int) -> None:
        """Start the first paragraph of an item or a note."""
        self.open_depth = depth
        if content.startswith(">"):
            self.start_paragraph(BlockKind.QUOTE, depth, content[1:].removeprefix(" "))
        else:
            self.start_paragraph(BlockKind.PARAGRAPH, depth, content)


def read_blocks(body: str, limit: int | None = None) -> list[Block]:
    """Return the blocks of a Markdown or plain-text body; past `limit` blocks, stop reading.

    The caller refuses a document that long; stopping early keeps 20 MB of
    one-line paragraphs from becoming millions of objects (1.6 GB) first.
    """
    reader = _Reader()
    after_blank = True
    # Lines one at a time: splitting 20 MB at once made a list of millions of strings.
    for line in io.StringIO(body, newline="\n"):
        if limit is not None and len(reader.blocks) > limit:
            break
        raw = line.removesuffix("\n")
        if not raw.strip():
            reader.flush()
            after_blank = True
            continue
        reader.line(raw, after_blank)
        after_blank = False
    reader.flush()
    return reader.blocks


def text_from_markdown(markdown: str) -> Text:
    """Return the paragraphs of a Markdown string as a normalized text."""
    return normalize_text(
        [
            Paragraph(block.inlines, ParagraphStyle.QUOTE)
            if block.kind is BlockKind.QUOTE
            else Paragraph(block.inlines)
            for block in read_blocks(markdown)
            if block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.HEADING)
        ]
    )
