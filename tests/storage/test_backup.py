"""Backups: consistent copies that open on their own, the newest few kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desk_app.storage import InquiryStore, backups
from tests.storage.conftest import make_inquiry


def test_backup_is_a_complete_database(store: InquiryStore, tmp_path: Path) -> None:
    ids = [store.add(make_inquiry(f"Anfrage {n}")) for n in range(3)]
    target = store.backup(tmp_path / "sicherungen")
    assert target.parent == tmp_path / "sicherungen"
    assert target.name == "desk-20240301-090004.sqlite3"
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    with InquiryStore(target) as copy:
        assert [s.id for s in copy.list(order="id")] == ids
        assert copy.get(ids[0]) == store.get(ids[0])
        assert copy.search("Anfrage")


def test_rotation_keeps_the_newest(store: InquiryStore, tmp_path: Path) -> None:
    store.add(make_inquiry())
    made = [store.backup(tmp_path / "b", keep=3) for _ in range(5)]
    assert backups(tmp_path / "b", "desk") == made[-3:]
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [p.name for p in made[-3:]]


def test_rotation_leaves_other_files_alone(store: InquiryStore, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "notizen.txt").write_text("bleibt")
    (folder / "anders-20200101-000000.sqlite3").write_bytes(b"")
    store.backup(folder, keep=1)
    store.backup(folder, keep=1)
    assert len(list(folder.iterdir())) == 3


def test_keep_must_be_positive(store: InquiryStore, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        store.backup(tmp_path, keep=0)
