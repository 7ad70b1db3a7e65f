"""A real, throwaway PostgreSQL server for the tests: initdb in a temporary folder, a Unix socket.

The server binaries come from Debian's `postgresql` package (tools/system_deps.sh
installs it for the tests). `initdb` and `postgres` refuse to run as root, and CI
runs as root: the server then runs as the `postgres` system user, in a folder
that user owns (docs/TECH_NOTES.md). It listens on a socket only, never on a
network port, and is stopped when the tests end.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

SERVER_USER = "postgres"  # the system user Debian's package creates
START_TIMEOUT_S = 30


@dataclass(frozen=True)
class PgServer:
    """Name a running test server: its socket folder and a libpq URL for a database on it."""

    socket_dir: Path
    user: str
    data_dir: Path  # pg_ctl's -D: the tests stop and start the server with it

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        """Return the libpq URL of a database on this server, through its socket."""
        return f"postgresql:///{database}?host={self.socket_dir}&user={user or self.user}"


def server_binaries() -> Path | None:
    """Return the folder with initdb and pg_ctl, or None when PostgreSQL is not installed."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def why_not() -> str | None:
    """Return why no test server can be started here, or None when one can."""
    if server_binaries() is None:
        return "PostgreSQL's server binaries are not installed (tools/system_deps.sh --test)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root without a {SERVER_USER!r} user to run the server as"
    return None


def _run(*command: str) -> None:
    """Run a server command, as the postgres user when the tests run as root."""
    prefix = ["runuser", "-u", SERVER_USER, "--"] if os.geteuid() == 0 else []
    subprocess.run([*prefix, *command], check=True, capture_output=True, text=True)


def _pg_ctl(server: PgServer, *arguments: str) -> None:
    binaries = server_binaries()
    assert binaries is not None, why_not()
    _run(str(binaries / "pg_ctl"), "-D", str(server.data_dir), *arguments)


def start_server(server: PgServer) -> None:
    """Start the server in its folder (again, after stop_server), waiting until it accepts."""
    options = f"-c listen_addresses='' -k {server.socket_dir} -c fsync=off"
    log = server.data_dir.parent / "server.log"
    _pg_ctl(server, "-o", options, "-l", str(log), "-w", "-t", str(START_TIMEOUT_S), "start")


def crash_server(server: PgServer) -> None:
    """Stop the server as a crash would: every process aborted at once, no checkpoint.

    pg_ctl's immediate mode; the next start runs the server's crash recovery.
    """
    _pg_ctl(server, "-m", "immediate", "-w", "stop")


@contextmanager
def running_server() -> Iterator[PgServer]:
    """Start a fresh server in a temporary folder, yield it, and stop and remove it after."""
    binaries = server_binaries()
    assert binaries is not None, why_not()
    as_root = os.geteuid() == 0
    user = SERVER_USER if as_root else pwd.getpwuid(os.geteuid()).pw_name
    folder = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    if as_root:
        account = pwd.getpwnam(SERVER_USER)
        for path in (folder, sockets):
            os.chown(path, account.pw_uid, account.pw_gid)
    server = PgServer(sockets, user, data)
    try:
        _run(str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", user, "-E", "UTF8")
        start_server(server)
        try:
            yield server
        finally:
            # A test that crashed the server and failed before its restart left none running.
            with suppress(subprocess.CalledProcessError):
                _pg_ctl(server, "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


TEMPLATE = "desk_template"  # a database with the store's schema, copied for each test
TEST_DATABASE = "desk"


def admin(server: PgServer, sql: str, database: str = "postgres") -> None:
    """Run one statement outside a transaction as the server's superuser."""
    import psycopg

    with psycopg.connect(server.url(database), autocommit=True) as conn:
        conn.execute(sql)  # type: ignore[arg-type]  # the tests' own fixed statements


def make_template(server: PgServer) -> None:
    """Create the template database and let the store lay out its schema in it."""
    from desk_app.storage import InquiryStore

    admin(server, f"CREATE DATABASE {TEMPLATE}")
    InquiryStore(server.url(TEMPLATE)).close()


def fresh_database(server: PgServer, name: str = TEST_DATABASE) -> str:
    """Drop and re-create a database from the template; return its URL."""
    admin(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin(server, f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    return server.url(name)


def end_connections(server: PgServer, database: str = TEST_DATABASE) -> None:
    """End every client connection to a database, as a server restart or a network cut would."""
    admin(
        server,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{database}' AND pid <> pg_backend_pid()",
    )
