"""Time to the main window's first painted frame in a fresh process: the real app or a bare peer.

Usage: python bench/window_child.py app|bare DB
Prints time.time() of the first Paint event a QMainWindow receives, then
quits. "app" runs desk_app.gui.application.start(DB) unchanged (it reuses the
QApplication made here); "bare" shows an empty QMainWindow of the same size.
The parent takes the clock just before it spawns this script.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    """Print the wall clock at the first Paint of any main window, then end the event loop."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QMainWindow)
        ):
            self._done = True
            print(f"painted {time.time():.6f}", flush=True)
            # Quit after this paint is delivered, so the frame is really drawn.
            QTimer.singleShot(0, self._app.quit)
        return False


def main(mode: str, db: str) -> int:
    """Install the probe on a new QApplication, then open the real window or the bare one."""
    app = QApplication(sys.argv[:1])
    probe = FirstPaint(app)
    app.installEventFilter(probe)
    if mode == "bare":
        window = QMainWindow()
        window.resize(1480, 900)  # the app window's default size: the same area to paint
        window.show()
        return app.exec()
    from pathlib import Path

    from desk_app.gui.application import start

    return start(Path(db))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""))
