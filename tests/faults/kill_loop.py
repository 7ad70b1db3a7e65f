"""Kill a typing app window at a random moment and check what the database kept."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from desk_app.gui.application import instance_lock
from desk_app.model import plain_text
from desk_app.storage import InquiryStore

CHILD = Path(__file__).with_name("autosave_child.py")
ROOT = Path(__file__).resolve().parents[2]
SAVED_WITHIN_S = 2.0  # docs/DESIGN.md §6: nothing older than this may be lost


@dataclass(slots=True)
class Kill:
    """Say when one run was killed and what it had typed by then (moment, word)."""

    killed_at: float
    typed: list[tuple[float, str]]
    during_startup: bool

    def must_survive(self) -> str:
        """Return the text typed more than SAVED_WITHIN_S before the kill, in order."""
        return "".join(
            word for stamp, word in self.typed if stamp <= self.killed_at - SAVED_WITHIN_S
        )


def _read_log(log: Path) -> list[tuple[float, str]]:
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    # A line cut off by the kill has no tab yet; it was never confirmed as typed.
    return [
        (float(stamp), word) for stamp, word in (line.split("\t") for line in lines if "\t" in line)
    ]


def kill_once(
    db: Path, folder: Path, tag: str, rng: random.Random, waits: tuple[float, float] = (0.0, 3.5)
) -> Kill:
    """Start the app, let it type, SIGKILL it at a random moment, and return what it typed."""
    log = folder / f"{tag}.log"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(CHILD), str(db), str(log), tag, str(rng.randrange(10**6))]
    child = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    during_startup = rng.random() < 0.15
    try:
        if during_startup:  # the store is opening, migrating or loading the inquiry
            time.sleep(rng.uniform(0.05, 1.5))
        else:
            deadline = time.time() + 60
            while not _read_log(log):
                if child.poll() is not None:
                    raise AssertionError(f"the app died on its own: {child.stderr.read().decode()}")
                if time.time() > deadline:
                    raise AssertionError("the app did not start typing within a minute")
                time.sleep(0.02)
            time.sleep(rng.uniform(*waits))  # seconds of typing before the kill
        alive = child.poll() is None
        child.send_signal(signal.SIGKILL)
        killed_at = time.time()
        child.wait(timeout=10)
        if not alive:
            raise AssertionError(f"the app died on its own: {child.stderr.read().decode()}")
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stderr.close()
    return Kill(killed_at, _read_log(log), during_startup)


def check_database(db: Path, kill: Kill) -> None:
    """Assert a restart may open the file, it passes integrity_check, no old word is lost."""
    lock = instance_lock(db)  # the killed window's lock is stale: a new window gets it
    lock.unlock()
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    with InquiryStore.open(db) as store:
        preamble = plain_text(store.get(1).preamble).replace("\n", "")
    expected = kill.must_survive()
    assert expected in preamble, (
        f"lost typed text: {len(kill.typed)} words typed, "
        f"{expected[-60:]!r} not at the end of {preamble[-120:]!r}"
    )
