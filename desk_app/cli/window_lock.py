"""Whether a running window has a database open (read from its Qt lock file, without Qt)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.i18n import _
from desk_app.model.errors import DeskError

_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")

if TYPE_CHECKING:
    from desk_app.service import Location


def window_pid(db_path: Path) -> int | None:
    """Return the PID of a live window holding the database's lock, or None.

    The window takes `<db>.lock` with QLockFile, which writes the PID, the app
    name, the host name, the machine id and the boot id, one per line. A lock
    left by a killed window, or from before a reboot, is not a live window.
    """
    try:
        lines = Path(f"{db_path}.lock").read_text(encoding="utf-8").splitlines()
        pid = int(lines[0])
    except (OSError, ValueError, IndexError):
        return None
    if len(lines) > 2 and lines[2] != _host_name():
        return None  # another machine's process cannot be checked from here
    booted = _BOOT_ID.read_text(encoding="utf-8").strip() if _BOOT_ID.exists() else None
    if len(lines) > 4 and booted is not None and booted != lines[4].strip():
        return None  # written before the last reboot
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid  # alive, owned by someone else
    return pid


def _host_name() -> str:
    """Return this machine's host name as QLockFile writes it (gethostname)."""
    # os.uname() is gethostname() on POSIX without importing socket (~4 ms per start).
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def refuse_while_window_open(db_path: Location) -> None:
    """Raise when a window has the database file open: its next autosave would undo our change.

    A server's store needs no such guard: a save against a version someone
    else replaced is refused by the store itself (StaleInquiry).
    """
    if not isinstance(db_path, Path):
        return
    pid = window_pid(db_path)
    if pid is not None:
        raise DeskError(
            _(
                "Anfragen-Desk hat {path} gerade im Fenster geöffnet (Prozess {pid}); bitte dort "
                "ändern oder das Fenster schließen, damit keine Änderung verloren geht."
            ).format(path=db_path, pid=pid)
        )
