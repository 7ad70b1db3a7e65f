"""GUI test set-up: leave Qt in a state it can shut down from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desk_app.gui.application import open_session, release_clipboard
from desk_app.gui.garbage_collection import GuiThreadCollector
from desk_app.gui.language_switch import latest


@pytest.fixture(scope="session", autouse=True)
def _empty_clipboard_at_exit():
    """Empty the clipboard before Python shuts down.

    Mime data the editor put on the clipboard is a Python-made object that Qt
    owns; if Qt deletes it while the interpreter is already finalizing, the
    process dies with SIGSEGV after every test has passed.
    """
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        release_clipboard(app)  # what the app itself does before it quits


@pytest.fixture(scope="package", autouse=True)
def _collect_on_the_gui_thread(qapp):
    """Collect cyclic garbage on the GUI thread, as the program does (gui/garbage_collection.py)."""
    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture
def session(qtbot, tmp_path):
    """Open a shown main window on a fresh database with its own settings file, as a start does."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    opened = open_session(tmp_path / "gui.sqlite3", settings)
    qtbot.addWidget(opened.window)
    opened.window.show()
    yield opened
    latest(opened.window).close()  # a language switch may have rebuilt the window
    opened.close()
