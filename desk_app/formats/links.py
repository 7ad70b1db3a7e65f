"""Find the links in user text that exports may make clickable (http, https, mailto only)."""

from __future__ import annotations

import re

# A URL ends before white space or a closing bracket/quote; trailing sentence
# punctuation belongs to the sentence, not the address.
_LINK = re.compile(r"(?:https?://|mailto:)[^\s<>\"„“”»«]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'’"


def split_links(text: str) -> list[tuple[str, str | None]]:
    """Split text into (piece, url) pairs; url is None for plain pieces."""
    pieces: list[tuple[str, str | None]] = []
    position = 0
    for match in _LINK.finditer(text):
        url = match.group(0).rstrip(_TRAILING)
        if url.endswith(("://", ":")):
            continue
        start, end = match.start(), match.start() + len(url)
        if start > position:
            pieces.append((text[position:start], None))
        pieces.append((url, url))
        position = end
    if position < len(text):
        pieces.append((text[position:], None))
    return pieces


def is_safe_link(url: str) -> bool:
    """Tell whether a link may be made clickable in an export."""
    return url.lower().startswith(("http://", "https://", "mailto:"))
