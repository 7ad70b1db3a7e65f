"""How every verb prints: JSON the same way everywhere, reports and warnings on stderr.

Everything the CLI prints passes `terminal_safe()`: a title or a file name
may hold ESC, CR or BEL, and printed raw they retitle, recolour or overwrite
the user's terminal.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING, Any, TextIO, cast

from desk_app.i18n import _, shown

if TYPE_CHECKING:
    from desk_app.service import ImportOutcome

# C0 controls except tab and newline, DEL, and the C1 controls (U+009B is CSI
# to many terminals). Written as \uXXXX, which JSON reads back unchanged.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """Return text with every control character but tab and newline written as \\uXXXX."""
    return _CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class _SafeStream(io.TextIOBase):
    """Pass text to a stream with its control characters escaped; bytes go to .buffer as given."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write text with its control characters escaped."""
        self._stream.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        """Flush the underlying stream."""
        self._stream.flush()

    def fileno(self) -> int:
        """Return the underlying stream's file descriptor."""
        return self._stream.fileno()

    def isatty(self) -> bool:
        """Tell whether the underlying stream is a terminal."""
        return self._stream.isatty()

    def writable(self) -> bool:
        """Tell that this stream is written to."""
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]  # read-only in io.TextIOBase too
        """Return the underlying stream's encoding."""
        return self._stream.encoding

    @property
    def buffer(self) -> IO[bytes]:
        """Return the underlying binary stream, for exports to standard output."""
        return self._stream.buffer


@contextmanager
def terminal_safe_streams() -> Iterator[None]:
    """Escape control characters in everything printed to stdout and stderr inside the block."""
    saved = sys.stdout, sys.stderr
    sys.stdout = cast(TextIO, _SafeStream(saved[0]))
    sys.stderr = cast(TextIO, _SafeStream(saved[1]))
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def print_json(value: Any) -> None:
    """Print a JSON value the way every --json output is printed."""
    print(json.dumps(value, ensure_ascii=False, indent=2))


def print_report(lines: list[str]) -> None:
    """Print an importer's report or an exporter's warnings on stderr, one line each."""
    for line in lines:
        print(shown(line), file=sys.stderr)


def print_fields(outcome: ImportOutcome) -> None:
    """Print an import's fields on stderr as a table: field, confidence, what was recognised."""
    entries = outcome.fields
    if not entries:
        return
    width = max(len(_(entry.label)) for entry in entries)
    head = (_("Feld"), _("Sicherheit"), _("Erkannt"))
    width = max(width, len(head[0]))
    print(f"{head[0]:<{width}}  {head[1]:<14}  {head[2]}", file=sys.stderr)
    for entry in entries:
        value = shown(entry.value) or "–"
        label, confidence = _(entry.label), _(entry.confidence.value)
        print(f"{label:<{width}}  {confidence:<14}  {value}", file=sys.stderr)
