"""Build the QApplication, the core objects and the main window (GUI composition root)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.gui.main_window import MainWindow
from desk_app.model.errors import DeskError
from desk_app.rules.deadline_status import due_rule
from desk_app.rules.registry import ProfileRegistry
from desk_app.storage.store import InquiryStore


def start(db_path: Path) -> int:
    """Open the store and the window and run Qt's event loop until the window closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Anfragen-Desk")
    app.setOrganizationName("Anfragen-Desk")
    try:
        registry = ProfileRegistry.load()
        store = InquiryStore.open(db_path, due=due_rule(registry))
    except DeskError as error:
        QMessageBox.critical(None, "Anfragen-Desk", str(error))
        return 2
    window = MainWindow(store, registry)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
