"""A real app window that types into the preamble until it is killed (for test_kill_restart)."""

from __future__ import annotations

import itertools
import os
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk_app.gui.application import open_session


def main(db: Path, log: Path) -> None:
    """Open inquiry 1 and type a numbered word every 40 ms, logging when each was typed."""
    app = QApplication([])
    settings = QSettings(str(db.parent / "child.ini"), QSettings.Format.IniFormat)
    session = open_session(db, settings)
    window = session.window
    window.show()
    window.open_inquiry(1)
    edit = window.editor.preamble_edit
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    counter = itertools.count()
    stream = log.open("a", encoding="utf-8")

    def type_word() -> None:
        word = f" wort{next(counter)}"
        QTest.keyClicks(edit, word)
        stream.write(f"{time.time():.3f}\t{word}\n")
        stream.flush()

    timer = QTimer()
    timer.timeout.connect(type_word)
    timer.start(40)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
