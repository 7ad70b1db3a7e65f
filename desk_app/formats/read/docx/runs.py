"""Read the characters of one Word paragraph: runs with bold and italic, footnote references."""

from __future__ import annotations

from lxml import etree

from desk_app.formats.read.docx.styles import Element, StyleBook, flag, w
from desk_app.i18n import _
from desk_app.model import FootnoteRef, Inline, Run

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# Deleted text, moved-away text, drawings' fallbacks and text boxes are not the paragraph's text.
_SKIP = {
    w("del"),
    w("moveFrom"),
    w("pPr"),
    w("rPr"),
    w("txbxContent"),
    w("drawing"),
    w("pict"),
    w("object"),
    f"{{{MC}}}Fallback",
}
_CHARACTERS = {
    w("tab"): "\t",
    w("br"): "\n",
    w("cr"): "\n",
    w("noBreakHyphen"): "-",
    w("softHyphen"): "",
}


class RunReader:
    """Turn paragraphs into inlines; paragraph-style formatting counts only where asked."""

    def __init__(self, styles: StyleBook, endnote_prefix: str = "e") -> None:
        self._styles = styles
        self._endnote_prefix = endnote_prefix
        self.dropped: dict[str, int] = {}  # entity references left out, by name

    def dropped_report(self) -> list[str]:
        """Return one report line per entity reference that was left out of the text."""
        return [
            _(
                "Die Entität „{name}“ ({count}-mal im Text) wurde nicht aufgelöst und ausgelassen."
            ).format(name=name, count=count)
            for name, count in list(self.dropped.items())[:20]
        ]

    def inlines(self, paragraph: Element, style_id: str, style_format: bool) -> list[Inline]:
        """Return a paragraph's inlines; `style_format` lets its style make text bold or italic."""
        result: list[Inline] = []
        self._walk(paragraph, style_id if style_format else "", result)
        return result

    def _walk(self, element: Element, style_id: str, result: list[Inline]) -> None:
        # A stack, not recursion: hyperlinks, fields and content controls nest at will.
        pending = list(reversed(element))
        while pending:
            child = pending.pop()
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == w("r"):
                self._run(child, style_id, result)
            elif tag != w("p"):  # a nested paragraph belongs to a text box or a comment
                pending.extend(reversed(child))

    def _run(self, run: Element, style_id: str, result: list[Inline]) -> None:
        bold, italic = self._format(run, style_id)
        for child in run:
            tag = child.tag
            if tag == w("t"):
                result.append(Run(self._text(child), bold, italic))
            elif tag in _CHARACTERS:
                if tag == w("br") and child.get(w("type")) in ("page", "column"):
                    continue  # a page break is layout, not a line of the text
                result.append(Run(_CHARACTERS[tag], bold, italic))
            elif tag == w("footnoteReference"):
                result.append(FootnoteRef(child.get(w("id"), "")))
            elif tag == w("endnoteReference"):
                result.append(FootnoteRef(self._endnote_prefix + child.get(w("id"), "")))
            elif tag == w("sym"):
                result.append(Run(_symbol(child), bold, italic))

    def _text(self, node: Element) -> str:
        """Return a w:t's characters; entity references in it are left out and counted."""
        if len(node) == 0:
            return node.text or ""
        # Word writes no entities; one in a file was put there by hand or by an attack.
        # Its characters are unknown (resolving it could read files), the text around it stays.
        pieces = [node.text or ""]
        for child in node:
            if not isinstance(child.tag, str):
                name = child.text if child.tag is etree.Entity else ""
                if name:
                    self.dropped[name] = self.dropped.get(name, 0) + 1
            pieces.append(child.tail or "")
        return "".join(pieces)

    def _format(self, run: Element, style_id: str) -> tuple[bool, bool]:
        """Resolve bold and italic: direct formatting, character style, then paragraph style."""
        rpr = run.find(w("rPr"))
        char_style = ""
        if rpr is not None:
            node = rpr.find(w("rStyle"))
            char_style = "" if node is None else node.get(w("val"), "")
        values = []
        for tag in ("b", "i"):
            value = flag(rpr, tag)
            if value is None and char_style:
                value = self._styles.run_flag(char_style, tag)
            if value is None and style_id:
                value = self._styles.run_flag(style_id, tag)
            values.append(bool(value))
        return values[0], values[1]


def _symbol(node: Element) -> str:
    """Return the character of a w:sym when it is a Unicode code point, else nothing."""
    code = node.get(w("char"), "")
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    # Symbol fonts map F0xx to their own glyphs; those are no readable characters.
    return "" if 0xF000 <= value <= 0xF0FF or value < 0x20 else chr(value)
