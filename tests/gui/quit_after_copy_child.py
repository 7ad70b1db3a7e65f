"""Start the real app, copy from the editor, quit (for test_quit_after_copy)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desk_app.gui.application import start
from desk_app.gui.main_window import MainWindow


def copy_and_quit() -> None:
    """Copy the title of inquiry 1 to the clipboard, then quit like the user would."""
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    window.open_inquiry(1)
    window.editor.title_edit.selectAll()
    window.editor.title_edit.copy()
    window.close()


if __name__ == "__main__":
    app = QApplication(sys.argv)
    QTimer.singleShot(300, copy_and_quit)
    code = start(Path(sys.argv[1]))
    print(f"clipboard:{app.clipboard().text()}")
    sys.exit(code)
