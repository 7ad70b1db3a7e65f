"""Full disk and read-only disk during export and save: one clear sentence, nothing damaged."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.cli import main as desk
from desk_app.model import DeskError, Paragraph, Run
from desk_app.paths import resources_dir
from desk_app.storage import InquiryStore
from tests.faults.disks import fill, remount, tmpfs

ROOT = Path(__file__).resolve().parents[2]
SEED_FILE = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _desk(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "desk_app", *args]
    return subprocess.run(command, env=ENV, capture_output=True, text=True, timeout=120)


def _one_sentence(stderr: str) -> str:
    """Assert stderr is one line starting with "desk:" and return it."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("desk: ") and "Traceback" not in stderr
    return lines[0]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """Return a database (on the normal disk) holding the seed inquiry as inquiry 1."""
    db = tmp_path / "desk.sqlite3"
    assert desk(["--db", str(db), "import", str(SEED_FILE)]) == 0
    return db


@pytest.mark.parametrize("fmt", ["pdf", "docx", "md"])
def test_export_to_a_full_disk_keeps_the_previous_file(seeded, tmp_path, fmt):
    with tmpfs(tmp_path / "tiny", "256k") as disk:
        target = disk / f"seed.{fmt}"
        target.write_bytes(b"the good export of yesterday")
        fill(disk)
        done = _desk("--db", str(seeded), "export", "1", "--format", fmt, "-o", str(target))
        assert done.returncode == 2
        assert "voll" in _one_sentence(done.stderr)
        assert target.read_bytes() == b"the good export of yesterday"
        assert sorted(path.name for path in disk.iterdir()) == ["filler.bin", target.name]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_export_into_a_read_only_folder_keeps_the_previous_file(seeded, tmp_path, fmt):
    with tmpfs(tmp_path / "ro", "1m") as disk:
        target = disk / f"seed.{fmt}"
        target.write_bytes(b"the good export of yesterday")
        remount(disk, "ro")
        done = _desk("--db", str(seeded), "export", "1", "--format", fmt, "-o", str(target))
        assert done.returncode == 2
        assert "schreibgeschützt" in _one_sentence(done.stderr)
        assert target.read_bytes() == b"the good export of yesterday"


def test_save_on_a_full_disk_fails_cleanly_and_keeps_the_previous_content(seeded, tmp_path):
    with tmpfs(tmp_path / "tiny", "4m") as disk:
        db = disk / "desk.sqlite3"
        db.write_bytes(seeded.read_bytes())
        with InquiryStore.open(db) as store:
            before = store.get(1)
            filler = fill(disk)
            grown = store.get(1)
            grown.preamble.append(Paragraph([Run("Wachstum " * 120_000)]))  # ~1 MB
            with pytest.raises(DeskError) as failed:
                store.save(grown)
            message = str(failed.value)
            assert "\n" not in message and message.endswith(".")
            assert "Datenträger" in message or "voll" in message
            assert store.get(1) == before  # the failed transaction left nothing behind
            filler.unlink()
            store.save(grown)  # with room again, the same save works
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
        with InquiryStore.open(db) as store:
            assert len(store.revisions(1)) == 2


def test_set_on_a_read_only_disk_says_so_and_changes_nothing(seeded, tmp_path):
    with tmpfs(tmp_path / "ro", "4m") as disk:
        db = disk / "desk.sqlite3"
        db.write_bytes(seeded.read_bytes())
        digest = _digest(db)
        remount(disk, "ro")
        done = _desk("--db", str(db), "set", "1", "title", "Neu")
        assert done.returncode == 2
        line = _one_sentence(done.stderr)
        assert str(db) in line and "schreibgeschützt" in line
        with InquiryStore.open(db) as store, pytest.raises(DeskError):
            store.save(store.get(1))  # a read-only store reads, and refuses changes
        assert _digest(db) == digest
