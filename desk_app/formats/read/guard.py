"""Refuse files before reading them: missing, too big, or zip archives that unpack to too much."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from desk_app.model import DeskError

MAX_BYTES = 50 * 1024 * 1024  # no inquiry or answer comes near this; a bigger file is a mistake
MAX_UNPACKED = 200 * 1024 * 1024  # what all members of an archive may unpack to together
MAX_RATIO = 100  # real Office parts compress 5–20 fold; a bomb compresses thousands fold
RATIO_FROM = 1024 * 1024  # small parts may compress well without being a bomb
MAX_MEMBERS = 10_000


def read_file_limited(path: Path, what: str, limit: int = MAX_BYTES) -> bytes:
    """Return a file's bytes, refusing a missing, empty or oversized file before reading it."""
    if not path.exists():
        raise DeskError(f"Die Datei „{path}“ gibt es nicht.")
    if path.is_dir():
        raise DeskError(f"„{path}“ ist ein Ordner, keine Datei.")
    try:
        size = path.stat().st_size
        if size > limit:
            raise DeskError(
                f"Die Datei „{path}“ ist mit {size / 1_048_576:.0f} MB zu groß für {what} "
                f"(höchstens {limit // 1_048_576} MB)."
            )
        data = path.read_bytes()
    except OSError as error:
        raise DeskError(f"Die Datei „{path}“ ließ sich nicht lesen: {error.strerror}.") from None
    if not data.strip():
        raise DeskError(f"Die Datei „{path}“ ist leer.")
    return data


def open_zip(data: bytes, what: str) -> zipfile.ZipFile:
    """Open bytes as a zip archive after checking what its members claim to unpack to.

    zipfile stops reading a member at its declared size, so checking the
    declared sizes is enough to keep a zip bomb from filling the memory.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise DeskError(f"Die Datei ist kein gültiges {what} (kein lesbares ZIP-Archiv).") from None
    if len(members) > MAX_MEMBERS:
        raise DeskError(f"Die Datei enthält {len(members)} Teile; das ist kein {what}.")
    total = 0
    for member in members:
        total += member.file_size
        bomb = member.file_size > RATIO_FROM and member.file_size > MAX_RATIO * max(
            member.compress_size, 1
        )
        if bomb or total > MAX_UNPACKED:
            raise DeskError(
                f"Die Datei würde entpackt mehr als {MAX_UNPACKED // 1_048_576} MB belegen "
                "oder ist verdächtig stark gepackt (ZIP-Bombe); sie wird nicht gelesen."
            )
    return archive
