"""`desk` as a process ends at once after its verb, with all output and the right status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desk_app.paths import resources_dir

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"


def desk(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m desk_app --db DB ARGS…` as the user's shell would."""
    command = [sys.executable, "-m", "desk_app", "--db", str(db), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_piped_output_arrives_whole_and_the_status_is_kept(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    for _ in range(40):  # the same paper 40 times: --force, or the second would be refused
        assert desk(db, "import", str(SEED), "--force").returncode == 0
    listed = desk(db, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)  # a cut-off pipe buffer would not parse
    assert len(rows) == 40 and {row["parliament"] for row in rows} == {"NW"}
    missing = desk(db, "show", "999")
    assert missing.returncode == 2
    assert missing.stderr.strip() == "desk: Keine Anfrage mit der Nummer 999."


def test_an_exported_file_is_complete_when_the_process_has_ended(tmp_path: Path) -> None:
    db, out = tmp_path / "desk.sqlite3", tmp_path / "seed.pdf"
    assert desk(db, "import", str(SEED)).returncode == 0
    done = desk(db, "export", "1", "--format", "pdf", "-o", str(out))
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert not list(tmp_path.glob("*.tmp*"))  # no temporary file left beside it
