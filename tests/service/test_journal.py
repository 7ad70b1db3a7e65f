"""The journal keeps what a store refused or could not take, and brings it in later."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.model import DeskError, paragraph
from desk_app.paths import user_data_dir
from desk_app.service import Desk, StaleInquiry
from desk_app.storage import InquiryStore
from tests.pg_server import end_connections


def _edit(desk: Desk, inquiry_id: int, notes: str):
    inquiry = desk.get(inquiry_id)
    inquiry.notes = notes
    return inquiry


def test_an_edit_the_server_could_not_take_is_kept_and_brought_in_later(pg_server, pg_url):
    desk = Desk(pg_url, author="anna")
    created = desk.create("NW", "kleine-anfrage", title="Radwege")
    edit = _edit(desk, created.id, "getippt, als der Server weg war")
    end_connections(pg_server)  # as a restart or a network cut would
    with pytest.raises(DeskError):
        desk.save_edit(edit)
    desk.close()  # the window closes: the edit must not go with it
    (kept,) = desk.journal().pending()
    assert kept.inquiry.notes == "getippt, als der Server weg war"
    again = Desk(pg_url, author="anna")  # the next start
    try:
        replay = again.replay_journal()
        assert (replay.saved, replay.waiting) == ([created.id], [])
        assert again.get(created.id).notes == "getippt, als der Server weg war"
        assert again.journal().pending() == []
    finally:
        again.close()


def test_an_edit_against_a_colleagues_newer_save_waits_in_the_journal(pg_url):
    desk = Desk(pg_url, author="anna")
    try:
        created = desk.create("NW", "kleine-anfrage", title="Radwege")
        mine = _edit(desk, created.id, "meins")
        with InquiryStore(pg_url, author="bernd") as colleague:
            theirs = colleague.get(created.id)
            theirs.title = paragraph("Radwege und Brücken")
            colleague.save(theirs, expected=colleague.seen_version(created.id))
        with pytest.raises(StaleInquiry):
            desk.save_edit(mine)
        other = Desk(pg_url)
        try:
            replay = other.replay_journal()
        finally:
            other.close()
        assert replay.saved == [] and "von bernd geändert" in replay.waiting[0]
        assert [k.inquiry.notes for k in desk.journal().pending()] == ["meins"]
        assert desk.get(created.id).notes == ""  # his version stands, hers waits
    finally:
        desk.close()


def test_a_save_that_lands_leaves_no_journal(tmp_path: Path):
    desk = Desk(tmp_path / "desk.sqlite3")
    try:
        created = desk.create("NW", "kleine-anfrage", title="Radwege")
        desk.save_edit(_edit(desk, created.id, "gespeichert"))
        assert not (user_data_dir() / "journal.sqlite3").exists()
        assert desk.replay_journal().saved == []
    finally:
        desk.close()
