"""Hear which inquiries colleagues changed: PostgreSQL's LISTEN on a connection of its own."""

from __future__ import annotations

from desk_app.model.location import ServerAddress
from desk_app.storage.server.connection import ServerConnection, connect, server_errors
from desk_app.storage.server.schema import CHANNEL


class ChangeListener:
    """Collect the ids of inquiries that other connections than `own_pid` changed."""

    def __init__(self, address: ServerAddress, own_pid: int) -> None:
        self._conn: ServerConnection = connect(address)
        self._own_pid = own_pid
        self.address = address
        with server_errors(address):
            self._conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> set[int]:
        """Wait up to `timeout` seconds for changes; return the ids others changed (maybe none).

        A connection that broke raises a DeskError; the caller may listen anew later.
        """
        changed: set[int] = set()
        with server_errors(self.address):
            if self._conn.raw.broken:  # the server restarted or the network was cut
                self._conn.close()
                self._conn = connect(self.address)
                self._conn.execute(f"LISTEN {CHANNEL}")
            for note in self._conn.raw.notifies(timeout=timeout, stop_after=1):
                changed |= self._read(note.payload)
            # Whatever else is already there comes in the same turn.
            for note in self._conn.raw.notifies(timeout=0.005):
                changed |= self._read(note.payload)
        return changed

    def _read(self, payload: str) -> set[int]:
        inquiry_id, _space, pid = payload.partition(" ")
        if not inquiry_id.isdigit() or (pid.isdigit() and int(pid) == self._own_pid):
            return set()
        return {int(inquiry_id)}

    def close(self) -> None:
        """Stop listening; closing twice is harmless."""
        self._conn.close()


def backend_pid(conn: ServerConnection) -> int:
    """Return the server process of a connection: the notifications it causes carry it."""
    return int(conn.raw.info.backend_pid)
