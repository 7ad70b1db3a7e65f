"""Read a text file for import, refusing what is not text with one clear sentence."""

from __future__ import annotations

import re
from pathlib import Path

from desk_app.formats.read.guard import read_file_limited
from desk_app.model import DeskError

MAX_BYTES = 20 * 1024 * 1024
# C0 controls other than tab, line feed, form feed and carriage return: not in real text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def read_text_file(path: str | Path) -> str:
    """Return a file's text (UTF-8, else Windows-1252), or raise a DeskError saying why not."""
    path = Path(path)
    data = read_file_limited(path, "eine Textdatei", MAX_BYTES)
    if b"\x00" in data:
        raise DeskError(f"Die Datei „{path}“ ist keine Textdatei.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise DeskError(f"Die Datei „{path}“ ist keine Textdatei.") from None
    # Binary data often decodes as Windows-1252; control characters give it away.
    if _CONTROL.search(text):
        raise DeskError(f"Die Datei „{path}“ ist keine Textdatei.")
    return text
