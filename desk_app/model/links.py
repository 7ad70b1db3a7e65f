"""Web addresses in user text: one pattern, built from named pieces, for every reader and writer.

Exports make only http, https and mailto links clickable (`LINK`); typed notes
and printed PDF lines also carry addresses that start with "www." (`WEB_START`).
"""

from __future__ import annotations

import re

LINK_START = r"(?:https?://|mailto:)"
"""The schemes an export may make clickable (never javascript:, file: or ftp:)."""

WEB_START = r"(?:https?://|www\.)"
"""How a web address starts as people type or print it."""

# An address ends before white space, an angle bracket or a quotation mark.
ADDRESS_CHAR = r"[^\s<>\"„“”»«]"

# Sentence punctuation after an address belongs to the sentence, not the address.
TRAILING = ".,;:!?)]}'’»"

LINK = re.compile(LINK_START + ADDRESS_CHAR + "+", re.IGNORECASE)
WEB_ADDRESS = re.compile(WEB_START + ADDRESS_CHAR + "+", re.IGNORECASE)


def split_links(text: str) -> list[tuple[str, str | None]]:
    """Split text into (piece, url) pairs; url is None for plain pieces."""
    pieces: list[tuple[str, str | None]] = []
    position = 0
    for match in LINK.finditer(text):
        url = match.group(0).rstrip(TRAILING)
        if url.endswith(("://", ":")):
            continue  # a bare scheme names no address
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


def first_web_address(text: str) -> str | None:
    """Return the first web address in a text (also "www.…"), without punctuation after it."""
    match = WEB_ADDRESS.search(text)
    return match.group(0).rstrip(TRAILING) if match else None
