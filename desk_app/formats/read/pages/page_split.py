"""Cut page text into pages of lines: at form feeds, or where a running header starts a page."""

from __future__ import annotations

import re
from collections.abc import Callable

# A text layer that was saved without form feeds still shows where pages begin: the
# running header. Blank lines are kept as "" because they separate paragraphs.
_SPACES = re.compile(r"[ \t\u00a0]+")
# "V o r b e m e r k u n g  d e r  F r a g e s t e l l e r", "A N F R A G E": letters set apart.
_SPACED = re.compile(r"\s*(?:\S[ \u00a0]{1,3}){3,}\S\s*")


def split_pages(text: str, starts_page: Callable[[str], bool]) -> list[list[str]]:
    """Return the pages of a text layer, each a list of lines ("" for a blank line)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        chunks = text.split("\f")
        return [_lines(chunk) for chunk in chunks if chunk.strip()]
    pages: list[list[str]] = [[]]
    for line in _lines(text):
        if line and starts_page(line) and any(pages[-1]):
            pages.append([])
        pages[-1].append(line)
    return [page for page in pages if any(page)]


def _lines(chunk: str) -> list[str]:
    """Return a chunk's lines with runs of spaces made one and the ends trimmed."""
    return [_SPACES.sub(" ", _unspaced(line)).strip() for line in chunk.split("\n")]


def _unspaced(line: str) -> str:
    """Return a letter-spaced heading in plain words; two spaces or more part the words."""
    if not _SPACED.fullmatch(line):
        return line
    return " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", line.strip()))


def looks_like_page_text(text: str) -> bool:
    """Tell whether plain text is a printed page's text layer rather than written prose.

    A text layer breaks every line at the page width and has few blank lines;
    prose or Markdown separates its paragraphs by blank lines and runs long lines.
    """
    if "\f" in text:
        return True
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if len(filled) < 12:
        return False
    blank = len(lines) - len(filled)
    lengths = sorted(len(line.strip()) for line in filled)
    typical = lengths[int(0.9 * (len(lengths) - 1))]
    return blank < 0.35 * len(filled) and 40 <= typical <= 140
