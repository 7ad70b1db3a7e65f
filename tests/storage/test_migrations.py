"""Schema versions: a new file gets the latest, re-opening changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desk_app.model import DeskError
from desk_app.storage import InquiryStore
from desk_app.storage.migrations import known_migrations
from tests.storage.conftest import make_inquiry


def schema(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


def test_a_fresh_database_gets_the_latest_version(tmp_path: Path) -> None:
    with InquiryStore(tmp_path / "desk.sqlite3") as store:
        assert store.schema_version == len(known_migrations())
        user_version = store._conn.execute("PRAGMA user_version").fetchone()[0]
        assert user_version == len(known_migrations())
        tables = {name for (name,) in store._conn.execute("SELECT name FROM sqlite_master")}
        assert {"inquiries", "revisions", "inquiry_fts", "sources"} <= tables


def test_reopening_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    with InquiryStore(path) as store:
        inquiry_id = store.add(make_inquiry())
    before = schema(path)
    for _ in range(3):
        with InquiryStore(path) as store:
            assert store.schema_version == len(known_migrations())
            assert store.get(inquiry_id).id == inquiry_id
    assert schema(path) == before
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    finally:
        conn.close()
    assert rows == len(known_migrations())


def test_revisions_cascade_with_foreign_keys(tmp_path: Path) -> None:
    with InquiryStore(tmp_path / "desk.sqlite3") as store:
        inquiry_id = store.add(make_inquiry())
        store._conn.execute("DELETE FROM inquiries WHERE id = ?", (inquiry_id,))
        assert store._conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == 0


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "fremd.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunden (name TEXT)")
    conn.commit()
    conn.close()
    before = schema(path)
    with pytest.raises(DeskError, match="keine Anfragen-Desk-Datenbank"):
        InquiryStore(path)
    assert schema(path) == before


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    InquiryStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('anfragen-desk', '9999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(DeskError, match="neueren Version"):
        InquiryStore(path)
