"""File → "Fristen als Kalender exportieren …": every open inquiry's due date in one ICS file.

A desk of thousands of open inquiries takes seconds to count their
deadlines: the count runs behind a progress dialog that can cancel it, and
a cancelled export writes no file (the file is renamed into place whole,
and only after the last deadline is counted).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from desk_app.gui.export_dialog import FOLDER_KEY, export_folder
from desk_app.gui.long_task import Attempt, run_long_task
from desk_app.gui.operations import Operations
from desk_app.service.calendar_work import open_calendar_work

CALENDAR_NAME = "Fristen.ics"
_MESSAGE_MS = 10000


class CalendarWindow(Protocol):
    """What the calendar export needs of the main window."""

    ops: Operations
    settings: QSettings

    def statusBar(self) -> QStatusBar: ...


def export_open_calendar(window: CalendarWindow, path: Path | None = None) -> Path | None:
    """Ask for a file and write the due dates of all open inquiries to it; return the path."""
    parent = window if isinstance(window, QWidget) else None
    title = QCoreApplication.translate("CalendarExport", "Fristen als Kalender exportieren")
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            title,
            str(export_folder(window.settings) / CALENDAR_NAME),  # where the last export went
            QCoreApplication.translate("CalendarExport", "Kalender (*.ics)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
    failed = QCoreApplication.translate("CalendarExport", "Export nicht möglich")
    stopped = QCoreApplication.translate(
        "CalendarExport", "Kalender-Export abgebrochen; es wurde keine Datei geschrieben."
    )
    with Attempt(parent, failed, stopped) as attempt:
        work = open_calendar_work(window.ops.desk, path)
        outcome = run_long_task(
            parent,
            title,
            work,
            label=QCoreApplication.translate("CalendarExport", "Die Fristen werden berechnet …"),
        )
    if not attempt.ok:
        return None
    window.settings.setValue(FOLDER_KEY, str(outcome.path.parent))  # proposed next time
    window.statusBar().showMessage(
        QCoreApplication.translate("CalendarExport", "Kalender geschrieben: %1").replace(
            "%1", str(outcome.path)
        ),
        _MESSAGE_MS,
    )
    return outcome.path
