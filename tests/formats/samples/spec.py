"""A tiny description of a printed document that the DOCX and PDF sample writers both read.

Text may hold note markers as "{1}" (glued to the word before) or " {1}"
(after a space); bold stretches as "**…**".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MARK = re.compile(r"(\s?)\{(\d+)\}")


@dataclass
class Item:
    """One printed paragraph and its role: header kind title para quote item sub heading sig."""

    role: str
    text: str = ""
    label: str = ""
    right: str = ""  # the right-hand side of a header row


@dataclass
class DocSpec:
    """A document: rows, notes by number, page lines."""

    items: list[Item]
    notes: dict[int, str] = field(default_factory=dict)
    first_footer: str = ""
    running: str = ""  # running header of later pages; "{page}" is the page number
    notice: str = ""  # an ordering notice at the foot of page 1


def pieces(text: str) -> list[tuple[str, str]]:
    """Split text into ("text", s), ("mark", n) and ("bold", s) pieces."""
    result: list[tuple[str, str]] = []
    for number, chunk in enumerate(re.split(r"\*\*", text)):
        position = 0
        kind = "bold" if number % 2 else "text"
        for found in MARK.finditer(chunk):
            result.append((kind, chunk[position : found.start()] + found.group(1)))
            result.append(("mark", found.group(2)))
            position = found.end()
        result.append((kind, chunk[position:]))
    return [(kind, value) for kind, value in result if value]
