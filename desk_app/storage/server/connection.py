"""Connect to the PostgreSQL server and say in one sentence what went wrong with it.

The store's SQL is written once, with SQLite's `?` and `:name` parameters;
`ServerConnection` hands it to psycopg with psycopg's own placeholders. Every
value still travels as a parameter: nothing a user typed becomes SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg import errors, pq

from desk_app.i18n import _
from desk_app.model import DeskError
from desk_app.model.location import ServerAddress

APPLICATION_NAME = "Anfragen-Desk"
CONNECT_TIMEOUT_S = 5  # libpq's own; a dead server must not freeze the window
STATEMENT_TIMEOUT_MS = 30_000  # a statement the server cannot finish is given up, not waited on
LOCK_TIMEOUT_MS = 10_000  # a row a colleague's save holds longer than this is reported
# Without keepalives a connection to a server that vanished (cable, VPN) waits for
# the operating system's TCP timeout, which can be two hours.
_KEEPALIVES = {
    "keepalives": "1",
    "keepalives_idle": "10",
    "keepalives_interval": "3",
    "keepalives_count": "3",
    "tcp_user_timeout": "15000",
}

NUL_STANDIN = "\ufffd"  # shown where a text held NUL, which the server's text type refuses

# A string literal, a cast (::), a parameter (? or :name) or a percent sign.
_TOKEN = re.compile(r"'(?:[^']|'')*'|::|\?|:([A-Za-z_]\w*)|%")


@lru_cache(maxsize=256)
def server_sql(sql: str) -> str:
    """Return SQL written with `?` and `:name` parameters in psycopg's placeholders."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith("'") or token == "::":
            return token
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        return f"%({match.group(1)})s"

    return _TOKEN.sub(replace, sql)


def _text(value: Any) -> Any:
    return value.replace("\x00", NUL_STANDIN) if isinstance(value, str) else value


def _storable(parameters: Any) -> Any:
    """Return parameters with NUL replaced in texts: PostgreSQL's text cannot hold it.

    Only list columns and search text can meet one: the stored JSON writes
    it as the escape \\u0000, so the inquiry itself keeps it exactly.
    """
    if isinstance(parameters, Mapping):
        return {key: _text(value) for key, value in parameters.items()}
    return [_text(value) for value in parameters]


class ServerConnection:
    """Run the store's statements on one psycopg connection, in autocommit unless BEGIN."""

    def __init__(self, conn: psycopg.Connection[Any], address: ServerAddress) -> None:
        self.raw = conn
        self.address = address

    def execute(
        self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ()
    ) -> psycopg.Cursor[Any]:
        """Execute one statement and return its cursor (fetchone, iteration, rowcount).

        A connection the server or the network broke is opened anew first: after
        a restart the desk goes on without being started again. (A transaction
        it broke is gone with it; its statements raised, so nobody goes on in it.)
        """
        if self.raw.broken:
            self.raw = _open(self.address)
        return self.raw.execute(server_sql(sql), _storable(parameters))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Execute one statement for each row of parameters."""
        with self.raw.cursor() as cursor:
            cursor.executemany(server_sql(sql), (_storable(row) for row in rows))

    @property
    def in_transaction(self) -> bool:
        """Tell whether a transaction is open (also one that failed and awaits ROLLBACK)."""
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        self.raw.close()


def connect(address: ServerAddress) -> ServerConnection:
    """Open a connection with timeouts; libpq finds the password (.pgpass, PGPASSWORD, service)."""
    return ServerConnection(_open(address), address)


def _open(address: ServerAddress) -> psycopg.Connection[Any]:
    """Open the psycopg connection in autocommit, with the session's timeouts set."""
    given = _options(address)
    # What the address says wins; what it leaves open gets a safe default.
    extra: dict[str, Any] = {
        key: value
        for key, value in {
            "connect_timeout": str(CONNECT_TIMEOUT_S),
            "application_name": APPLICATION_NAME,
            **_KEEPALIVES,
        }.items()
        if key not in given
    }
    with server_errors(address):
        conn = psycopg.connect(address.url, autocommit=True, **extra)
        try:
            conn.execute(f"SET statement_timeout = {STATEMENT_TIMEOUT_MS}")
            conn.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
            conn.execute("SET TIME ZONE 'UTC'")
        except BaseException:
            conn.close()
            raise
    return conn


def _options(address: ServerAddress) -> dict[str, Any]:
    """Return what the address sets, or say in one sentence why it is no address."""
    try:
        return psycopg.conninfo.conninfo_to_dict(address.url)
    except psycopg.ProgrammingError as error:
        raise DeskError(
            _("„{address}“ ist keine gültige Serveradresse ({reason}).").format(
                address=address, reason=_first_line(error)
            )
        ) from None


@contextmanager
def server_errors(address: ServerAddress) -> Iterator[None]:
    """Turn any psycopg error raised inside the block into a DeskError of one sentence."""
    try:
        yield
    except psycopg.Error as error:
        raise translate_error(error, address) from None


def translate_error(error: psycopg.Error, address: ServerAddress) -> DeskError:
    """Return a DeskError that says in one sentence what went wrong with the server."""
    reason = _first_line(error)
    text = reason.lower()
    if isinstance(error, errors.InsufficientPrivilege):
        return DeskError(
            _(
                "Ihre Rolle auf dem Datenbankserver {address} hat dafür keine Berechtigung "
                "({reason}); bitte wenden Sie sich an die Verwaltung des Servers."
            ).format(address=address, reason=reason)
        )
    if isinstance(error, errors.ReadOnlySqlTransaction):
        return read_only_server(address)
    if isinstance(error, errors.QueryCanceled | errors.LockNotAvailable):
        return DeskError(
            _(
                "Der Datenbankserver {address} hat nicht rechtzeitig geantwortet "
                "(Zeitüberschreitung); es wurde nichts geändert."
            ).format(address=address)
        )
    if "password" in text or "authentication" in text:
        return DeskError(
            _(
                "Die Anmeldung am Datenbankserver {address} ist fehlgeschlagen ({reason}); "
                "das Passwort kommt aus ~/.pgpass, PGPASSWORD oder einer Dienstdatei."
            ).format(address=address, reason=reason)
        )
    if isinstance(error, errors.InvalidCatalogName) or "does not exist" in text:
        return DeskError(
            _("Auf dem Datenbankserver {address} gibt es das nicht: {reason}.").format(
                address=address, reason=reason
            )
        )
    if isinstance(error, psycopg.OperationalError):
        return DeskError(
            _(
                "Der Datenbankserver {address} ist nicht erreichbar ({reason}); "
                "es wurde nichts geändert."
            ).format(address=address, reason=reason)
        )
    return DeskError(
        _("Der Datenbankserver {address} meldet einen Fehler: {reason}.").format(
            address=address, reason=reason
        )
    )


def read_only_server(address: ServerAddress) -> DeskError:
    """Return the error for a change through a role that may only read."""
    return DeskError(
        _("Ihre Rolle auf dem Datenbankserver {address} darf nur lesen; ändern geht nicht.").format(
            address=address
        )
    )


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return (lines[0] if lines else type(error).__name__).rstrip(".")
