"""Test set-up shared by the whole suite."""

from __future__ import annotations

import os

import pytest

# Qt must know before any QApplication exists that there is no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite reads German, the source language, whatever the machine's locale; the
# language tests set theirs explicitly (and child processes inherit this).
os.environ["LANGUAGE"] = "de"
# Exports compared byte for byte carry this fixed creation time instead of the real one.
os.environ.setdefault("SOURCE_DATE_EPOCH", "946684800")


@pytest.fixture(autouse=True)
def _german_after_each_test():
    """Give every test the source language back, whatever the test before it switched to."""
    yield
    from desk_app.i18n import current_language, set_language

    if current_language() != "de":
        set_language("de")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test away from the real user's database and profiles."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("DESK_DB", str(home / "desk.sqlite3"))
    monkeypatch.setenv("DESK_PROFILES", str(home / "parliaments"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))  # the journal, window locks


@pytest.fixture(scope="session")
def pg_server():
    """Start one throwaway PostgreSQL server for the whole run (skipped where none can start)."""
    from tests.pg_server import make_template, running_server, why_not

    reason = why_not()
    if reason is not None:
        pytest.skip(reason)
    with running_server() as server:
        make_template(server)
        yield server


@pytest.fixture
def pg_url(pg_server) -> str:
    """Return the URL of a new, empty store database on the test server."""
    from tests.pg_server import fresh_database

    return fresh_database(pg_server)


@pytest.fixture
def english():
    """Show one test the program in English (the autouse fixture above gives German back)."""
    from desk_app.i18n import set_language

    set_language("en")
    yield
