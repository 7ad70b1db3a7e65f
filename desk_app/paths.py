"""Where the app finds its bundled resources and the user's files."""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

APP_NAME = "anfragen-desk"


def resources_dir() -> Path:
    """Return the bundled resources folder (installed package or source checkout)."""
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def _platformdirs() -> ModuleType:
    """Import platformdirs when a folder is first asked for (~15 ms, unused with --db)."""
    import platformdirs

    return platformdirs


def user_data_dir() -> Path:
    """Return the user's data folder for the database and backups."""
    return Path(_platformdirs().user_data_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Return the folder for caches that may be deleted at any time: DESK_CACHE if set."""
    override = os.environ.get("DESK_CACHE")
    if override:
        return Path(override)
    return Path(_platformdirs().user_cache_dir(APP_NAME, appauthor=False))


def user_profiles_dir() -> Path:
    """Return the folder where a user's own parliament profiles override bundled ones."""
    override = os.environ.get("DESK_PROFILES")
    return Path(override) if override else user_data_dir() / "parliaments"


def default_db_path() -> Path:
    """Return the database path: DESK_DB if set, else the file in the data folder."""
    override = os.environ.get("DESK_DB")
    return Path(override) if override else user_data_dir() / "desk.sqlite3"
