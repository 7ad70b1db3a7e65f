"""Read a text file for import, refusing what is not text with one clear sentence."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from desk_app.formats.read.guard import read_file_limited
from desk_app.i18n import N_, _
from desk_app.model import DeskError

MAX_BYTES = 20 * 1024 * 1024
# C0 controls other than tab, line feed, form feed and carriage return: not in real text.
# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def read_text_file(path: str | Path) -> str:
    """Return a file's text (by its BOM, UTF-8, else Windows-1252), or raise a DeskError."""
    path = Path(path)
    data = read_file_limited(path, N_("eine Textdatei"), MAX_BYTES)
    text = _by_byte_order_mark(path, data)
    if text is not None:
        return text
    if b"\x00" in data:
        raise DeskError(_("Die Datei „{path}“ ist keine Textdatei.").format(path=path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise DeskError(_("Die Datei „{path}“ ist keine Textdatei.").format(path=path)) from None
    # Binary data often decodes as Windows-1252; control characters give it away.
    if _CONTROL.search(text):
        raise DeskError(_("Die Datei „{path}“ ist keine Textdatei.").format(path=path))
    return text


def _by_byte_order_mark(path: Path, data: bytes) -> str | None:
    """Return the text of a UTF-16 or UTF-32 file that starts with its byte order mark, else None.

    Windows editors save "Unicode" as UTF-16 with a BOM, whose NUL bytes would
    make the file look binary; a UTF-8 BOM is left to the UTF-8 reading.
    """
    for mark, encoding in _MARKS:
        if data.startswith(mark):
            try:
                text = data[len(mark) :].decode(encoding)
            except UnicodeDecodeError:
                break
            # Binary data may decode as UTF-16 too; NUL and control characters give it away.
            if "\x00" not in text and not _CONTROL.search(text):
                return text
            break
    else:
        return None
    raise DeskError(_("Die Datei „{path}“ ist keine Textdatei.").format(path=path))
