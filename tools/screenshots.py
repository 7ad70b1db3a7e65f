"""Render the window and its dialogs with the seed inquiry to PNG files, at 1280x800.

The main window, the dashboard, the tracking pane, the preview, the export
dialog, the history's comparison and the spell check with its menu.

Run offscreen (`make screenshots`); the README shows the results.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings, QTimer
from PySide6.QtGui import QPainter, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.cli import main as desk
from desk_app.gui.application import open_session
from desk_app.gui.i18n import install_translator
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
    install_translator(app, "de")  # as a start does: Qt's own menu texts in German too
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
        window.resize(1280, 800)  # the smallest screen the layout is checked for
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
        _dialogs(app, window, folder)
        window.close()
        session.close()
    print(f"Bildschirmfotos in {folder.resolve()}")
    return 0


def _dialogs(app: QApplication, window: Any, folder: Path) -> None:
    """Save the export dialog, the history's comparison and the spell check."""
    from desk_app.gui.export_dialog import ExportDialog
    from desk_app.gui.history_dialog import HistoryDialog

    export = ExportDialog(window.current, window.ops.registry, window, settings=window.settings)
    export.show()
    _settle(app, 200)
    export.grab().save(str(folder / "export_dialog.png"))
    export.close()

    # An edit after the import, so that the history has a change to compare.
    field = window.editor.questions.edits()[0]
    cursor = field.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    field.setTextCursor(cursor)
    field.insertPlainText(" Welche Agenturn sind betroffen?")  # misspelt on purpose
    window.autosave.flush()
    history = HistoryDialog(window.ops, window.current.id, window)
    history.resize(1000, 640)
    history.show()
    history.revision_list.setCurrentRow(history.revision_list.count() - 1)
    _settle(app, 300)
    history.grab().save(str(folder / "history_diff.png"))
    history.close()

    _conflict(app, window, folder)

    field = window.editor.title_edit
    cursor = field.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    field.setTextCursor(cursor)
    field.insertPlainText(" in der Komune")  # misspelt on purpose
    window.editor.ensure_visible(field)
    field.spelling.load_now()
    field.setFocus()
    _settle(app, 500)
    word = field.toPlainText().index("Komune") + 2
    cursor = field.textCursor()
    cursor.setPosition(word)
    at = field.cursorRect(cursor).center()
    menu = field.build_context_menu(at)
    pane = window
    _grab_with_popup(pane, menu, field.viewport().mapTo(pane, at)).save(
        str(folder / "spelling.png")
    )
    menu.close()


def _conflict(app: QApplication, window: Any, folder: Path) -> None:
    """Save the comparison a refused save opens: a colleague saved while the user typed."""
    from desk_app.gui.conflict_dialog import ConflictDialog
    from desk_app.model import paragraph
    from desk_app.storage import InquiryStore

    inquiry_id = window.current.id
    with InquiryStore(window.ops.desk.db_path, author="bernd") as colleague:
        theirs = colleague.get(inquiry_id)
        theirs.title = paragraph(
            "Wie bewahrt die Landesregierung das Subsidiaritätsprinzip im Kommunalen "
            "Integrationsmanagement (KIM)?"
        )
        theirs.notes = "Rückruf MKFFI am Montag"
        colleague.save(theirs)
    window.tracking.notes.setPlainText("Frist im Kalender eingetragen")
    window.autosave.mark_dirty()
    window.autosave.flush()  # refused: the comparison opens
    dialog = window.findChild(ConflictDialog)
    _settle(app, 300)
    dialog.grab().save(str(folder / "conflict.png"))
    dialog.choosers[-1].setCurrentIndex(1)  # then take his version everywhere
    dialog.done(ConflictDialog.TAKE_THEIRS)
    _settle(app, 300)


def _grab_with_popup(widget: QWidget, popup: QWidget, at: QPoint) -> Any:
    """Return a picture of a widget with a popup menu drawn where it would open."""
    picture = widget.grab()
    popup.ensurePolished()
    popup.adjustSize()
    painter = QPainter(picture)
    painter.drawPixmap(at, popup.grab())
    painter.end()
    return picture


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
