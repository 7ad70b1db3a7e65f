"""Resolve what a Word paragraph's styles and list numbering say, for the DOCX importer."""

from __future__ import annotations

import re
import string
from typing import Any

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FALSE = {"0", "false", "off", "none"}
_HEADING = re.compile(r"(?:heading|überschrift)\s*(\d)")
_QUOTE_NAMES = ("quote", "intense quote", "block text", "zitat")
_CHAIN_LIMIT = 12  # basedOn chains are short; a longer one is a loop in a broken file

Element = Any  # an lxml element; lxml gives its element classes no public type to annotate with


def w(tag: str) -> str:
    """Return a WordprocessingML tag or attribute name in Clark notation."""
    return f"{{{W}}}{tag}"


def flag(rpr: Element | None, tag: str) -> bool | None:
    """Return a toggle property (w:b, w:i) of run properties: True, False, or None if unset."""
    if rpr is None:
        return None
    node = rpr.find(w(tag))
    if node is None:
        return None
    return node.get(w("val"), "true").lower() not in _FALSE


def twips(value: str | None) -> int:
    """Return an indentation value in twips; unreadable values count as none."""
    try:
        return int(float(value or 0))
    except ValueError:
        return 0


class StyleBook:
    """Look up paragraph and character styles by id, following basedOn."""

    def __init__(self, root: Element | None) -> None:
        self._by_id: dict[str, Element] = {}
        self._chains: dict[str, list[Element]] = {}  # every paragraph asks several times
        self.default_paragraph = ""
        for style in [] if root is None else root.iter(w("style")):
            style_id = style.get(w("styleId"), "")
            self._by_id[style_id] = style
            if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
                self.default_paragraph = style_id

    def chain(self, style_id: str) -> list[Element]:
        """Return a style and the styles it is based on, nearest first."""
        known = self._chains.get(style_id)
        if known is not None:
            return known
        result: list[Element] = []
        current = self._by_id.get(style_id)
        while current is not None and len(result) < _CHAIN_LIMIT and current not in result:
            result.append(current)
            based = current.find(w("basedOn"))
            current = None if based is None else self._by_id.get(based.get(w("val"), ""))
        self._chains[style_id] = result
        return result

    def names(self, style_id: str) -> list[str]:
        """Return the lower-case names of a style and its ancestors."""
        names = []
        for style in self.chain(style_id):
            name = style.find(w("name"))
            names.append((name.get(w("val"), "") if name is not None else "").lower())
        return names

    def run_flag(self, style_id: str, tag: str) -> bool | None:
        """Return a toggle property as a style (or its ancestors) sets it."""
        for style in self.chain(style_id):
            value = flag(style.find(w("rPr")), tag)
            if value is not None:
                return value
        return None

    def paragraph_property(self, style_id: str, tag: str) -> Element | None:
        """Return the first w:pPr child of a tag along the style chain."""
        for style in self.chain(style_id):
            ppr = style.find(w("pPr"))
            node = None if ppr is None else ppr.find(w(tag))
            if node is not None:
                return node
        return None

    def heading_level(self, style_id: str) -> int:
        """Return 1–9 for a title or heading style, else 0."""
        for name in self.names(style_id):
            if name in ("title", "titel"):
                return 1
            found = _HEADING.fullmatch(name)
            if found:
                return max(1, int(found.group(1)))
        level = self.paragraph_property(style_id, "outlineLvl")
        value = twips(level.get(w("val"))) if level is not None else 9
        return value + 1 if value < 9 else 0

    def is_quote(self, style_id: str) -> bool:
        """Tell whether a style is a quotation style."""
        return any(name.startswith(_QUOTE_NAMES) for name in self.names(style_id))


class ListBook:
    """Number Word list paragraphs the way Word prints them: "1", "a", "-" for bullets."""

    def __init__(self, root: Element | None) -> None:
        self._levels: dict[tuple[str, int], tuple[str, int, int]] = {}
        self._counters: dict[str, list[int]] = {}
        if root is None:
            return
        abstracts = {a.get(w("abstractNumId")): a for a in root.iter(w("abstractNum"))}
        for num in root.iter(w("num")):
            ref = num.find(w("abstractNumId"))
            abstract = abstracts.get(None if ref is None else ref.get(w("val")))
            if abstract is None:
                continue
            for lvl in abstract.iter(w("lvl")):
                fmt = lvl.find(w("numFmt"))
                start = lvl.find(w("start"))
                ind = lvl.find(f"{w('pPr')}/{w('ind')}")
                self._levels[(num.get(w("numId"), ""), twips(lvl.get(w("ilvl"))))] = (
                    "decimal" if fmt is None else fmt.get(w("val"), "decimal"),
                    1 if start is None else twips(start.get(w("val"))),
                    0 if ind is None else twips(ind.get(w("left")) or ind.get(w("start"))),
                )

    def indent(self, num_id: str, level: int) -> int:
        """Return the text indent of a list level in twips."""
        return self._levels.get((num_id, level), ("", 1, 0))[2]

    def label(self, num_id: str, level: int) -> str:
        """Advance the list's counter at a level and return the label Word prints there."""
        fmt, start, _indent = self._levels.get((num_id, level), ("decimal", 1, 0))
        counters = self._counters.setdefault(num_id, [])
        while len(counters) <= level:
            counters.append(0)
        del counters[level + 1 :]  # a higher level restarts the deeper ones
        counters[level] += 1
        value = start + counters[level] - 1
        if fmt in ("bullet", "none"):
            return "-"
        if fmt in ("lowerLetter", "upperLetter"):
            letters = string.ascii_lowercase[(value - 1) % 26] * ((value - 1) // 26 + 1)
            return letters if fmt == "lowerLetter" else letters.upper()
        if fmt in ("lowerRoman", "upperRoman"):
            return _roman(value) if fmt == "lowerRoman" else _roman(value).upper()
        return str(value)


def _roman(value: int) -> str:
    """Return a small number in lower-case Roman numerals."""
    result = ""
    for number, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while value >= number:
            result += letters
            value -= number
    return result or "i"
