"""The database server crashes during a save: nothing typed is lost, the journal brings it in.

A server of its own (not the suite's shared one), crashed with pg_ctl's
immediate mode while the save waits for a row a colleague holds, and started
again: the server's crash recovery runs, the desk's next start replays.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import psycopg
import pytest

from desk_app.model import DeskError
from desk_app.service import Desk
from tests.pg_server import (
    PgServer,
    crash_server,
    fresh_database,
    make_template,
    running_server,
    start_server,
    why_not,
)

SAVE_GIVES_UP_S = 20  # the store's lock timeout is 10 s: the crash must end the wait first


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    """Start a server that this test alone uses, since it is crashed."""
    reason = why_not()
    if reason is not None:
        pytest.skip(reason)
    with running_server() as server:
        make_template(server)
        yield server


def _waiting_for_lock(server: PgServer) -> bool:
    """Tell whether some backend of the store's database waits for a lock."""
    with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = 'desk' AND wait_event_type = 'Lock'"
        ).fetchone()
    return row is not None and row[0] > 0


def test_a_save_cut_by_a_server_crash_is_kept_and_lands_after_the_restart(
    own_server, monkeypatch, tmp_path
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = fresh_database(own_server)
    desk = Desk(url, author="anna")
    created = desk.create("NW", "kleine-anfrage", title="Radwege")
    edit = desk.get(created.id)
    edit.notes = "getippt, als der Server abstürzte"
    revisions_before = len(desk.revisions(created.id))

    # A colleague's transaction holds the row: anna's save waits inside the server.
    holder = psycopg.connect(url)
    holder.execute("SELECT id FROM inquiries WHERE id = %s FOR UPDATE", (created.id,))
    outcome: dict[str, object] = {}

    def save() -> None:
        try:
            desk.save_edit(edit)
            outcome["saved"] = True
        except DeskError as error:
            outcome["error"] = str(error)

    saving = threading.Thread(target=save)
    saving.start()
    deadline = time.monotonic() + 5
    while not _waiting_for_lock(own_server):
        assert time.monotonic() < deadline, "the save never reached the server"
        time.sleep(0.05)

    started = time.monotonic()
    crash_server(own_server)
    saving.join(SAVE_GIVES_UP_S)
    assert not saving.is_alive(), "the save hung on a dead server"
    assert time.monotonic() - started < SAVE_GIVES_UP_S
    holder.close()
    assert "error" in outcome and "saved" not in outcome  # said, in one sentence
    assert "\n" not in str(outcome["error"])
    (kept,) = desk.journal().pending()
    assert kept.inquiry.notes == "getippt, als der Server abstürzte"
    desk.close()

    start_server(own_server)  # crash recovery; the uncommitted save left nothing
    again = Desk(url, author="anna")  # the next start of the window
    try:
        assert again.get(created.id).notes == ""
        replay = again.replay_journal()
        assert (replay.saved, replay.waiting) == ([created.id], [])
        assert again.get(created.id).notes == "getippt, als der Server abstürzte"
        assert len(again.revisions(created.id)) == revisions_before + 1
        assert again.journal().pending() == []
    finally:
        again.close()
