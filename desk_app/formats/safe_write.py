"""Write a file so that it is either wholly there or not touched at all."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from desk_app.model.errors import DeskError

_REASONS = {
    errno.ENOSPC: "der Datenträger ist voll",
    errno.EDQUOT: "das Speicherkontingent ist erschöpft",
    errno.EACCES: "keine Schreibberechtigung",
    errno.EPERM: "keine Schreibberechtigung",
    errno.EROFS: "der Datenträger ist schreibgeschützt",
    errno.ENOENT: "den Ordner gibt es nicht",
    errno.ENOTDIR: "ein Teil des Pfades ist kein Ordner",
}


def write_atomically(path: Path, data: bytes) -> None:
    """Write bytes to a temporary file beside `path` and rename it into place."""
    target = Path(path)
    if target.is_dir():
        raise DeskError(f"{target} ist ein Ordner; bitte einen Dateinamen angeben.")
    folder = target.parent if str(target.parent) else Path(".")
    temp_name = None
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
        # mkstemp makes a private file; an export should be readable like any other.
        os.chmod(temp_name, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
        temp_name = None
    except OSError as error:
        reason = _REASONS.get(error.errno or 0, error.strerror or "unbekannter Fehler")
        raise DeskError(f"{target} ließ sich nicht schreiben: {reason}.") from None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
