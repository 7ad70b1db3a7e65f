"""Neutral blocks that every importer (text, DOCX, PDF) hands to the structural parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desk_app.model.text import Inline, plain


class BlockKind(StrEnum):
    """Name the kinds of block an importer can find in a document."""

    HEADING = "heading"  # `level` is the heading level (1 = top)
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    ITEM = "item"  # start of a list item; its paragraphs follow at depth + 1
    NOTE = "note"  # start of a footnote definition; its paragraphs follow at depth 1
    RULE = "rule"  # a horizontal rule or separator line: layout, never content
    MARKER = "marker"  # an invisible role mark such as "lead-in" or "signature"


@dataclass(slots=True)
class Block:
    """Hold one block; line breaks inside it are "\\n" characters in its runs.

    `depth` says how deep the block is nested: 0 at top level, 1 for the
    paragraphs of a question or a footnote and for sub-question items, 2 for
    the paragraphs of a sub-question. `label` is an item's label ("1", "a"),
    a note's key, or a marker's name.
    """

    kind: BlockKind
    inlines: list[Inline] = field(default_factory=list)
    depth: int = 0
    label: str = ""
    level: int = 0

    @property
    def plain(self) -> str:
        """Return the block's characters without formatting or footnote markers."""
        return plain(self.inlines)

    @property
    def lines(self) -> list[str]:
        """Return the block's plain text split at its line breaks, stripped."""
        return [line.strip() for line in self.plain.split("\n") if line.strip()]
