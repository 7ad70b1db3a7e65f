"""Exports are written whole or not at all; a good file is never overwritten by a failure."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from desk_app.formats.safe_write import write_atomically
from desk_app.model import DeskError


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "out.md"
    write_atomically(target, b"one")
    write_atomically(target, b"two")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]
    assert target.stat().st_mode & 0o777 == 0o644


def test_folder_in_place_of_the_file(tmp_path):
    (tmp_path / "out.md").mkdir()
    with pytest.raises(DeskError, match="Ordner"):
        write_atomically(tmp_path / "out.md", b"x")


def test_parent_that_is_a_file(tmp_path):
    (tmp_path / "file").write_text("keep")
    with pytest.raises(DeskError, match="kein Ordner"):
        write_atomically(tmp_path / "file" / "out.md", b"x")
    assert (tmp_path / "file").read_text() == "keep"


@pytest.fixture
def tiny_disk(tmp_path: Path):
    """Mount a 64 KiB tmpfs (root only) to make a disk that fills up for real."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("a real full disk needs a tmpfs mount, which needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"tmpfs mount refused here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_full_disk_keeps_the_previous_file_and_leaves_no_temp(tiny_disk):
    target = tiny_disk / "seed.md"
    target.write_bytes(b"good old export")
    with pytest.raises(DeskError, match="voll"):
        write_atomically(target, b"x" * 200_000)
    assert target.read_bytes() == b"good old export"
    assert [p.name for p in tiny_disk.iterdir()] == ["seed.md"]
