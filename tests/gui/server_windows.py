"""Windows on the test server, each as a desk of its own, and a colleague who saves meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings

from desk_app.gui.application import Session, open_session
from desk_app.gui.database_settings import AUTHOR_KEY
from desk_app.model import Inquiry, paragraph
from desk_app.model.location import parse_location
from desk_app.storage import InquiryStore

RETITLED = paragraph("Radwege und Brücken")


def window_on(url: str, folder: Path, qtbot, monkeypatch, author: str = "") -> Session:
    """Open a window on the server as a desk of its own would (its own data folder)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    if author:
        settings.setValue(AUTHOR_KEY, author)
    opened = open_session(parse_location(url), settings)
    qtbot.addWidget(opened.window)
    opened.window.show()
    return opened


def colleague_saves(url: str, inquiry_id: int, change: Callable[[Inquiry], None]) -> None:
    """Let bernd, at a desk of his own, change the inquiry and save it."""
    with InquiryStore(url, author="bernd") as colleague:
        theirs = colleague.get(inquiry_id)
        change(theirs)
        colleague.save(theirs, expected=colleague.seen_version(inquiry_id))
