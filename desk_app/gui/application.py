"""Build the QApplication, the core objects and the main window (GUI composition root)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.gui.editor.clipboard import MIME_TYPE
from desk_app.gui.i18n import chosen_language, install_translator
from desk_app.gui.main_window import MainWindow
from desk_app.gui.operations import Operations
from desk_app.model.errors import DeskError
from desk_app.service import Desk


@dataclass
class Session:
    """Hold what one running window owns, so it can be closed in order."""

    window: MainWindow
    desk: Desk
    lock: QLockFile

    def close(self) -> None:
        """Close the database and release its lock."""
        self.desk.close()
        self.lock.unlock()


def instance_lock(db_path: Path) -> QLockFile:
    """Take the lock that keeps a second window off the same database, or raise."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(db_path) + ".lock")
    # A killed instance leaves its lock behind; Qt sees that its PID is gone.
    if not lock.tryLock(200):
        raise DeskError(
            QCoreApplication.translate(
                "Application",
                "Anfragen-Desk ist mit der Datenbank %1 schon geöffnet; "
                "bitte das andere Fenster benutzen, damit keine Änderung verloren geht.",
            ).replace("%1", str(db_path))
        )
    return lock


def open_session(db_path: Path, settings: QSettings | None = None) -> Session:
    """Lock the database, open store and profiles, and build the main window."""
    lock = instance_lock(db_path)
    desk = Desk(db_path)
    try:
        desk.open()  # a broken or newer database is said before the window shows
    except DeskError:
        lock.unlock()
        raise
    window = MainWindow(Operations(desk), settings)
    return Session(window, desk, lock)


def release_clipboard(app: QApplication) -> None:
    """Replace mime data the editor made in Python by a plain-text copy Qt makes itself.

    Qt deletes the clipboard's data while Python is shutting down; data made by
    Python then crashes the process on exit. Other programs keep the text.
    """
    clipboard = app.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(MIME_TYPE):
        clipboard.setText(clipboard.text())


def start(db_path: Path) -> int:
    """Open the window on a database and run Qt's event loop until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Anfragen-Desk")
    app.setOrganizationName("Anfragen-Desk")
    settings = QSettings()
    install_translator(app, chosen_language(settings))
    try:
        session = open_session(db_path, settings)
    except DeskError as error:
        QMessageBox.critical(None, "Anfragen-Desk", str(error))
        return 2
    session.window.show()
    session.window.show_start_notice()
    try:
        return app.exec()
    finally:
        release_clipboard(app)
        session.close()
