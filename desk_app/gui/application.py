"""Build the QApplication, the core objects and the main window (GUI composition root)."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.gui.database_settings import saved_author, saved_location
from desk_app.gui.garbage_collection import GuiThreadCollector
from desk_app.gui.i18n import chosen_language, install_translator, save_language
from desk_app.gui.main_window import MainWindow
from desk_app.model.errors import DeskError
from desk_app.model.location import Location
from desk_app.paths import default_db_path, user_data_dir

if TYPE_CHECKING:  # the store and its imports load after the window is on screen
    from desk_app.service import Desk

CLIPBOARD_MODULE = "desk_app.gui.editor.clipboard"
OPEN_FALLBACK_MS = 250  # open the store even if the window is never painted (e.g. minimised)


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


def instance_lock(db_path: Location) -> QLockFile:
    """Take the lock that keeps a second window off the same database, or raise.

    A file's lock lies beside it; a server's in the data folder (one per address).
    """
    if isinstance(db_path, Path):
        file = Path(f"{db_path}.lock")
    else:
        digest = hashlib.sha256(db_path.url.encode()).hexdigest()[:16]
        file = user_data_dir() / f"server-{digest}.lock"
    file.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(file))
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


def open_desk(db_path: Location, lock: QLockFile, author: str | None = None) -> Desk:
    """Open (and upgrade) the store behind a taken lock; release the lock if that fails.

    `author` signs the revisions (None: the login name).
    """
    from desk_app.service import Desk

    desk = Desk(db_path, author=author)
    try:
        desk.open()
    except BaseException:
        desk.close()
        lock.unlock()
        raise
    return desk


def open_session(db_path: Location, settings: QSettings | None = None) -> Session:
    """Lock the database, open store and profiles, and build the main window on them."""
    from desk_app.gui.operations import Operations

    lock = instance_lock(db_path)
    author = saved_author(settings) if settings is not None else None
    desk = open_desk(db_path, lock, author)  # a broken or newer database is said before any window
    window = MainWindow(settings=settings)
    window.attach(Operations(desk))
    return Session(window, desk, lock)


@dataclass
class Launch:
    """Show the window at once, then open the store behind it and fill the window."""

    window: MainWindow
    db_path: Location
    lock: QLockFile
    session: Session | None = None
    exit_code: int | None = None  # set when opening failed
    failure: BaseException | None = field(default=None, repr=False)
    _started: bool = False

    def begin(self) -> None:
        """Show the window; the store opens once its first frame is painted."""
        self.window.first_painted.connect(self.open)
        QTimer.singleShot(OPEN_FALLBACK_MS, self.open)
        self.window.show()

    def open(self) -> None:
        """Open the store and attach the window to it; on failure say why and close."""
        if self._started or not self.window.isVisible():
            return  # opened already, or the user closed the window first: nothing to fill
        self._started = True
        from desk_app.gui.operations import Operations

        try:
            desk = open_desk(self.db_path, self.lock, saved_author(self.window.settings))
        except DeskError as error:
            self.exit_code = 2
            QMessageBox.critical(self.window, "Anfragen-Desk", str(error))
            self.window.close()
            return
        except Exception as error:  # reported after the loop, as before the window was shown
            self.exit_code = 1
            self.failure = error
            self.window.close()
            return
        self.session = Session(self.window, desk, self.lock)
        self.window.attach(Operations(desk))
        self.window.show_start_notice()

    def close(self) -> None:
        """Close the store if it was opened, and release the lock in any case."""
        if self.session is not None:
            self.session.close()
        else:
            self.lock.unlock()  # unlocking twice (after a failed open) is harmless


def launch(db_path: Location, settings: QSettings | None = None) -> Launch:
    """Take the database's lock, show the window and open the store behind it; raise if locked."""
    lock = instance_lock(db_path)  # cheap, and no second window should even appear
    started = Launch(MainWindow(settings=settings), db_path, lock)
    started.begin()
    return started


def release_clipboard(app: QApplication) -> None:
    """Replace mime data the editor made in Python by a plain-text copy Qt makes itself.

    Qt deletes the clipboard's data while Python is shutting down; data made by
    Python then crashes the process on exit. Other programs keep the text.
    """
    clipboard_module = sys.modules.get(CLIPBOARD_MODULE)
    if clipboard_module is None:
        return  # the editor was never loaded, so it put nothing on the clipboard
    clipboard = app.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(clipboard_module.MIME_TYPE):
        clipboard.setText(clipboard.text())


def start(db_path: Location | None, language: str | None = None) -> int:
    """Open the window on a database and run Qt's event loop until it closes.

    Without a location given (`--db`, DESK_DB): the one chosen in the settings,
    else the data folder's file. A language given (`desk --lang en`) is used and
    remembered; else the saved one.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Anfragen-Desk")
    app.setOrganizationName("Anfragen-Desk")
    collector = GuiThreadCollector(app)  # a worker thread never frees a Qt object
    settings = QSettings()
    if language is not None:
        save_language(settings, language)
    install_translator(app, language or chosen_language(settings))
    try:
        started = launch(db_path or saved_location(settings) or default_db_path(), settings)
    except DeskError as error:
        collector.stop()
        QMessageBox.critical(None, "Anfragen-Desk", str(error))
        return 2
    try:
        code = app.exec()
    finally:
        release_clipboard(app)
        started.close()
        collector.stop()
    if started.failure is not None:
        raise started.failure
    return code if started.exit_code is None else started.exit_code
