"""Options several verbs share, and how their values are read."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.i18n import _
from desk_app.model.errors import DeskError
from desk_app.model.values import parse_stored_id
from desk_app.rules.calendar_days import ExtraDay, parse_extra_days

if TYPE_CHECKING:
    from desk_app.service import Location

# The common limits of Linux and macOS file systems (NAME_MAX, PATH_MAX), in bytes.
NAME_MAX = 255
PATH_MAX = 4096


def extra_days_option(parser: argparse.ArgumentParser) -> None:
    """Add the option for the user's extra days off."""
    parser.add_argument(
        "--extra-days",
        default="",
        metavar=_("TT.MM.,…"),
        help=_("zusätzliche freie Tage, z. B. 24.12.,31.12. (jedes Jahr) oder 02.01.2026"),
    )


def extra_days(args: argparse.Namespace) -> tuple[ExtraDay, ...]:
    """Return the extra days off given on the command line (none if the option is absent)."""
    return parse_extra_days(getattr(args, "extra_days", "") or "")


def inquiry_id(text: str) -> int:
    """Read an inquiry's id from the command line: a whole number SQLite can hold."""
    return parse_stored_id(text)


def match_limit(text: str) -> int:
    """Read how many search matches to print: a whole number SQLite can hold."""
    return parse_stored_id(text, _("Trefferzahl"))


def store_path(text: str) -> Location:
    """Read where the store lives: a file's path or a PostgreSQL server's address."""
    from desk_app.service import ServerAddress, parse_location

    # Before Path() turns "postgresql://h/db" into "postgresql:/h/db".
    location = parse_location(text)
    return location if isinstance(location, ServerAddress) else user_path(text)


def user_path(text: str) -> Path:
    """Read a file's path from the command line, refusing one longer than the system allows."""
    # Checked here, not at the first os call: ENAMETOOLONG would surface
    # wherever the path is first used, as an internal error.
    encoded = os.fsencode(text)
    too_long_name = any(len(part) > NAME_MAX for part in encoded.split(b"/"))
    if too_long_name or len(encoded) >= PATH_MAX:
        shown = text if len(text) <= 40 else f"{text[:40]}…"
        raise DeskError(
            _(
                "Der Pfad „{path}“ ist zu lang (höchstens {name_max} Byte je Name und {path_max} "
                "Byte insgesamt)."
            ).format(path=shown, name_max=NAME_MAX, path_max=PATH_MAX - 1)
        )
    if "\x00" in text:
        raise DeskError(_("Ein Pfad darf kein Nullzeichen enthalten."))
    return Path(text)
