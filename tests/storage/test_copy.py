"""A whole store moves between a SQLite file and the server and back, verified; backups too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desk_app.model import DeskError, Source
from desk_app.service.moving import copy_store
from desk_app.storage import InquiryStore
from tests.storage.conftest import FakeClock, make_inquiry


def _fill(store: InquiryStore) -> dict[str, int]:
    """Give a store inquiries with several revisions, one in the trash and a source."""
    kept = store.add(make_inquiry("Radwege in Köln"))
    inquiry = store.get(kept)
    inquiry.sources["s1"] = Source("s1", "https://example.org/radwege", "Radverkehrsplan", "Stadt")
    inquiry.notes = "Entwurf 2"
    store.save(inquiry)
    store.mark(kept, "exported", '{"format": "pdf"}')
    gone = store.add(make_inquiry("Alte Anfrage"))
    store.delete(gone)
    return {"kept": kept, "gone": gone}


def _state(store: InquiryStore, ids: dict[str, int]) -> tuple:
    """Return what a user could see of a store: inquiries, history, trash, sources, search."""
    kept = ids["kept"]
    return (
        [(row.id, row.title, row.status, row.updated_at) for row in store.list(order="id")],
        store.get(kept),
        store.revisions(kept),
        [(d.id, d.title, d.deleted_at) for d in store.deleted()],
        store.find_source("https://example.org/radwege"),
        [row.id for row in store.search("Radwege")],
        store.version(kept),
    )


@pytest.mark.parametrize("direction", ["file to server", "server to file"])
def test_a_store_moves_whole_and_back(direction, tmp_path, pg_url, clock: FakeClock) -> None:
    file = tmp_path / "desk.sqlite3"
    source, target = (file, pg_url) if direction == "file to server" else (pg_url, file)
    with InquiryStore(source, now=clock, author="anna") as original:
        ids = _fill(original)
        before = _state(original, ids)
    report = copy_store(source, target)
    assert report.rows == {"inquiries": 1, "revisions": 3, "trash": 1, "sources": 1}
    with InquiryStore(target, now=clock) as copied:
        assert _state(copied, ids) == before
        assert {r.author for r in copied.revisions(ids["kept"])} == {"anna"}
        copied.restore_deleted(ids["gone"])  # the trash came along, revisions and all
        assert len(copied.revisions(ids["gone"])) == 2
        # New revisions carry on after the copied ones.
        assert copied.revisions(ids["gone"])[0].id > max(r.id for r in before[2])
        new = copied.add(make_inquiry("Neu nach dem Umzug"))
        assert new > ids["gone"]
    # And on into another file, with what was done after the move.
    with InquiryStore(target, now=clock) as moved:
        after = _state(moved, ids)
    back = tmp_path / "weiter.sqlite3"
    assert copy_store(target, back).rows["inquiries"] == 3
    with InquiryStore(back, now=clock) as onward:
        assert _state(onward, ids) == after


def test_a_target_that_holds_inquiries_is_refused_and_left_alone(tmp_path, pg_url) -> None:
    file = tmp_path / "desk.sqlite3"
    with InquiryStore(file) as original:
        original.add(make_inquiry("Meine"))
    with InquiryStore(pg_url) as server:
        server.add(make_inquiry("Schon da"))
    with pytest.raises(DeskError, match="leeren Speicher"):
        copy_store(file, pg_url)
    with InquiryStore(pg_url) as server:
        assert [row.title for row in server.list()] == ["Schon da"]


def test_a_failed_copy_into_a_new_file_leaves_no_file(tmp_path, pg_url) -> None:
    with InquiryStore(pg_url) as server:
        server.add(make_inquiry("Auf dem Server"))
    target = tmp_path / "neu.sqlite3"
    with InquiryStore(target) as other:
        other.add(make_inquiry("Belegt"))
    with pytest.raises(DeskError):
        copy_store(pg_url, target)  # an existing file stays as it was
    assert target.exists()
    with pytest.raises(DeskError, match="derselbe Speicher"):
        copy_store(pg_url, pg_url)
    with pytest.raises(DeskError, match="gibt es nicht"):
        copy_store(tmp_path / "fehlt.sqlite3", tmp_path / "ziel.sqlite3")
    assert not (tmp_path / "ziel.sqlite3").exists()


def test_a_servers_backup_is_a_store_file_of_its_own(server_store, tmp_path: Path) -> None:
    ids = _fill(server_store)
    before = _state(server_store, ids)
    target = server_store.backup(tmp_path / "Sicherungen")
    assert target.name.startswith("desk-") and target.suffix == ".sqlite3"
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    with InquiryStore(target) as copy:
        assert _state(copy, ids) == before
    assert [p.name for p in (tmp_path / "Sicherungen").iterdir()] == [target.name]
