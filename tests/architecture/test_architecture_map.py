"""ARCHITECTURE.md names every folder and top-level module of the package, and no gone ones."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desk_app"


def _entries() -> set[str]:
    """Return the package's top-level modules and folders, and the folders inside formats/."""
    names = {
        f"desk_app/{path.name}" + ("/" if path.is_dir() else "")
        for path in PACKAGE.iterdir()
        if path.name != "__pycache__" and (path.is_dir() or path.suffix == ".py")
    }
    names.discard("desk_app/__init__.py")
    names |= {
        f"desk_app/formats/{path.name}/"
        for path in (PACKAGE / "formats").iterdir()
        if path.is_dir() and path.name != "__pycache__"
    }
    return names


def test_every_folder_and_top_level_module_is_on_the_map():
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    missing = sorted(name for name in _entries() if f"`{name}`" not in text)
    assert missing == []


def test_the_map_names_nothing_that_is_gone():
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(desk_app/[\w/.]+)`", text))
    gone = sorted(name for name in named if not (ROOT / name.rstrip("/")).exists())
    assert gone == []
