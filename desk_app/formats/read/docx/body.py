"""Turn the paragraphs of a Word body into neutral blocks: headings, list items, quotes, text."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.docx.runs import RunReader
from desk_app.formats.read.docx.styles import Element, ListBook, StyleBook, twips, w
from desk_app.formats.read.structure.typed_labels import LabelSequence, drop_prefix
from desk_app.model import FootnoteRef, Inline, Run, plain

_CONTAINERS = {w("sdt"), w("sdtContent"), w("customXml"), w("ins"), w("smartTag")}


@dataclass(slots=True)
class _ListContext:
    """Remember the list item just read: its depth and where its text starts."""

    depth: int
    indent: int


class BodyReader:
    """Read a body (or a table cell) paragraph by paragraph into blocks."""

    def __init__(self, styles: StyleBook, lists: ListBook, runs: RunReader) -> None:
        self.blocks: list[Block] = []
        self._styles = styles
        self._lists = lists
        self._runs = runs
        self._context: _ListContext | None = None
        self._typed = LabelSequence()

    def read(self, container: Element) -> list[Block]:
        """Read every paragraph of a container in document order and return all blocks so far."""
        for child in container:
            self.read_child(child)
        return self.blocks

    def read_child(self, child: Element) -> None:
        """Read one child of a body: a paragraph, or the paragraphs a table or container holds."""
        # A stack, not recursion: nesting depth is the file's choice, not ours.
        pending = [child]
        while pending:
            node = pending.pop()
            if node.tag == w("p"):
                self.paragraph(node)
            elif node.tag == w("tbl"):
                # A table holds cells of paragraphs; read them row by row as text.
                pending.extend(reversed(_cells(node)))
            elif node.tag in _CONTAINERS or node.tag == w("tc"):
                pending.extend(reversed(node))

    def paragraph(self, para: Element) -> None:
        """Read one paragraph into zero, one or two blocks."""
        ppr = para.find(w("pPr"))
        style_node = None if ppr is None else ppr.find(w("pStyle"))
        style_id = self._styles.default_paragraph
        if style_node is not None:
            style_id = style_node.get(w("val"), style_id)
        level = self._styles.heading_level(style_id)
        quote = self._styles.is_quote(style_id)
        # Formatting that a heading or quote style brings is layout, not emphasis.
        inlines = self._runs.inlines(para, style_id, style_format=not (level or quote))
        inlines = _clean(inlines)
        if not plain(inlines).strip() and not any(isinstance(i, FootnoteRef) for i in inlines):
            return  # empty paragraphs are spacing; they keep an open list open
        if level:
            self._context = None
            self._typed.reset()
            self.blocks.append(Block(BlockKind.HEADING, inlines, level=level))
            return
        numbering = self._numbering(ppr, style_id)
        indent = self._indent(ppr, style_id, numbering)
        if numbering is not None:
            label = self._lists.label(*numbering)
            self._item(label, numbering[1], inlines, indent)
            return
        typed = self._typed.match(plain(inlines))
        if typed is not None:
            label, length = typed
            depth = 1 if label.isalpha() and self._typed.last_number else 0
            self._item(label, depth, drop_prefix(inlines, length), indent)
            return
        context = self._context
        if context is not None and not quote and indent >= context.indent > 0:
            self.blocks.append(Block(BlockKind.PARAGRAPH, inlines, depth=context.depth + 1))
            return
        self._context = None
        kind = BlockKind.QUOTE if quote else BlockKind.PARAGRAPH
        self.blocks.append(Block(kind, inlines))

    def _item(self, label: str, depth: int, inlines: list[Inline], indent: int) -> None:
        """Append a list item and its first paragraph."""
        self.blocks.append(Block(BlockKind.ITEM, depth=depth, label=label))
        self.blocks.append(Block(BlockKind.PARAGRAPH, inlines, depth=depth + 1))
        self._context = _ListContext(depth, indent)

    def _numbering(self, ppr: Element | None, style_id: str) -> tuple[str, int] | None:
        """Return the list (numId) and level of a numbered paragraph, else None."""
        direct = None if ppr is None else ppr.find(w("numPr"))
        inherited = self._styles.paragraph_property(style_id, "numPr")
        num_id = level = None
        for source in (direct, inherited):
            if source is None:
                continue
            num = source.find(w("numId"))
            lvl = source.find(w("ilvl"))
            num_id = num_id if num_id is not None or num is None else num.get(w("val"))
            level = level if level is not None or lvl is None else twips(lvl.get(w("val")))
        if not num_id or num_id == "0":
            return None  # numId 0 switches a style's numbering off
        return num_id, min(level or 0, 8)

    def _indent(self, ppr: Element | None, style_id: str, numbering: tuple[str, int] | None) -> int:
        """Return a paragraph's left text indent in twips: direct, style, or list level."""
        ind = None if ppr is None else ppr.find(w("ind"))
        if ind is None:
            ind = self._styles.paragraph_property(style_id, "ind")
        if ind is not None and (ind.get(w("left")) or ind.get(w("start"))):
            return twips(ind.get(w("left")) or ind.get(w("start")))
        return self._lists.indent(*numbering) if numbering else 0


def _cells(table: Element) -> list[Element]:
    """Return a table's own cells in order; cells of a nested table belong to their cell."""
    return [cell for cell in table.iter(w("tc")) if next(cell.iterancestors(w("tbl"))) is table]


def _clean(inlines: list[Inline]) -> list[Inline]:
    """Turn tabs into spaces: in running text a tab is layout (labels are read before)."""
    result: list[Inline] = []
    for item in inlines:
        if isinstance(item, Run) and "\t" in item.text:
            result.append(Run(item.text.replace("\t", " "), item.bold, item.italic))
        else:
            result.append(item)
    return result
