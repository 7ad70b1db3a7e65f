"""Group neutral blocks into an outline: top-level blocks, list entries and footnotes."""

from __future__ import annotations

from dataclasses import dataclass, field

from desk_app.formats.blocks import Block, BlockKind
from desk_app.model import Paragraph, ParagraphStyle, Run, Text, plain


@dataclass(slots=True)
class Entry:
    """Hold one list entry: its label, its paragraphs and its nested entries."""

    label: str
    text: Text = field(default_factory=list)
    children: list[Entry] = field(default_factory=list)


@dataclass(slots=True)
class Note:
    """Hold one footnote definition: its key and its paragraphs."""

    label: str
    text: Text = field(default_factory=list)
    source_id: str | None = None


Unit = Block | Entry | Note


def to_paragraph(block: Block) -> Paragraph:
    """Return a paragraph or quote block as a model paragraph."""
    style = ParagraphStyle.QUOTE if block.kind is BlockKind.QUOTE else ParagraphStyle.BODY
    return Paragraph(list(block.inlines), style)


def outline(blocks: list[Block]) -> list[Unit]:
    """Return the blocks with list items and footnotes gathered with their paragraphs."""
    units: list[Unit] = []
    # Open containers with the depth their own paragraphs stand at.
    stack: list[tuple[Entry | Note, int]] = []
    for block in blocks:
        if block.kind is BlockKind.ITEM:
            while stack and stack[-1][1] > block.depth:
                stack.pop()
            entry = Entry(block.label)
            parent = stack[-1][0] if stack and block.depth > 0 else None
            if isinstance(parent, Entry):
                parent.children.append(entry)
            else:
                stack.clear()
                units.append(entry)
            stack.append((entry, block.depth + 1))
        elif block.kind is BlockKind.NOTE:
            note = Note(block.label)
            units.append(note)
            stack = [(note, 1)]
        elif block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE) and block.depth > 0 and stack:
            while len(stack) > 1 and stack[-1][1] > block.depth:
                stack.pop()
            stack[-1][0].text.append(to_paragraph(block))
        else:
            stack.clear()
            units.append(block)
    return units


def is_paragraph(unit: Unit) -> bool:
    """Tell whether a unit is a top-level paragraph or quote."""
    return isinstance(unit, Block) and unit.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE)


def flatten(entry: Entry) -> Text:
    """Return an entry as paragraphs that keep its label, for entries that are no questions."""
    # A stack, not recursion: a list nested 2,000 deep must not exhaust Python's call stack.
    text: Text = []
    pending = [entry]
    while pending:
        current = pending.pop()
        text += _labelled(current)
        pending.extend(reversed(current.children))
    return text


def _labelled(entry: Entry) -> Text:
    """Return an entry's own paragraphs with its label written before the first."""
    mark = f"{entry.label}. " if entry.label.isdigit() else f"{entry.label}) "
    if entry.label in ("-", "+", "*"):
        mark = "– "
    text = [Paragraph(list(para.inlines), para.style) for para in entry.text] or [Paragraph()]
    text[0].inlines.insert(0, Run(mark))
    return text


def unit_text(unit: Unit) -> str:
    """Return a unit's plain characters, for matching wording."""
    if isinstance(unit, Block):
        return unit.plain
    return "\n".join(plain(para.inlines) for para in unit.text)
