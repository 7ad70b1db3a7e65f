"""Open the SQLite file safely and turn SQLite failures into one sentence for the user."""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import Any

from desk_app.i18n import _
from desk_app.model import DeskError
from desk_app.model.location import (
    Location,
    ServerAddress,
    environment_location,
    parse_location,
)
from desk_app.paths import default_db_path
from desk_app.storage.dialect import SQLITE

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_TIMEOUT = 5.0


def resolve_location(location: str | Path | ServerAddress | None = None) -> Location:
    """Return where the store lives: the location given, else DESK_DB, else the data folder.

    A PostgreSQL URL names a server's database; anything else is a file path.
    """
    if isinstance(location, ServerAddress):
        return location
    if location is None:
        return environment_location() or default_db_path()
    return parse_location(str(location))


class Database:
    """Hold one open SQLite connection; sqlite-utils wraps it only while a migration runs.

    `import sqlite_utils` costs ~45 ms (it loads click, pluggy and its plugin
    machinery), more than the rest of `desk list`; a database that is up to
    date needs none of it.
    """

    dialect = SQLITE

    def __init__(
        self, conn: sqlite3.Connection, *, read_only: bool = False, path: Path | None = None
    ) -> None:
        self.conn = conn
        self.read_only = read_only
        self.location = path or Path(":memory:")

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        """Execute one SQL statement on the connection."""
        return self.conn.execute(sql, parameters)

    def errors(self) -> AbstractContextManager[None]:
        """Return the block that turns SQLite's errors into one sentence about this file."""
        return sqlite_errors(self.location)

    def read_only_error(self) -> DeskError:
        """Return the error for a change this process may not make."""
        return read_only_error(self.location)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


Inspect = Callable[[Database, Path], None]


def open_database(
    path: str | Path, *, timeout: float = DEFAULT_TIMEOUT, inspect: Inspect | None = None
) -> Database:
    """Open (or create) a database file and check that it is healthy, writable where possible.

    `inspect` sees an existing file before anything could write to it (the
    schema check refuses a newer store there). A file we may not write is
    opened read-only: lists, search and show work, changes are refused.
    """
    path = Path(path)
    _check_fts5()
    if not _prepare_file(path, timeout):
        _create(path)
    read_only = not _writable(path)
    conn = _connect(path, timeout, read_only)
    try:
        with sqlite_errors(path):
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            if inspect is not None:
                inspect(Database(conn, read_only=read_only, path=path), path)
            _configure(conn, path, read_only)
            _check_integrity(conn, path)
            if not read_only:
                _check_writable(conn)
    except BaseException:
        conn.close()
        raise
    return Database(conn, read_only=read_only, path=path)


def read_only_error(path: Path) -> DeskError:
    """Return the error for a change to a database this process may only read."""
    return DeskError(
        _(
            "Die Datenbank {path} ist schreibgeschützt (Datei oder Ordner sind nicht "
            "beschreibbar); lesen geht, ändern nicht."
        ).format(path=path)
    )


def _writable(path: Path) -> bool:
    """Tell whether we may write the database and create its -wal and -shm files beside it."""
    return os.access(path, os.W_OK) and not _read_only_folder(path)


def _connect(path: Path, timeout: float, read_only: bool) -> sqlite3.Connection:
    """Connect read-write, or read-only where we may not write."""
    try:
        if not read_only:
            return sqlite3.connect(path, timeout=timeout)
        uri = f"{path.resolve().as_uri()}?mode=ro"
        if _read_only_folder(path) and not _sidecar(path, "-shm").exists():
            # WAL readers need the -shm file and cannot create it here. Without
            # a -wal file every change is in the database file itself, and no
            # one can write without creating one: reading it as immutable is exact.
            if _sidecar(path, "-wal").exists():
                raise DeskError(
                    _(
                        "Die Datenbank {path} liegt in einem schreibgeschützten Ordner und hat "
                        "ungesicherte Änderungen (-wal); Anfragen-Desk braucht dort Schreibrechte."
                    ).format(path=path)
                )
            uri += "&immutable=1"
        return sqlite3.connect(uri, uri=True, timeout=timeout)
    except sqlite3.Error as error:
        raise translate_error(error, path) from None


def _sidecar(path: Path, suffix: str) -> Path:
    """Return the path of SQLite's -wal or -shm file of a database."""
    return path.with_name(path.name + suffix)


def _create(path: Path) -> None:
    """Create a new, empty database beside `path` and move it into place whole.

    A file that appears only with its SQLite header means that a 0-byte file
    at the path was never ours, and can be refused instead of initialised.
    """
    temp = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        conn = sqlite3.connect(temp)
        try:
            conn.execute("PRAGMA journal_mode = WAL")  # writes the header page
        finally:
            conn.close()
        try:
            os.link(temp, path)  # never over a file another process created meanwhile
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(temp, path)
    except sqlite3.Error as error:
        raise translate_error(error, path) from None
    except OSError as error:
        if _read_only_folder(path):
            raise DeskError(
                _(
                    "Die Datenbank {path} kann nicht angelegt werden: der Ordner ist "
                    "schreibgeschützt."
                ).format(path=path)
            ) from None
        raise DeskError(
            _("Die Datenbank {path} kann nicht angelegt werden ({reason}).").format(
                path=path, reason=error.strerror or error
            )
        ) from None
    finally:
        for leftover in (temp, _sidecar(temp, "-wal"), _sidecar(temp, "-shm")):
            with suppress(OSError):
                leftover.unlink()


def translate_error(error: sqlite3.Error, path: Path) -> DeskError:
    """Return a DeskError that says in one sentence what went wrong with the file."""
    text = str(error).lower()
    if "not a database" in text or "file is encrypted" in text:
        return not_a_database(path)
    if "locked" in text or "busy" in text:
        return DeskError(
            _(
                "Die Datenbank {path} wird gerade von einem anderen Programm benutzt; "
                "bitte schließen Sie es und versuchen Sie es erneut."
            ).format(path=path)
        )
    if "malformed" in text or "corrupt" in text:
        return DeskError(
            _("Die Datenbank {path} ist beschädigt; bitte spielen Sie eine Sicherung ein.").format(
                path=path
            )
        )
    if "readonly" in text or "read-only" in text:
        return DeskError(_("Die Datenbank {path} ist schreibgeschützt.").format(path=path))
    if "unable to open" in text:
        if _read_only_folder(path):
            # WAL needs its -shm and -wal files beside the database, even to read.
            return DeskError(
                _(
                    "Die Datenbank {path} liegt in einem schreibgeschützten Ordner; "
                    "Anfragen-Desk braucht dort Schreibrechte."
                ).format(path=path)
            )
        return DeskError(_("Die Datenbank {path} kann nicht geöffnet werden.").format(path=path))
    if "disk is full" in text or "disk i/o" in text:
        return DeskError(
            _("Die Datenbank {path} kann nicht geschrieben werden (Datenträgerfehler).").format(
                path=path
            )
        )
    return DeskError(
        _("Die Datenbank {path} meldet einen Fehler: {error}.").format(path=path, error=error)
    )


def _read_only_folder(path: Path) -> bool:
    """Tell whether the database's folder is on a read-only disk or not writable for us."""
    folder = path.parent
    try:
        read_only_disk = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows) or no folder
        read_only_disk = False
    return read_only_disk or (folder.is_dir() and not os.access(folder, os.W_OK))


def not_a_database(path: Path) -> DeskError:
    """Return the error for a file that is not one of our databases."""
    return DeskError(
        _("{path} ist keine Anfragen-Desk-Datenbank (keine SQLite-Datei).").format(path=path)
    )


@contextmanager
def sqlite_errors(path: Path) -> Iterator[None]:
    """Turn any sqlite3 error raised inside the block into a DeskError."""
    try:
        yield
    except sqlite3.Error as error:
        raise translate_error(error, path) from None
    except OverflowError:  # sqlite3 refuses Python ints beyond 8 bytes before SQLite sees them
        raise DeskError(
            _("Eine Zahl ist zu groß für die Datenbank {path} (höchstens {largest}).").format(
                path=path, largest=2**63 - 1
            )
        ) from None


@functools.cache
def fts5_available() -> bool:
    """Return whether this Python's SQLite library has the FTS5 full-text engine."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
    except sqlite3.OperationalError:
        return False
    finally:
        probe.close()
    return True


def _check_fts5() -> None:
    if not fts5_available():
        raise DeskError(
            _(
                "Die SQLite-Bibliothek dieser Python-Installation ({version}) "
                "hat keine Volltextsuche (FTS5), die Anfragen-Desk braucht."
            ).format(version=sqlite3.sqlite_version)
        )


def _prepare_file(path: Path, timeout: float) -> bool:
    """Refuse a folder, an empty file or a file that is not SQLite; tell whether the file exists."""
    # Checking the header ourselves gives the clear message before SQLite
    # touches the file (it would only complain at the first statement).
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise DeskError(_("{path} ist ein Ordner, keine Datenbank-Datei.").format(path=path))
        if not path.exists():
            return False
        if path.stat().st_size == 0 and _writable(path):  # only a writer can be creating it
            _wait_for_creator(path, timeout)
        if path.stat().st_size == 0:
            raise DeskError(
                _(
                    "{path} ist eine leere Datei und keine Anfragen-Desk-Datenbank; eine neue "
                    "Datenbank wird nur angelegt, wo noch keine Datei liegt."
                ).format(path=path)
            )
        with path.open("rb") as file:
            if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise not_a_database(path)
    except OSError as error:
        raise DeskError(
            _("Die Datenbank {path} ist nicht zugänglich ({reason}).").format(
                path=path, reason=error.strerror or error
            )
        ) from None
    return True


def _wait_for_creator(path: Path, timeout: float) -> None:
    """Wait while another program holds the lock of an empty file it is making a database of."""
    # Taking the write lock and giving it back writes nothing into the file.
    probe = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
    except sqlite3.Error as error:
        raise translate_error(error, path) from None
    finally:
        probe.close()


def _configure(conn: sqlite3.Connection, path: Path, read_only: bool) -> None:
    # What sqlite-utils' Database set on every connection it wrapped, kept as it was.
    conn.execute("PRAGMA recursive_triggers = on")
    conn.execute("PRAGMA foreign_keys = ON")
    if read_only:
        return  # the journal mode is the file's; a reader cannot change it
    # WAL lets the GUI read while the CLI writes, and survives a killed process.
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise DeskError(
            _(
                "Die Datenbank {path} kann hier nicht im WAL-Modus betrieben werden "
                "(liegt sie auf einem Netzlaufwerk?)."
            ).format(path=path)
        )


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    # fetchall, not fetchone: an unfinished statement keeps a read snapshot open,
    # and BEGIN IMMEDIATE on a stale snapshot fails at once instead of waiting.
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if not rows or rows[0][0] != "ok":
        raise DeskError(
            _(
                "Die Datenbank {path} ist beschädigt (die Integritätsprüfung ist fehlgeschlagen); "
                "bitte spielen Sie eine Sicherung ein."
            ).format(path=path)
        )


def _check_writable(conn: sqlite3.Connection) -> None:
    # Fail at start, not at the first autosave, if another process holds the
    # write lock longer than the busy timeout.
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("ROLLBACK")
