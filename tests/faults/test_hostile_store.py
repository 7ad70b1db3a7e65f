"""Stores the program must not write: a newer schema, an empty file, a read-only folder."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.storage.migrations import known_migrations
from tests.faults.disks import remount, tmpfs
from tests.faults.hostile_cli import Cli, digest, one_sentence, seeded_cli

VERBS = [
    ("list",),
    ("list", "--json"),
    ("show", "1"),
    ("search", "Subsidiarität"),
    ("set", "1", "title", "Neu"),
]


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """Return the CLI on a store with the seed inquiry as 1."""
    return seeded_cli(tmp_path)


def _newer(db: Path, how: str) -> None:
    """Make the store look as a later program left it: a higher version or an unknown migration."""
    conn = sqlite3.connect(db)
    if how == "user_version":
        conn.execute("PRAGMA user_version = 9")
    else:
        conn.execute("PRAGMA journal_mode = DELETE")  # our WAL switch would rewrite the header
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('anfragen-desk', '0004_future', '2030-01-01')"
        )
    conn.commit()
    conn.close()


@pytest.mark.parametrize("how", ["user_version", "migration"])
@pytest.mark.parametrize("verb", VERBS, ids=" ".join)
def test_a_newer_store_is_refused_and_left_byte_for_byte(cli: Cli, how: str, verb):
    _newer(cli.db, how)
    before = digest(cli.db)
    sentence = cli.refused(*verb)
    known = len(known_migrations())
    version = 9 if how == "user_version" else known + 1
    assert f"Schema-Version {version}" in sentence and f"bis Version {known}" in sentence
    assert digest(cli.db) == before
    assert sorted(p.name for p in cli.db.parent.iterdir()) == [cli.db.name]
    assert not cli.crash_logs()


def test_an_empty_file_is_refused_not_initialised(tmp_path: Path):
    db = tmp_path / "leer.sqlite3"
    db.write_bytes(b"")
    home = tmp_path / "home"
    home.mkdir()
    cli = Cli(db, home)
    for verb in VERBS:
        assert "leere Datei" in cli.refused(*verb)
    assert db.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "leer.sqlite3"]


def test_a_missing_store_is_created(tmp_path: Path):
    cli = Cli(tmp_path / "neu" / "desk.sqlite3", tmp_path)
    assert cli.ok("list") == ""
    assert cli.db.read_bytes().startswith(b"SQLite format 3\x00")
    assert [p.name for p in cli.db.parent.iterdir() if p.name.startswith(".")] == []


def _reads_and_refuses_changes(cli: Cli, db: Path) -> None:
    """Assert list, search and show work and a change is refused, with the file unchanged."""
    before = digest(db)
    listed = cli.ok("list")
    assert "kleine-anfrage" in listed
    assert cli.ok("search", "Subsidiarität").split()[0] == "1"
    assert "Subsidiarit" in cli.ok("show", "1")
    assert cli.ok("show", "1", "--json")
    assert "schreibgeschützt" in cli.refused("set", "1", "title", "Neu")
    assert digest(db) == before
    assert not cli.crash_logs()


def test_a_store_on_a_read_only_disk_can_be_read(cli: Cli, tmp_path: Path):
    with tmpfs(tmp_path / "ro", "8m") as disk:
        db = disk / "desk.sqlite3"
        shutil.copyfile(cli.db, db)
        remount(disk, "ro")
        _reads_and_refuses_changes(Cli(db, cli.home), db)
        assert sorted(p.name for p in disk.iterdir()) == ["desk.sqlite3"]


@pytest.fixture
def nobody_folder(tmp_path: Path) -> Iterator[Path]:
    """Return a folder outside pytest's private tmp that the user nobody may read but not write."""
    runner = shutil.which("setpriv")
    if os.name != "posix" or os.geteuid() != 0 or runner is None:
        pytest.skip("running the CLI as another user needs root and setpriv")
    folder = Path(tempfile.mkdtemp(prefix="desk-ro-", dir="/tmp"))
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_a_store_in_a_folder_without_write_rights_can_be_read(cli: Cli, nobody_folder: Path):
    store = nobody_folder / "ablage"
    store.mkdir()
    db = store / "desk.sqlite3"
    shutil.copyfile(cli.db, db)
    home = nobody_folder / "home"
    home.mkdir()
    home.chmod(0o777)  # nobody's home: its crash log would land here
    db.chmod(0o644)
    store.chmod(0o555)
    nobody_folder.chmod(0o755)
    as_nobody = _NobodyCli(db, home)
    probe = as_nobody.run("list")
    if probe.returncode != 0 and "Permission denied" in probe.stderr:
        pytest.skip(f"nobody cannot run this Python here: {probe.stderr.strip()[:200]}")
    _reads_and_refuses_changes(as_nobody, db)
    assert sorted(p.name for p in store.iterdir()) == ["desk.sqlite3"]


class _NobodyCli(Cli):
    """Run `desk` as the user nobody, who may read the store's folder but not write it."""

    def command(self, *args: str) -> list[str]:
        """Return the argv of one `desk` call as nobody."""
        return [
            "setpriv",
            "--reuid=nobody",
            "--regid=nogroup",
            "--clear-groups",
            *super().command(*args),
        ]


def test_one_sentence_helper_rejects_internal_errors():
    with pytest.raises(AssertionError):
        one_sentence("desk: interner Fehler (OSError); Details in x.")


def test_the_desk_tells_a_face_that_its_store_is_read_only(cli: Cli, tmp_path: Path):
    from desk_app.model import DeskError
    from desk_app.service import Desk

    with tmpfs(tmp_path / "ro", "8m") as disk:
        db = disk / "desk.sqlite3"
        shutil.copyfile(cli.db, db)
        remount(disk, "ro")
        desk = Desk(db)
        try:
            assert desk.read_only
            assert desk.list()[0].id == 1
            with pytest.raises(DeskError, match="schreibgeschützt"):
                desk.set_field(1, "title", "Neu")
        finally:
            desk.close()
    writable = Desk(cli.db)
    try:
        assert not writable.read_only
    finally:
        writable.close()
