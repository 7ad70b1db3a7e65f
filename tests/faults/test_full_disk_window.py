"""The window on a full disk: the autosave fails visibly and retries; nothing typed is lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from desk_app.cli import main as desk
from desk_app.gui.application import open_session
from desk_app.model import plain_text
from desk_app.paths import resources_dir
from desk_app.storage import InquiryStore
from tests.faults.disks import fill, tmpfs

SEED_FILE = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"


def test_an_edit_that_could_not_be_saved_is_saved_once_there_is_room(qtbot, tmp_path: Path):
    with tmpfs(tmp_path / "tiny", "4m") as disk:
        db = disk / "desk.sqlite3"
        assert desk(["--db", str(db), "import", str(SEED_FILE)]) == 0
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        session = open_session(db, settings)
        window = session.window
        qtbot.addWidget(window)
        window.show()
        window.open_inquiry(1)
        filler = fill(disk)
        edit = window.editor.preamble_edit
        edit.moveCursor(QTextCursor.MoveOperation.End)
        edit.insertPlainText(
            " Nachtrag" * 50
        )  # the WAL is empty after opening: any save needs room
        window.autosave.flush()
        assert "Nicht gespeichert" in window.statusBar().currentMessage()
        filler.unlink()  # the user makes room and stops typing
        qtbot.waitUntil(lambda: not window.autosave.is_dirty(), timeout=5000)
        window.close()
        session.close()
        with InquiryStore.open(db) as store:
            assert plain_text(store.get(1).preamble).count("Nachtrag") == 50
