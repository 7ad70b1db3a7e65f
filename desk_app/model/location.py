"""Where a store lives: a SQLite file on this computer or a PostgreSQL server's database."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from desk_app.i18n import _
from desk_app.model.errors import DeskError

# "postgresql://…", "https://…": an address, not a file (a path keeps one slash of two).
_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:/")
SERVER_SCHEMES = ("postgresql://", "postgres://")
# A password written into the address is hidden wherever the address is shown.
_PASSWORD = re.compile(r"(?<=://)([^:/@?#]*):[^@/?#]*@")
_PASSWORD_PARAMETER = re.compile(r"([?&]password=)[^&#]*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """Name a database on a PostgreSQL server by its libpq URL (options pass through)."""

    url: str

    def __str__(self) -> str:
        """Return the address as it may be shown: without a password."""
        shown = _PASSWORD.sub(r"\1:***@", self.url)
        return _PASSWORD_PARAMETER.sub(r"\1***", shown)

    @property
    def has_password(self) -> bool:
        """Tell whether a password was written into the address (never stored in settings)."""
        return str(self) != self.url


Location = Path | ServerAddress


def is_address(text: str) -> bool:
    """Tell whether a database location is a server address rather than a file path."""
    return bool(_ADDRESS.match(text))


def parse_location(text: str) -> Location:
    """Return a server address for a PostgreSQL URL and a path for anything else.

    Another scheme ("https://…") is refused in one sentence: taken for a path,
    it would quietly make a local file in a folder named "https:".
    """
    if text.lower().startswith(SERVER_SCHEMES):
        return ServerAddress(text)
    if is_address(text):
        raise DeskError(
            _(
                "„{location}“ ist die Adresse eines Servers, aber keiner PostgreSQL-Datenbank; "
                "bitte einen Dateipfad oder postgresql://… angeben."
            ).format(location=text)
        )
    return Path(text)


def environment_location() -> Location | None:
    """Return the store DESK_DB names, read as typed (a server address is one), or None."""
    typed = os.environ.get("DESK_DB", "")
    return parse_location(typed) if typed else None
