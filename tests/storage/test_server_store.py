"""What is the server's own: its roles, its schema versions, its search, a server that is gone."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest

from desk_app.model import DeskError, paragraph
from desk_app.storage import InquiryStore
from desk_app.storage.server import schema
from desk_app.storage.server.connection import server_sql
from tests.pg_server import admin, end_connections, fresh_database, running_server
from tests.storage.conftest import make_inquiry

SETUP = Path(__file__).parents[2] / "docs" / "server-setup.sql"


def _run_setup(server) -> None:
    """Run docs/server-setup.sql as its comment says psql would: statement by statement."""
    database = "postgres"
    for part in SETUP.read_text(encoding="utf-8").split(";"):
        lines = [line for line in part.splitlines() if not line.strip().startswith("--")]
        for line in [line for line in lines if line.strip().startswith("\\connect")]:
            database = line.split()[1]
            lines.remove(line)
        statement = "\n".join(lines).strip()
        if statement:
            admin(server, statement, database)


def test_the_documented_roles_read_write_and_read_only(pg_server) -> None:
    _run_setup(pg_server)
    admin(pg_server, "CREATE ROLE mmueller LOGIN IN ROLE desk_staff")
    admin(pg_server, "CREATE ROLE leitung LOGIN IN ROLE desk_readers")
    try:
        # The owner's first desk lays out the schema; staff write; the leadership reads.
        with InquiryStore(pg_server.url("anfragen", "desk_owner")) as owner:
            assert not owner.read_only
        with InquiryStore(pg_server.url("anfragen", "mmueller"), author="mmueller") as staff:
            assert not staff.read_only
            inquiry_id = staff.add(make_inquiry("Radwege"))
            inquiry = staff.get(inquiry_id)
            inquiry.notes = "geprüft"
            staff.save(inquiry)
            staff.delete(inquiry_id)
            staff.restore_deleted(inquiry_id)
            staff_listener = staff.listen()
            assert staff_listener is not None
            staff_listener.announce(inquiry_id)  # staff may say what they have open
        with InquiryStore(pg_server.url("anfragen", "leitung")) as reader:
            listener = reader.listen()
            assert listener is not None
            listener.announce(inquiry_id)  # readers may not: nothing said, no error
            listener.announce(None)
            assert listener.editors(inquiry_id) == ["mmueller"]
            listener.close()
            staff_listener.close()
            assert reader.read_only
            assert [row.title for row in reader.list()] == ["Radwege"]
            assert reader.search("Radwege") and reader.revisions(inquiry_id)
            with pytest.raises(DeskError, match="darf nur lesen"):
                reader.add(make_inquiry("Neu"))
            with pytest.raises(DeskError, match="darf nur lesen"):
                reader.save(reader.get(inquiry_id))
            assert reader.count() == 1
    finally:
        admin(pg_server, "DROP DATABASE anfragen WITH (FORCE)")
        for role in ("mmueller", "leitung", "desk_staff", "desk_readers", "desk_owner"):
            admin(pg_server, f"DROP ROLE {role}")


def test_a_role_that_may_not_lay_out_the_schema_is_told_so(pg_server) -> None:
    admin(pg_server, "CREATE DATABASE leer")
    admin(pg_server, "CREATE ROLE gast LOGIN")
    admin(pg_server, "REVOKE CREATE ON SCHEMA public FROM PUBLIC", "leer")
    try:
        with pytest.raises(DeskError, match="keine Berechtigung") as refused:
            InquiryStore(pg_server.url("leer", "gast"))
        assert "\n" not in str(refused.value)
    finally:
        admin(pg_server, "DROP DATABASE leer WITH (FORCE)")
        admin(pg_server, "DROP ROLE gast")


def test_an_empty_database_gets_every_migration_once(pg_server) -> None:
    url = fresh_database(pg_server, "neu")
    admin(pg_server, "DROP DATABASE neu WITH (FORCE)")
    admin(pg_server, "CREATE DATABASE neu")
    try:
        with InquiryStore(url) as store:
            assert store.schema_version == len(schema.MIGRATIONS)
        with InquiryStore(url) as again:  # opening again migrates nothing
            assert again.schema_version == len(schema.MIGRATIONS)
        with psycopg.connect(url) as conn:
            names = [row[0] for row in conn.execute("SELECT name FROM desk_schema")]
        assert names == schema.known_migrations()
    finally:
        admin(pg_server, "DROP DATABASE neu WITH (FORCE)")


def test_a_newer_or_foreign_database_is_refused_unchanged(pg_url) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO desk_schema VALUES (99, '0099_future', now()::text)")
    known = len(schema.MIGRATIONS)
    with pytest.raises(DeskError, match=rf"Schema-Version {known + 1}.*nur bis Version {known}"):
        InquiryStore(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP TABLE desk_schema")
        conn.execute("CREATE TABLE kunden (name text)")
        conn.execute("DROP TABLE inquiries CASCADE")
    with pytest.raises(DeskError, match="keine Anfragen-Desk-Datenbank"):
        InquiryStore(pg_url)


def test_german_search_finds_forms_of_a_word_and_ranks_the_title_first(server_store) -> None:
    in_text = server_store.add(
        make_inquiry("Haushalt 2025", preamble="Es geht um die Förderungen des Landes.")
    )
    in_title = server_store.add(make_inquiry("Förderung der Kitas"))
    assert [row.id for row in server_store.search("Förderung")] == [in_title, in_text]
    # Without the umlaut too, as SQLite's index finds it.
    assert {row.id for row in server_store.search("Forderungen")} == {in_title, in_text}
    assert [row.id for row in server_store.search("Förd*")] == [in_title, in_text]


def test_the_server_refuses_data_that_is_no_json(server_store) -> None:
    inquiry_id = server_store.add(make_inquiry())
    with pytest.raises(psycopg.errors.DataError):  # the CHECK's cast refuses it
        server_store._conn.execute(
            "UPDATE inquiries SET data = 'kaputt' WHERE id = ?", (inquiry_id,)
        )


def test_placeholders_are_the_servers_but_literals_and_casts_stay() -> None:
    assert server_sql("SELECT ? , :name, '?:x %', a::json, 5 % 2") == (
        "SELECT %s , %(name)s, '?:x %', a::json, 5 %% 2"
    )


def test_an_unreachable_server_is_one_sentence_and_no_wait(tmp_path) -> None:
    started = time.monotonic()
    with pytest.raises(DeskError) as refused:
        InquiryStore(f"postgresql:///desk?host={tmp_path}&user=niemand")
    assert time.monotonic() - started < 10
    message = str(refused.value)
    assert "nicht erreichbar" in message and "\n" not in message
    assert list(tmp_path.iterdir()) == []


def test_a_password_in_the_address_is_never_shown(tmp_path) -> None:
    with pytest.raises(DeskError) as refused:
        InquiryStore(f"postgresql://anna:geheim123@/desk?host={tmp_path}")
    assert "geheim123" not in str(refused.value)


def test_a_server_that_goes_away_is_said_and_nothing_is_half_written(clock) -> None:
    with running_server() as server:
        admin(server, "CREATE DATABASE desk")
        store = InquiryStore(server.url("desk"), now=clock)
        inquiry_id = store.add(make_inquiry("Vor dem Ausfall"))
        end_connections(server)  # as a restart or a network cut would
        edited = make_inquiry("Nach dem Ausfall")
        edited.id = inquiry_id
        with pytest.raises(DeskError, match=r"nicht erreichbar|abgebrochen") as refused:
            store.save(edited)
        assert "\n" not in str(refused.value)
        store.close()
        with InquiryStore(server.url("desk"), now=clock) as again:
            assert again.get(inquiry_id).title == paragraph("Vor dem Ausfall")
            assert len(again.revisions(inquiry_id)) == 1


def test_a_listener_hears_a_colleagues_change_not_its_own(pg_url, clock) -> None:
    with (
        InquiryStore(pg_url, now=clock, author="anna") as anna,
        InquiryStore(pg_url, now=clock, author="bernd") as bernd,
    ):
        listener = anna.listen()
        assert listener is not None
        try:
            mine = anna.add(make_inquiry("Eigene"))
            assert listener.wait(0.3) == set()  # her own save is no news to her
            started = time.monotonic()
            theirs = bernd.add(make_inquiry("Seine"))
            assert listener.wait(2.0) == {theirs}
            assert time.monotonic() - started < 2.0
            inquiry = bernd.get(mine)
            inquiry.notes = "von Bernd"
            bernd.save(inquiry)
            bernd.delete(theirs)
            heard: set[int] = set()
            deadline = time.monotonic() + 2.0
            while heard != {mine, theirs} and time.monotonic() < deadline:
                heard |= listener.wait(0.5)
            assert heard == {mine, theirs}
        finally:
            listener.close()


def test_a_file_store_has_nothing_to_listen_to(sqlite_store) -> None:
    assert sqlite_store.listen() is None


def test_after_the_connection_broke_the_next_save_goes_through(clock) -> None:
    with running_server() as server:
        admin(server, "CREATE DATABASE desk")
        with InquiryStore(server.url("desk"), now=clock) as store:
            inquiry_id = store.add(make_inquiry("Vor dem Abbruch"))
            end_connections(server)  # as a restart or a network cut would
            edited = make_inquiry("Danach")
            edited.id = inquiry_id
            with pytest.raises(DeskError):
                store.save(edited)  # the first statement finds the connection gone
            store.save(edited)  # the next one opens it anew
            assert store.get(inquiry_id).title == paragraph("Danach")
