"""Databases of every released schema version open, upgrade and keep their content."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from desk_app.storage import InquiryStore
from desk_app.storage.migrations import known_migrations
from tests.faults.make_fixture import FIXTURES, expected_content

FIXTURE_FILES = sorted(FIXTURES.glob("schema_v*.sqlite3"))


def test_there_is_a_fixture_for_the_current_schema_version():
    # A new migration without a fixture of the version before it would go untested.
    assert FIXTURES / f"schema_v{len(known_migrations())}.sqlite3" in FIXTURE_FILES


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda path: path.stem)
def test_an_old_database_upgrades_without_loss(fixture: Path, tmp_path: Path):
    db = tmp_path / fixture.name
    shutil.copyfile(fixture, db)
    expected = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    with InquiryStore.open(db) as store:
        assert store.schema_version == len(known_migrations())
        assert expected_content(store) == expected
        # Still writable after the upgrade: a save adds a revision and is found again.
        inquiry = store.get(1)
        inquiry.notes = "nach dem Upgrade"
        store.save(inquiry)
        assert store.get(1).notes == "nach dem Upgrade"
        assert len(store.revisions(1)) == expected["inquiries"]["1"]["revisions"] + 1
    InquiryStore.open(tmp_path / "fresh.sqlite3").close()
    assert _schema(db) == _schema(tmp_path / "fresh.sqlite3")  # upgraded = created new
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(known_migrations())
    finally:
        conn.close()


def _schema(path: Path) -> list[tuple[str, str, str]]:
    """Return every table, index and trigger with its SQL."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
        return [tuple(row) for row in rows]
    finally:
        conn.close()
