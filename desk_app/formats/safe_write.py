"""Write a file so that it is either wholly there or not touched at all."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

from desk_app.i18n import N_, _
from desk_app.model.errors import DeskError

# The path that means standard output, as in most command line tools.
STANDARD_OUTPUT = Path("-")

_REASONS = {
    errno.ENOSPC: N_("der Datenträger ist voll"),
    errno.EDQUOT: N_("das Speicherkontingent ist erschöpft"),
    errno.EACCES: N_("keine Schreibberechtigung"),
    errno.EPERM: N_("keine Schreibberechtigung"),
    errno.EROFS: N_("der Datenträger ist schreibgeschützt"),
    errno.ENOENT: N_("den Ordner gibt es nicht"),
    errno.ENOTDIR: N_("ein Teil des Pfades ist kein Ordner"),
    errno.ENAMETOOLONG: N_("der Name ist zu lang"),
    errno.ELOOP: N_("der Pfad enthält eine Schleife symbolischer Links"),
}


def write_atomically(path: Path, data: bytes) -> None:
    """Write bytes beside the real target of `path` and rename them into place; `-` is stdout."""
    if Path(path) == STANDARD_OUTPUT:
        _write_standard_output(data)
        return
    try:
        # A link is kept and its target replaced: renaming onto the link itself
        # would turn it into a regular file and leave the linked file stale.
        target = Path(os.path.realpath(path))
        _refuse_special(Path(path), target)
        temp_name = None
        try:
            handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            # mkstemp makes a private file; an export should be readable like any other.
            os.chmod(temp_name, target.stat().st_mode & 0o777 if target.exists() else 0o644)
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp_name, target)
            temp_name = None
        finally:
            if temp_name is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temp_name)
    except OSError as error:
        reason = _REASONS.get(error.errno or 0)
        reason = _(reason) if reason else (error.strerror or _("unbekannter Fehler"))
        raise DeskError(
            _("{path} ließ sich nicht schreiben: {reason}.").format(path=path, reason=reason)
        ) from None


def _refuse_special(given: Path, target: Path) -> None:
    """Refuse a target that is a folder, a device, a FIFO or a socket: only files are replaced."""
    try:
        # The given path, followed by the kernel: /dev/stdout leads to a pipe
        # or a terminal, which realpath cannot name.
        mode = os.stat(given).st_mode
    except FileNotFoundError:
        return  # a new file, or a link to one
    if stat.S_ISDIR(mode):
        raise DeskError(
            _("{path} ist ein Ordner; bitte einen Dateinamen angeben.").format(path=given)
        )
    if not stat.S_ISREG(mode):
        # Replacing /dev/full or a named pipe would destroy what the system put there.
        raise DeskError(
            _(
                "{path} ist keine gewöhnliche Datei "
                "(sondern ein Gerät, eine Pipe oder ein Socket); "
                "für die Standardausgabe bitte -o - angeben."
            ).format(path=given)
        )


def _write_standard_output(data: bytes) -> None:
    """Write bytes unchanged to standard output, after any text already printed."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
