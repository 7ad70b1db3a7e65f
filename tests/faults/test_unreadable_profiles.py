"""A profile folder the user may not read is named in one sentence, not a crash."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_an_unreadable_user_profile_folder_is_one_sentence() -> None:
    runner = shutil.which("setpriv")
    if os.name != "posix" or os.geteuid() != 0 or runner is None:
        pytest.skip("running the CLI as another user needs root and setpriv")
    folder = Path(tempfile.mkdtemp(prefix="desk-profiles-", dir="/tmp"))
    try:
        mine = folder / "parliaments"
        mine.mkdir()
        mine.chmod(0o700)  # root's folder: the user nobody may not list it
        folder.chmod(0o755)
        env = {**os.environ, "DESK_PROFILES": str(mine), "PYTHONPATH": str(ROOT)}
        env["HOME"] = str(folder)  # nobody's data folder must not be root's
        command = [runner, "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        command += [sys.executable, "-m", "desk_app", "due", "--parliament", "NW"]
        command += ["--kind", "kleine-anfrage", "--from", "2025-04-03"]
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    finally:
        shutil.rmtree(folder)
    assert done.returncode == 2, done.stderr
    message = done.stderr.strip()
    assert message.startswith("desk: ") and "nicht lesbar" in message and str(mine) in message
    assert "\n" not in message and "interner Fehler" not in message
