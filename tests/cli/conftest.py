"""Run `desk` in process against a temporary database, as a script would."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desk_app.cli import main
from desk_app.paths import resources_dir

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"


@dataclass
class Result:
    """Hold what one `desk` call printed and returned."""

    status: int
    out: str
    err: str

    def json(self) -> Any:
        """Parse stdout as JSON."""
        return json.loads(self.out)


class Desk:
    """Call `desk --db <tmp> …` and capture its output."""

    def __init__(self, db: Path | str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self._capsys = capsys

    def __call__(self, *args: str) -> Result:
        self._capsys.readouterr()
        status = main(["--db", str(self.db), *args])
        captured = self._capsys.readouterr()
        return Result(status, captured.out, captured.err)


@pytest.fixture
def desk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Desk:
    """Return a `desk` runner bound to a fresh database."""
    return Desk(tmp_path / "test.sqlite3", capsys)


@pytest.fixture
def seed_id(desk: Desk) -> int:
    """Import the seed inquiry and return its id."""
    result = desk("import", str(SEED))
    assert result.status == 0, result.err
    return int(result.out.strip())
