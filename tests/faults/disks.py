"""Real small disks for fault tests: a tmpfs that fills up, or one remounted read-only (root)."""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """Mount a tmpfs of `size` on folder, or skip the test where that is impossible."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("a real full or read-only disk needs a tmpfs mount, which needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"tmpfs mount refused here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def remount(folder: Path, mode: str) -> None:
    """Remount a tmpfs read-only ("ro") or writable again ("rw")."""
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk under folder with a filler file until fewer than `leave` bytes are free."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 4096
    with filler.open("wb") as stream:
        try:
            while os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize > leave:
                stream.write(chunk)
                stream.flush()
        except OSError as error:
            if error.errno != errno.ENOSPC:
                raise
    return filler
