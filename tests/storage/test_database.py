"""Opening a database file: settings, and a clear refusal of bad or busy files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desk_app.model import DeskError
from desk_app.storage import InquiryStore, open_database, resolve_location
from tests.storage.conftest import make_inquiry


def assert_one_sentence(error: pytest.ExceptionInfo[DeskError]) -> str:
    message = str(error.value)
    assert message.endswith(".") and "\n" not in message
    assert "sqlite3." not in message and "Traceback" not in message
    return message


def test_creates_the_folder_and_sets_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "neu" / "tief" / "desk.sqlite3"
    db = open_database(path, timeout=2.5)
    try:
        assert path.is_file()
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 2500
    finally:
        db.close()


def test_default_path_comes_from_desk_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DESK_DB", str(tmp_path / "aus-env.sqlite3"))
    assert resolve_location() == tmp_path / "aus-env.sqlite3"
    assert resolve_location(tmp_path / "cli.sqlite3") == tmp_path / "cli.sqlite3"
    with InquiryStore() as store:
        assert store.path == tmp_path / "aus-env.sqlite3"
    assert (tmp_path / "aus-env.sqlite3").is_file()


@pytest.mark.parametrize(
    "content", [b"Hallo, ich bin ein Text.\n", b"PK\x03\x04" + bytes(200), b"\x00" * 4096]
)
def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "brief.docx"
    path.write_bytes(content)
    with pytest.raises(DeskError) as error:
        InquiryStore(path)
    message = assert_one_sentence(error)
    assert message == f"{path} ist keine Anfragen-Desk-Datenbank (keine SQLite-Datei)."
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx"]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DeskError) as error:
        InquiryStore(tmp_path)
    assert_one_sentence(error)


def test_a_database_locked_by_another_connection_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    with InquiryStore(path) as store:
        store.add(make_inquiry())
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DeskError) as error:
            InquiryStore(path, timeout=0.1)
        assert "anderen Programm" in assert_one_sentence(error)
    finally:
        other.execute("ROLLBACK")
        other.close()
    with InquiryStore(path) as store:
        assert store.count() == 1


def test_a_new_database_locked_before_wal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DeskError) as error:
            InquiryStore(path, timeout=0.1)
        assert "anderen Programm" in assert_one_sentence(error)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_save_while_another_process_holds_the_lock_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    with InquiryStore(path, timeout=0.1) as store:
        inquiry = make_inquiry("Vorher")
        inquiry_id = store.add(inquiry)
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN EXCLUSIVE")
            inquiry.questions = []
            with pytest.raises(DeskError) as error:
                store.save(inquiry)
            assert "anderen Programm" in assert_one_sentence(error)
            unsaved = make_inquiry()
            with pytest.raises(DeskError):
                store.add(unsaved)
            assert unsaved.id is None
        finally:
            other.execute("ROLLBACK")
            other.close()
        expected = make_inquiry("Vorher")
        expected.id = inquiry_id
        assert store.get(inquiry_id) == expected
        assert len(store.revisions(inquiry_id)) == 1
        assert store.count() == 1
        assert store.search("Vorher")[0].id == inquiry_id


def test_a_corrupted_database_fails_the_integrity_check(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    with InquiryStore(path) as store:
        for number in range(50):
            store.add(make_inquiry(f"Anfrage {number} " * 20))
    with sqlite3.connect(path) as probe:
        page_size = probe.execute("PRAGMA page_size").fetchone()[0]
        root = probe.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'inquiries'"
        ).fetchone()[0]
    probe.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 8] = b"\x0d\xff\xff\xff\xff\xff\xff\xff"
    path.write_bytes(bytes(data))
    with pytest.raises(DeskError) as error:
        InquiryStore(path)
    assert "beschädigt" in assert_one_sentence(error)
