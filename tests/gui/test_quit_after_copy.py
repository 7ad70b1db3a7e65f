"""Quitting after copying footnoted text must not crash (Qt deletes clipboard data late)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desk_app.cli import main as desk

CHILD = Path(__file__).with_name("quit_after_copy_child.py")


def test_quit_after_copy_exits_cleanly_and_keeps_the_text(tmp_path):
    db = tmp_path / "copy.sqlite3"
    assert (
        desk(
            [
                "--db",
                str(db),
                "new",
                "--parliament",
                "NW",
                "--kind",
                "kleine-anfrage",
                "--title",
                "Kopierter Titel",
            ]
        )
        == 0
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        "HOME": str(tmp_path),
    }  # the child's QSettings stay in the test's folder
    done = subprocess.run(
        [sys.executable, str(CHILD), str(db)], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "clipboard:Kopierter Titel" in done.stdout
