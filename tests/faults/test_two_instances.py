"""Two app instances on one database: the second window is refused, CLI writers lose nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk_app.cli import main as desk
from desk_app.gui.application import open_session
from desk_app.model import DeskError
from desk_app.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("autosave_child.py")
SEED_FILE = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """Return a database holding the seed inquiry as inquiry 1."""
    db = tmp_path / "shared.sqlite3"
    assert desk(["--db", str(db), "import", str(SEED_FILE)]) == 0
    return db


def test_a_second_window_is_refused_with_a_clear_message(seeded, tmp_path, qapp):
    log = tmp_path / "first.log"
    first = subprocess.Popen(
        [sys.executable, str(CHILD), str(seeded), str(log), "a", "1"],
        env=ENV,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 60
        while not (log.exists() and log.read_text(encoding="utf-8")):
            assert first.poll() is None, "the first window died"
            assert time.time() < deadline, "the first window did not come up"
            time.sleep(0.05)
        with pytest.raises(DeskError) as refused:
            open_session(seeded)
    finally:
        first.kill()
        first.wait()
    message = str(refused.value)
    assert "schon geöffnet" in message and str(seeded) in message
    assert "\n" not in message and "Traceback" not in message


def _desk(db: Path, *args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "desk_app", "--db", str(db), *args]
    return subprocess.Popen(
        command, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_concurrent_cli_writers_lose_no_update(seeded):
    # Each process sets another field of the same inquiry at the same moment:
    # a read-modify-write outside one transaction would drop all but one.
    values = {
        "title": "Neuer Titel",
        "drucksache": "17/9999",
        "faction": "Fraktion X",
        "lead_ministry": "Ministerium für Tests",
        "notes": "Notiz",
        "dates.submitted": "2020-02-20",
        "dates.answered": "2020-03-20",
        "number": "4711",
    }
    writers = [_desk(seeded, "set", "1", field, value) for field, value in values.items()]
    for writer in writers:
        _out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
    shown = subprocess.run(
        [sys.executable, "-m", "desk_app", "--db", str(seeded), "show", "1", "--json"],
        env=ENV,
        capture_output=True,
        text=True,
        check=True,
    )
    data = json.loads(shown.stdout)
    landed = {
        "title": data["title"],
        "drucksache": data["drucksache"],
        "faction": data["faction"],
        "lead_ministry": data["lead_ministry"],
        "notes": data["notes"],
        "dates.submitted": data["dates"]["submitted"],
        "dates.answered": data["dates"]["answered"],
        "number": data["number"],
    }
    assert landed == values
