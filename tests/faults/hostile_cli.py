"""Run the real `desk` process against a temporary database and home, for the hostile tests."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60  # a hang detector, not a benchmark


class Cli:
    """Call `desk --db DB …` as a separate process with its own home (and so its own crash log)."""

    def __init__(self, db: Path, home: Path) -> None:
        self.db = db
        self.home = home
        self.env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "DESK_CACHE": str(home / "cache"),
            "DESK_PROFILES": str(home / "parliaments"),
        }
        self.env.pop("DESK_DB", None)

    def command(self, *args: str) -> list[str]:
        """Return the argv of one `desk` call."""
        return [sys.executable, "-m", "desk_app", "--db", str(self.db), *args]

    def run(self, *args: str, **options: Any) -> subprocess.CompletedProcess[str]:
        """Run `desk` to its end and return what it printed."""
        return subprocess.run(
            self.command(*args),
            env=self.env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            **options,
        )

    def ok(self, *args: str) -> str:
        """Run `desk`, assert it succeeded, and return its stdout."""
        done = self.run(*args)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def refused(self, *args: str) -> str:
        """Run `desk`, assert it refused with one German sentence, and return the sentence."""
        done = self.run(*args)
        assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
        return one_sentence(done.stderr)

    def state(self) -> Any:
        """Return everything the store shows: the list and each inquiry in full."""
        listed = json.loads(self.ok("list", "--json"))
        return listed, [json.loads(self.ok("show", str(row["id"]), "--json")) for row in listed]

    def crash_logs(self) -> list[Path]:
        """Return the crash logs written under this home (there must be none)."""
        return sorted(self.home.rglob("crash.log"))


def one_sentence(stderr: str) -> str:
    """Assert stderr is one `desk:` sentence without a traceback or internal error; return it."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    line = lines[0]
    assert line.startswith("desk: ") and line.endswith("."), line
    assert "Traceback" not in stderr and "interner Fehler" not in stderr, stderr
    return line


def digest(path: Path) -> str:
    """Return a file's SHA-256."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def seeded_cli(tmp_path: Path, extra: int = 0) -> Cli:
    """Return a Cli on a store holding the seed inquiry as 1 and `extra` small ones after it."""
    from desk_app.paths import resources_dir
    from desk_app.service import Desk

    db = tmp_path / "store" / "desk.sqlite3"
    desk = Desk(db)
    try:
        desk.import_file(resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md")
        for number in range(extra):
            desk.create("NW", title=f"Zusatzanfrage Nummer {number}")
    finally:
        desk.close()
    home = tmp_path / "home"
    home.mkdir()
    return Cli(db, home)
