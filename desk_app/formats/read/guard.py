"""Refuse files before reading them: missing, special, too big, or archives that unpack too much."""

from __future__ import annotations

import copy
import io
import os
import stat
import zipfile
import zlib
from pathlib import Path

from desk_app.i18n import N_, _
from desk_app.model import DeskError

MAX_BYTES = 50 * 1024 * 1024  # no inquiry or answer comes near this; a bigger file is a mistake
MAX_UNPACKED = 200 * 1024 * 1024  # what all members of an archive may unpack to together
MAX_RATIO = 100  # real Office parts compress 5–20 fold; a bomb compresses thousands fold
RATIO_FROM = 1024 * 1024  # small parts may compress well without being a bomb
MAX_MEMBERS = 10_000
CHUNK = 1024 * 1024  # what one read may return: memory stays bounded whatever a file claims
_BOMB = N_(
    "Die Datei würde entpackt mehr als {limit} MB belegen oder ist verdächtig stark gepackt "
    "(ZIP-Bombe); sie wird nicht gelesen."
)


# A wrong size, an unknown method, a password or a broken stream: the archive is damaged.
_DAMAGED = (
    zipfile.BadZipFile,
    NotImplementedError,
    RuntimeError,
    ValueError,
    OSError,
    EOFError,
    zlib.error,
)
_LYING = N_(
    "Ein Teil der Datei entpackt sich zu mehr, als das ZIP-Archiv angibt (ZIP-Bombe); "
    "sie wird nicht gelesen."
)
_DAMAGED_SENTENCE = N_("Die Datei ist kein gültiges {what} (beschädigtes ZIP-Archiv).")


def read_file_limited(path: Path, what: str, limit: int = MAX_BYTES) -> bytes:
    """Return a regular file's bytes, refusing a missing, special, empty or oversized file."""
    try:
        info = path.stat()  # follows links: what counts is what would be read
    except FileNotFoundError:
        raise DeskError(_("Die Datei „{path}“ gibt es nicht.").format(path=path)) from None
    except OSError as error:
        raise DeskError(
            _("Die Datei „{path}“ ließ sich nicht lesen: {reason}.").format(
                path=path, reason=error.strerror
            )
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise DeskError(_("„{path}“ ist ein Ordner, keine Datei.").format(path=path))
    _refuse_special(path, info.st_mode)
    _refuse_size(path, info.st_size, what, limit)
    try:
        data = _read_bounded(path, limit)
    except OSError as error:
        raise DeskError(
            _("Die Datei „{path}“ ließ sich nicht lesen: {reason}.").format(
                path=path, reason=error.strerror
            )
        ) from None
    if data is None:  # the file grew while it was read
        _refuse_size(path, limit + 1, what, limit)
    assert data is not None
    if not data.strip():
        raise DeskError(_("Die Datei „{path}“ ist leer.").format(path=path))
    return data


def _refuse_special(path: Path, mode: int) -> None:
    """Refuse devices, pipes and sockets: their size says nothing and a read may never end."""
    if not stat.S_ISREG(mode):
        raise DeskError(
            _(
                "„{path}“ ist keine gewöhnliche Datei (etwa ein Gerät oder eine Pipe) "
                "und wird nicht gelesen."
            ).format(path=path)
        )


def _refuse_size(path: Path, size: int, what: str, limit: int) -> None:
    """Refuse a file bigger than the limit, naming both sizes."""
    if size > limit:
        raise DeskError(
            _(
                "Die Datei „{path}“ ist mit {size} MB zu groß für {what} (höchstens {limit} MB)."
            ).format(
                path=path, size=f"{size / 1_048_576:.0f}", what=_(what), limit=limit // 1_048_576
            )
        )


def _read_bounded(path: Path, limit: int) -> bytes | None:
    """Return at most `limit` bytes of a regular file, or None when it holds more."""
    # O_NONBLOCK: if a pipe was swapped in after the check, opening it must not wait for a writer.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    descriptor = os.open(path, flags)
    with os.fdopen(descriptor, "rb", buffering=0) as handle:
        _refuse_special(path, os.fstat(descriptor).st_mode)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = handle.read(min(CHUNK, limit + 1 - total))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            total += len(chunk)
    return None


def open_zip(data: bytes, what: str) -> zipfile.ZipFile:
    """Open bytes as a zip archive after checking what its members claim to unpack to.

    The declared sizes may lie; `read_members` enforces them while unpacking.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (*_DAMAGED, zipfile.LargeZipFile):
        # NotImplementedError: a central directory claiming a ZIP version Python cannot read.
        raise DeskError(
            _("Die Datei ist kein gültiges {what} (kein lesbares ZIP-Archiv).").format(what=_(what))
        ) from None
    if len(members) > MAX_MEMBERS:
        raise DeskError(
            _("Die Datei enthält {count} Teile; das ist kein {what}.").format(
                count=len(members), what=_(what)
            )
        )
    total = 0
    for member in members:
        total += member.file_size
        bomb = member.file_size > RATIO_FROM and member.file_size > MAX_RATIO * max(
            member.compress_size, 1
        )
        if bomb or total > MAX_UNPACKED:
            raise DeskError(_(_BOMB).format(limit=MAX_UNPACKED // 1_048_576))
    return archive


def read_members(archive: zipfile.ZipFile, what: str) -> dict[str, bytes]:
    """Unpack every member in bounded chunks, refusing one that inflates beyond what it declares.

    zipfile's read() of a whole member inflates up to 2 GB in one call before
    cutting it to the declared size, so a member whose header lies fills the
    memory; reading a stream in small pieces keeps every step bounded.
    """
    members: dict[str, bytes] = {}
    total = 0
    for info in archive.infolist():
        if info.is_dir():
            continue
        # One byte more than declared: a stream that holds more shows itself by returning it.
        # zipfile would check the checksum on the cut stream first and blame the archive;
        # the checksum is checked here instead, over what was read.
        probe = copy.copy(info)
        probe.file_size += 1
        del probe.CRC
        # A BytesIO hands its buffer over in getvalue(); joining chunks held the part twice.
        unpacked = io.BytesIO()
        size = checksum = 0
        try:
            with archive.open(probe) as stream:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    total += len(chunk)
                    if size > info.file_size:
                        raise DeskError(_(_LYING))
                    if total > MAX_UNPACKED:
                        raise DeskError(_(_BOMB).format(limit=MAX_UNPACKED // 1_048_576))
                    checksum = zlib.crc32(chunk, checksum)
                    unpacked.write(chunk)
        except DeskError:
            raise
        except _DAMAGED:
            raise DeskError(_(_DAMAGED_SENTENCE).format(what=_(what))) from None
        if size != info.file_size or checksum != info.CRC:
            raise DeskError(_(_DAMAGED_SENTENCE).format(what=_(what)))
        members[info.filename] = unpacked.getvalue()
    return members
