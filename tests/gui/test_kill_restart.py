"""Nothing typed is lost: kill the running app mid-edit, restart, find the text (DESIGN.md §6)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk_app.cli import main as desk
from desk_app.gui.application import instance_lock
from desk_app.model import plain_text
from desk_app.paths import resources_dir
from desk_app.storage import InquiryStore

CHILD = Path(__file__).with_name("typing_child.py")
SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"


def _typed_before(log: Path, moment: float) -> str:
    """Return everything the child typed up to a moment, from its log."""
    words = []
    for line in log.read_text(encoding="utf-8").splitlines():
        stamp, word = line.split("\t")
        if float(stamp) <= moment:
            words.append(word)
    return "".join(words)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_text_typed_two_seconds_before_a_kill_survives(tmp_path):
    db = tmp_path / "kill.sqlite3"
    assert desk(["--db", str(db), "import", str(SEED)]) == 0
    log = tmp_path / "typed.log"
    log.touch()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, str(CHILD), str(db), str(log)], env=env)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:  # wait until it has typed for a while
            lines = log.read_text(encoding="utf-8").splitlines()
            if (
                len(lines) >= 2
                and float(lines[-1].split("\t")[0]) - float(lines[0].split("\t")[0]) > 4
            ):
                break
            assert child.poll() is None, "the app died on its own"
            time.sleep(0.1)
        else:
            pytest.fail("the app did not start typing within a minute")
        child.send_signal(signal.SIGKILL)
        killed_at = time.time()
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    must_survive = _typed_before(log, killed_at - 2.0)
    assert len(must_survive) > 20
    lock = instance_lock(db)  # the dead window's lock is stale, so a restart may open the file
    lock.unlock()
    with InquiryStore.open(db) as store:
        preamble = plain_text(store.get(1).preamble)
    assert must_survive in preamble.replace("\n", "")
