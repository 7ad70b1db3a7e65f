"""Composition root of the desktop app: builds the core objects and the window."""

from __future__ import annotations

import os
import sys

from desk_app.model.errors import DeskError
from desk_app.model.location import Location, environment_location


def display_missing() -> bool:
    """Tell whether Qt would find no screen to open a window on."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(db_path: Location | None = None, language: str | None = None) -> int:
    """Open the main window on the database and run until it is closed."""
    if display_missing():
        from desk_app.i18n import _, language_from_environment, set_language

        set_language(language or language_from_environment())
        print(
            _(
                "desk: Kein Bildschirm gefunden (DISPLAY ist nicht gesetzt); "
                "ohne Bildschirm zeigt `make demo`, was Anfragen-Desk kann."
            ),
            file=sys.stderr,
        )
        return 1
    from desk_app.gui.application import start  # Qt is imported only from here on

    try:
        return start(db_path or environment_location(), language)
    except DeskError as error:
        print(f"desk: {error}", file=sys.stderr)
        return 2
