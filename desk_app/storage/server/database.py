"""Open the store's database on a PostgreSQL server: connect, migrate, learn the role's rights."""

from __future__ import annotations

from contextlib import AbstractContextManager

from desk_app.model import DeskError
from desk_app.model.location import ServerAddress
from desk_app.storage.server import schema
from desk_app.storage.server.connection import (
    ServerConnection,
    connect,
    read_only_server,
    server_errors,
)
from desk_app.storage.server.dialect import POSTGRES


class ServerDatabase:
    """Hold the connection to the server's database, as storage.database.Database holds a file."""

    dialect = POSTGRES

    def __init__(self, conn: ServerConnection, *, read_only: bool) -> None:
        self.conn = conn
        self.read_only = read_only
        self.location = conn.address

    def errors(self) -> AbstractContextManager[None]:
        """Return the block that turns the server's errors into one sentence."""
        return server_errors(self.location)

    def read_only_error(self) -> DeskError:
        """Return the error for a change this role may not make."""
        return read_only_server(self.location)

    def schema_version(self) -> int:
        """Return how many of this app's migrations the database has applied."""
        with self.errors():
            return len(schema.applied_migrations(self.conn))

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        self.conn.close()


def open_server(address: ServerAddress) -> ServerDatabase:
    """Connect to the database, bring its schema up to date, and see whether we may write."""
    conn = connect(address)
    try:
        with server_errors(address):
            schema.migrate(conn)
            # The server's roles decide: one that may not change inquiries reads only.
            row = conn.execute(
                "SELECT has_table_privilege('inquiries', 'INSERT') "
                "AND has_table_privilege('inquiries', 'UPDATE') "
                "AND has_table_privilege('inquiries', 'DELETE') "
                "AND has_table_privilege('revisions', 'INSERT')"
            ).fetchone()
        return ServerDatabase(conn, read_only=row is None or not row[0])
    except BaseException:
        conn.close()
        raise
