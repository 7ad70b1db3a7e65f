"""Join two printed lines, deciding a hyphen at a URL's line end by the document's own words.

A word processor that hyphenates breaks an address like a word
("…/H/Hitzeschutz-" + "plan/BMG_Hitzeschutzplan.pdf"), and it also breaks
after an address's own hyphens ("klimahitzeschutz-" + "227302.html"). The
line alone cannot tell; the document can: when the word without the hyphen
stands elsewhere in it, the hyphen was the line break's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desk_app.formats.read.pdf.line_join import joint

_LETTERS = re.compile(r"[^\W\d_]+")
_TAIL = re.compile(r"([^\W\d_]+)-$")
_HEAD = re.compile(r"[^\W\d_]+")


class WordJoint:
    """Join lines as `joint` does, with the words of the whole document as evidence."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._words = {word.casefold() for line in lines for word in _LETTERS.findall(line)}

    def __call__(self, before: str, after: str, full: bool) -> tuple[str, bool]:
        """Return the separator between two lines and whether before's hyphen goes."""
        separator, drop = joint(before, after, full)
        if separator or drop:
            return separator, drop
        tail = _TAIL.search(before.rstrip())
        head = _HEAD.match(after.lstrip())
        if (
            tail
            and head
            and "/" in before
            and (tail.group(1) + head.group(0)).casefold() in self._words
        ):
            return "", True
        return separator, drop
