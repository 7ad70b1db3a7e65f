"""The main window: the inquiry list beside a reading view of the selected inquiry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
)

from desk_app.formats.catalog import export_inquiry, import_file
from desk_app.gui.inquiry_list_model import InquiryListModel
from desk_app.model.errors import DeskError
from desk_app.rules.registry import ProfileRegistry
from desk_app.storage.store import InquiryStore


class MainWindow(QMainWindow):
    """Show all inquiries and the text of the selected one."""

    def __init__(self, store: InquiryStore, registry: ProfileRegistry) -> None:
        super().__init__()
        self._store = store
        self._registry = registry
        self.setWindowTitle(self.tr("Anfragen-Desk"))
        self.list_model = InquiryListModel(store)
        self.list_view = QTableView()
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.list_view.selectionModel().selectionChanged.connect(self._show_selected)
        self.reader = QTextBrowser()
        self.reader.setOpenExternalLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.reader)
        splitter.setSizes([450, 650])
        self.setCentralWidget(splitter)
        self._build_menu()
        self.resize(1100, 700)
        self.statusBar().showMessage(self.tr("%n Anfrage(n)", "", self.list_model.total()))

    def _build_menu(self) -> None:
        """Create the File menu."""
        menu = self.menuBar().addMenu(self.tr("&Datei"))
        open_action = QAction(self.tr("&Importieren …"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._ask_import)
        quit_action = QAction(self.tr("&Beenden"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(open_action)
        menu.addSeparator()
        menu.addAction(quit_action)

    def _ask_import(self) -> None:
        """Ask for a file and import it."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Anfrage importieren"), "", self.tr("Text (*.md *.txt)")
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> int | None:
        """Import a file as a new inquiry; say why in a message box if it fails."""
        try:
            result = import_file(path, self._registry)
            inquiry_id = self._store.add(result.inquiry)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Import nicht möglich"), str(error))
            return None
        self.list_model.reload()
        self.statusBar().showMessage(" · ".join(result.report))
        return inquiry_id

    def _show_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        """Show the selected inquiry's text in the reading view."""
        rows = selected.indexes()
        if not rows:
            return
        summary = self.list_model.summary(rows[0].row())
        try:
            inquiry = self._store.get(summary.id)
            text = export_inquiry(inquiry, "md", self._registry).decode("utf-8")
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Anzeige nicht möglich"), str(error))
            return
        self.reader.setMarkdown(_without_front_matter(text))


def _without_front_matter(markdown: str) -> str:
    """Drop the metadata block that opens the Markdown form."""
    if markdown.startswith("---\n"):
        end = markdown.find("\n---\n", 4)
        if end != -1:
            return markdown[end + 5 :]
    return markdown
