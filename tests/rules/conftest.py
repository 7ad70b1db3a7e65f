"""Shared helpers for the rules tests: real profile folders copied to tmp_path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desk_app.paths import resources_dir

BUNDLED = resources_dir() / "parliaments"
SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"


@pytest.fixture
def nw_copy(tmp_path: Path) -> Path:
    """Return a writable copy of the bundled NW profile folder."""
    target = tmp_path / "profiles" / "NW"
    shutil.copytree(BUNDLED / "NW", target)
    return target


def replace_in(path: Path, old: str, new: str) -> None:
    """Replace text in a file, failing loudly if the old text is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
