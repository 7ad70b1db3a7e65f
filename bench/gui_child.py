"""A real app window in a child process: time to first paint, or peak memory while used.

Usage: python bench/gui_child.py startup|memory DB SETTINGS_INI
Prints one JSON line. "startup" mirrors desk_app.gui.application.start() and
reports the wall clock (time.time()) when the shown window had painted and
the event loop was idle again, i.e. interactive. "memory" also scrolls the
list to its end page by page, searches and opens an inquiry, then reports VmHWM.
"""

from __future__ import annotations

import json
import os
import sys
import time

STARTED = time.time()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desk_app.gui.application import open_session  # noqa: E402
from desk_app.gui.i18n import chosen_language, install_translator  # noqa: E402

IMPORTED = time.time()


class FirstPaint(QObject):
    """Call back once, when the watched window has been painted for the first time."""

    def __init__(self, callback) -> None:
        super().__init__()
        self._callback = callback
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # After the paint: the next idle turn of the loop is when input is served.
            QTimer.singleShot(0, self._callback)
        return False


def peak_mb() -> float:
    """Return VmHWM (peak resident memory) of this process in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def exercise(app: QApplication, window) -> int:
    """Scroll the whole list, search, open an inquiry; return the rows the list held at most."""
    from PySide6.QtCore import QModelIndex

    model = window.list_panel.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        app.processEvents()
    held = model.rowCount()
    window.list_panel.model.set_search("Förderung")
    app.processEvents()
    window.list_panel.model.set_search("")
    window.open_inquiry(1)
    app.processEvents()
    return held


def main(mode: str, db: Path, ini: Path) -> None:
    """Open the window like start() does and print the figures as JSON."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Anfragen-Desk")
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    install_translator(app, chosen_language(settings))
    begin = time.time()
    session = open_session(db, settings)
    opened = time.time()
    figures: dict[str, float] = {}

    def painted() -> None:
        figures.update(
            painted=time.time(),
            started=STARTED,
            imported=IMPORTED,
            session_begin=begin,
            session_opened=opened,
        )
        if mode == "memory":
            figures["rows_held"] = exercise(app, session.window)
        figures["peak_mb"] = peak_mb()
        app.quit()

    watcher = FirstPaint(painted)
    session.window.installEventFilter(watcher)
    session.window.show()
    session.window.show_start_notice()
    app.exec()
    session.close()
    print(json.dumps(figures))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
