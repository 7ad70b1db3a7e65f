"""Render the main window with the seed inquiry, the dashboard and the preview to PNG files.

Run offscreen (`make screenshots`); the README shows the results.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desk_app.cli import main as desk
from desk_app.gui.application import open_session
from desk_app.paths import resources_dir

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"


def _settle(app: QApplication, ms: int) -> None:
    """Let queued work (preview rendering, layout) finish."""
    loop_done = []
    QTimer.singleShot(ms, lambda: loop_done.append(True))
    while not loop_done:
        app.processEvents()


def main(folder: Path) -> int:
    """Build a demo database, open the window and save three screenshots."""
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    app.setApplicationName("Anfragen-Desk-Screenshots")
    with tempfile.TemporaryDirectory() as temp:
        db = Path(temp) / "screens.sqlite3"
        args = ["--db", str(db)]
        desk([*args, "import", str(SEED)])
        desk([*args, "set", "1", "drucksache", "17/8765"])
        desk([*args, "set", "1", "dates.forwarded", "19.02.2020"])
        desk(
            [
                *args,
                "new",
                "--parliament",
                "BT",
                "--kind",
                "kleine-anfrage",
                "--title",
                "Wie steht es um die Barrierefreiheit von Bahnhöfen?",
            ]
        )
        desk([*args, "set", "2", "dates.submitted", date.today().isoformat()])
        settings = QSettings(str(Path(temp) / "settings.ini"), QSettings.Format.IniFormat)
        session = open_session(db, settings)
        window = session.window
        window.resize(1480, 900)
        window.show()
        window.open_inquiry(1)
        _settle(app, 1500)
        window.grab().save(str(folder / "main_window.png"))
        window.left_tabs.setCurrentIndex(1)
        _settle(app, 300)
        window.grab().save(str(folder / "dashboard.png"))
        window.left_tabs.setCurrentIndex(0)
        window.right_tabs.setCurrentIndex(1)
        _settle(app, 300)
        window.grab().save(str(folder / "tracking.png"))
        window.right_tabs.setCurrentIndex(0)
        _settle(app, 300)
        window.preview.grab().save(str(folder / "preview.png"))
        window.close()
        session.close()
    print(f"Bildschirmfotos in {folder.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
