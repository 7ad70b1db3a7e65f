"""Escape text for WordprocessingML written as strings, and drop what XML 1.0 forbids."""

from __future__ import annotations

import re

# XML 1.0 cannot hold these at all; tab and line breaks are written as w:tab
# and w:br before this applies, and lone surrogates could not even be encoded.
ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# In attributes a raw tab or line break would be normalised to a space by any reader.
_ATTR = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\t": "&#9;",
        "\n": "&#10;",
        "\r": "&#13;",
    }
)


def text(value: str) -> str:
    """Return character data escaped for an element's content."""
    return ILLEGAL.sub("", value).translate(_TEXT)


def attr(value: str) -> str:
    """Return a value escaped for a double-quoted attribute."""
    return ILLEGAL.sub("", value).translate(_ATTR)
