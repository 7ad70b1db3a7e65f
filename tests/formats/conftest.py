"""Shared fixtures of the format tests: the real profiles and the seed text."""

from __future__ import annotations

import pytest

from desk_app.paths import resources_dir
from desk_app.rules.registry import ProfileRegistry

SEED_PATH = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"


@pytest.fixture(scope="session")
def registry(tmp_path_factory: pytest.TempPathFactory) -> ProfileRegistry:
    """Return the bundled profiles, without any user profiles."""
    return ProfileRegistry.load(user_dir=tmp_path_factory.mktemp("no-user-profiles"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """Return the seed inquiry's text byte for byte as received."""
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep the writers' start-up caches (the PDF font tables) out of the real user's folder."""
    monkeypatch.setenv("DESK_CACHE", str(tmp_path_factory.getbasetemp() / "desk-cache"))
