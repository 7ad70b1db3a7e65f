"""Hear which inquiries colleagues changed (PostgreSQL's LISTEN), and who has which one open.

Both on a connection of its own, used by one thread (the window's listener),
so that neither a wait nor a dead server ever blocks the window.
"""

from __future__ import annotations

import contextlib
import uuid

import psycopg

from desk_app.model import DeskError
from desk_app.model.location import ServerAddress
from desk_app.storage.server.connection import ServerConnection, connect, server_errors
from desk_app.storage.server.schema import CHANNEL

# A desk refreshes its row far more often than this; an older row is a desk that went away.
PRESENCE_FRESH_S = 60


class ChangeListener:
    """Collect the ids of inquiries that other connections than `own_pid` changed."""

    def __init__(self, address: ServerAddress, own_pid: int, author: str = "") -> None:
        self._conn: ServerConnection = connect(address)
        self._own_pid = own_pid
        self.address = address
        self.author = author
        self.desk = uuid.uuid4().hex  # this desk's presence row, whatever reconnects
        self._may_announce = True  # False once the role turned out to have no right to
        with server_errors(address):
            self._conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> set[int]:
        """Wait up to `timeout` seconds for changes; return the ids others changed (maybe none).

        A connection that broke raises a DeskError; the caller may listen anew later.
        """
        changed: set[int] = set()
        with server_errors(self.address):
            self._listening()
            for note in self._conn.raw.notifies(timeout=timeout, stop_after=1):
                changed |= self._read(note.payload)
            # Whatever else is already there comes in the same turn.
            for note in self._conn.raw.notifies(timeout=0.005):
                changed |= self._read(note.payload)
        return changed

    def _listening(self) -> None:
        """Open the connection anew, listening, if the server restarted or the network was cut.

        Before any statement: the connection's own reopening would not listen.
        """
        if self._conn.raw.broken:
            self._conn.close()
            self._conn = connect(self.address)
            self._conn.execute(f"LISTEN {CHANNEL}")

    def _read(self, payload: str) -> set[int]:
        inquiry_id, _space, pid = payload.partition(" ")
        if not inquiry_id.isdigit() or (pid.isdigit() and int(pid) == self._own_pid):
            return set()
        return {int(inquiry_id)}

    def announce(self, inquiry_id: int | None) -> None:
        """Say that this desk has an inquiry open now (None: none), refreshing the row.

        A role without the right to write (the readers) announces nothing.
        """
        if not self._may_announce:
            return
        with server_errors(self.address):
            self._listening()
            try:
                if inquiry_id is None:
                    self._conn.execute("DELETE FROM presence WHERE desk = ?", (self.desk,))
                    return
                self._conn.execute(
                    "INSERT INTO presence (desk, inquiry_id, author) VALUES (?, ?, ?) "
                    "ON CONFLICT (desk) DO UPDATE SET inquiry_id = excluded.inquiry_id, "
                    "author = excluded.author, seen_at = now(), since = CASE "
                    "WHEN presence.inquiry_id = excluded.inquiry_id THEN presence.since "
                    "ELSE now() END",
                    (self.desk, inquiry_id, self.author),
                )
            except psycopg.errors.InsufficientPrivilege:
                self._may_announce = False  # a reader: neither say nor take back anything

    def editors(self, inquiry_id: int) -> list[str]:
        """Return who else has the inquiry open now (their names, in the order they opened it)."""
        with server_errors(self.address):
            self._listening()
            rows = self._conn.execute(
                "SELECT author FROM presence WHERE inquiry_id = ? AND desk <> ? "
                f"AND seen_at > now() - interval '{PRESENCE_FRESH_S} seconds' ORDER BY since",
                (inquiry_id, self.desk),
            ).fetchall()
        return [str(row[0]) for row in rows]

    def close(self) -> None:
        """Stop listening (and say no inquiry is open here); closing twice is harmless."""
        if not self._conn.raw.closed and not self._conn.raw.broken:
            with contextlib.suppress(DeskError):  # going away; the row expires by itself
                self.announce(None)
        self._conn.close()


def backend_pid(conn: ServerConnection) -> int:
    """Return the server process of a connection: the notifications it causes carry it."""
    return int(conn.raw.info.backend_pid)
