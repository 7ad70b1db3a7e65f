"""Recognise a line that is only a page number ("2", "– 2 –", "Seite 2 von 5")."""

from __future__ import annotations

import re

_PAGE_NUMBER = re.compile(
    r"[-–—]?\s*(?:Seite\s+)?\d{1,4}(?:\s*(?:von|/)\s*\d{1,4})?\s*[-–—]?", re.IGNORECASE
)


def is_page_number(line: str) -> bool:
    """Tell whether a line says nothing but a page number."""
    return bool(_PAGE_NUMBER.fullmatch(line.strip()))
