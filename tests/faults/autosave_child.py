"""A real app window that types tagged words into inquiry 1 until it is killed.

Usage: python autosave_child.py DB LOG TAG SEED
Each word is logged with the moment it was typed, so the parent can tell which
words must have been saved (typed more than 2 s before the kill). The pace
varies (10–120 ms between words, now and then a pause of up to 1.5 s), so kills
land before, during and after autosaves.
"""

from __future__ import annotations

import itertools
import os
import random
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desk_app.gui.application import open_session


def main(db: Path, log: Path, tag: str, seed: int) -> None:
    """Open inquiry 1 and keep typing words `<tag>w<n>` at the end of the preamble."""
    app = QApplication([])
    settings = QSettings(str(db.parent / "child.ini"), QSettings.Format.IniFormat)
    session = open_session(db, settings)
    window = session.window
    window.show()
    window.open_inquiry(1)
    edit = window.editor.preamble_edit
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    rng = random.Random(seed)
    counter = itertools.count()
    stream = log.open("a", encoding="utf-8")
    timer = QTimer()
    timer.setSingleShot(True)

    def type_word() -> None:
        word = f" {tag}w{next(counter)}"
        QTest.keyClicks(edit, word)
        # Logged after the keys reached the editor: a logged word is a typed word.
        stream.write(f"{time.time():.3f}\t{word}\n")
        stream.flush()
        pause = rng.uniform(0.2, 1.5) if rng.random() < 0.05 else rng.uniform(0.01, 0.12)
        timer.start(int(pause * 1000))

    timer.timeout.connect(type_word)
    timer.start(0)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
