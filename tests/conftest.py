"""Test set-up shared by the whole suite."""

from __future__ import annotations

import os

import pytest

# Qt must know before any QApplication exists that there is no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test away from the real user's database and profiles."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("DESK_DB", str(home / "desk.sqlite3"))
    monkeypatch.setenv("DESK_PROFILES", str(home / "parliaments"))
