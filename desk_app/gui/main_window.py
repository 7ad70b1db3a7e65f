"""The main window: list and deadlines left, the editor centre, preview and tracking right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
)

from desk_app.gui.autosave import Autosave
from desk_app.gui.dashboard import Dashboard
from desk_app.gui.editor.inquiry_editor import InquiryEditor
from desk_app.gui.list_panel import ListPanel
from desk_app.gui.menus import build_menus
from desk_app.gui.operations import Operations
from desk_app.gui.preview import PreviewPane
from desk_app.gui.recent import remember
from desk_app.gui.tracking_pane import TrackingPane
from desk_app.gui.welcome import WelcomePage
from desk_app.gui.window_commands import WindowCommands
from desk_app.model import DeskError, Inquiry
from desk_app.rules.checks import check
from desk_app.service import importable

PREVIEW_PAUSE_MS = 300


class MainWindow(QMainWindow):
    """Hold the views of the app and keep them in step with the open inquiry."""

    def __init__(self, operations: Operations, settings: QSettings | None = None) -> None:
        super().__init__()
        self.ops = operations
        self.settings = settings or QSettings()
        self.current: Inquiry | None = None
        self.setWindowTitle(self.tr("Anfragen-Desk"))
        self.setAcceptDrops(True)
        self.autosave = Autosave(self.save_current)

        self.list_panel = ListPanel(operations)
        self.dashboard = Dashboard(operations)
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(self.list_panel, self.tr("Anfragen"))
        self.left_tabs.addTab(self.dashboard, self.tr("Fristen"))

        self.editor = InquiryEditor()  # scrolls by itself
        self.editor.toolbar.hide()  # the window's toolbar carries the same actions

        # The window debounces edits itself (building the inquiry per keystroke
        # would cost typing time), so the pane renders as soon as it is asked.
        self.preview = PreviewPane(operations.registry, delay_ms=0)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_PAUSE_MS)
        self._preview_timer.timeout.connect(self._refresh_preview)
        self.tracking = TrackingPane(operations.deadline, operations.today)
        self.right_tabs = QTabWidget()
        self.right_tabs.addTab(self.preview, self.tr("Vorschau"))
        self.right_tabs.addTab(self.tracking, self.tr("Verfolgung"))
        self.right_tabs.addTab(self.editor.footnote_panel(), self.tr("Fußnoten"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.welcome = WelcomePage()
        self.centre = QStackedWidget()
        self.centre.addWidget(self.welcome)
        self.centre.addWidget(self.editor)
        for widget in (self.left_tabs, self.centre, self.right_tabs):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([460, 560, 460])
        self.setCentralWidget(self.splitter)

        self.commands = WindowCommands(self)
        self.recent_menu = build_menus(
            self, self.commands, self.editor.edit_actions, self.list_panel.view
        )
        self.welcome.new_requested.connect(self.commands.new_inquiry)
        self.welcome.import_requested.connect(self.commands.import_file)
        self.count_label = QLabel()  # permanent: transient messages must not hide the counts
        self.statusBar().addPermanentWidget(self.count_label)
        self.list_panel.inquiry_activated.connect(self.open_inquiry)
        self.dashboard.inquiry_activated.connect(self.open_inquiry)
        self.editor.edited.connect(self._on_edited)
        self.tracking.edited.connect(self._on_edited)
        operations.list_changed.connect(self._update_status)
        operations.inquiry_saved.connect(lambda _id: self._update_status())
        self._show_empty(True)
        self.resize(1480, 900)
        self._restore_layout()
        self._update_status()

    # -- opening and saving -------------------------------------------------

    def open_inquiry(self, inquiry_id: int) -> None:
        """Save the open inquiry, then load another into every view."""
        if self.current is not None and self.current.id == inquiry_id:
            return
        self.autosave.flush()
        try:
            inquiry = self.ops.get(inquiry_id)
            parliament = self.ops.registry.get(inquiry.parliament)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Öffnen nicht möglich"), str(error))
            return
        self.current = inquiry
        self.editor.load(inquiry, parliament)
        self._refresh_derived(inquiry, load_tracking=True)
        self.preview.show_inquiry(inquiry)
        self._show_empty(False)
        self.list_panel.select_inquiry(inquiry_id)  # opened from elsewhere: show it in the list
        self.recent_menu.refresh(remember(self.settings, inquiry_id))

    def reload_inquiry(self) -> None:
        """Load the open inquiry again from the store (after a change made outside the editor)."""
        if self.current is None or self.current.id is None:
            return
        inquiry_id = self.current.id
        self.autosave.discard()
        self.current = None
        self.open_inquiry(inquiry_id)

    def flush_edits(self) -> None:
        """Save what was typed now, before a command changes the inquiry in the store."""
        self.autosave.flush()

    def close_inquiry(self) -> None:
        """Close the open inquiry without saving it again (it is gone); show the start page."""
        self.autosave.discard()
        self.current = None
        self._show_empty(True)

    def save_current(self) -> None:
        """Save what the editor and the tracking pane show (called by autosave)."""
        if self.current is None:
            return
        inquiry = self.editor.inquiry()
        self.tracking.apply_to(inquiry)
        try:
            self.ops.save(inquiry)
        except DeskError as error:
            # The edit stays in the editor; saving again after a fix loses nothing.
            self.statusBar().showMessage(self.tr("Nicht gespeichert: %1").replace("%1", str(error)))
            # Retry on the autosave timer: a user who stops typing after freeing
            # the disk would otherwise lose the edit when closing the window.
            self.autosave.mark_dirty()
            return
        self.current = inquiry
        self._refresh_derived(inquiry, load_tracking=False)

    def _on_edited(self) -> None:
        """Schedule a save, and a fresh preview once typing pauses."""
        if self.current is None:
            return
        self.autosave.mark_dirty()
        self._preview_timer.start()  # restarted by every edit: a debounce

    def _refresh_preview(self) -> None:
        """Render the preview of what the views show now."""
        if self.current is None:
            return
        inquiry = self.editor.inquiry()
        self.tracking.apply_to(inquiry)
        self.preview.show_inquiry(inquiry)

    def _refresh_derived(self, inquiry: Inquiry, *, load_tracking: bool) -> None:
        """Recompute the deadline and the formal checks (the preview follows typing pauses)."""
        try:
            deadline = self.ops.deadline(inquiry)
        except DeskError as error:
            self.statusBar().showMessage(str(error))
            deadline = None
        if load_tracking:
            self.tracking.load(inquiry, deadline)
        elif deadline is not None:
            self.tracking.show_deadline(deadline)
        parliament = self.ops.registry.get(inquiry.parliament)
        self.editor.show_findings(check(inquiry, parliament))

    def _show_empty(self, empty: bool) -> None:
        """Show the welcome page, and disable the side views, while no inquiry is open."""
        self.centre.setCurrentWidget(self.welcome if empty else self.editor)
        for widget in (self.tracking, self.preview):
            widget.setEnabled(not empty)

    # -- files ----------------------------------------------------------------

    def import_path(self, path: Path) -> int | None:
        """Import a file and open it; say why in a message box if it fails."""
        try:
            outcome = self.ops.import_path(path)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Import nicht möglich"), str(error))
            return None
        self.open_inquiry(outcome.id)
        self.statusBar().showMessage(" · ".join(outcome.report), 15000)
        return outcome.id

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        for path in paths:
            if not importable(path):
                QMessageBox.warning(
                    self,
                    self.tr("Import nicht möglich"),
                    self.tr("Dateien der Art „%1“ kann Anfragen-Desk nicht einlesen.").replace(
                        "%1", path.suffix or path.name
                    ),
                )
                continue
            self.import_path(path)
        event.acceptProposedAction()

    # -- status, layout, closing ------------------------------------------------

    def _update_status(self) -> None:
        """Show the number of inquiries and of pressing deadlines."""
        count = self.ops.desk.count()
        # German is the source language, so plurals are chosen here, not by a .qm file.
        text = (
            self.tr("1 Anfrage") if count == 1 else self.tr("%1 Anfragen").replace("%1", str(count))
        )
        summary = self.dashboard.summary_text()
        self.count_label.setText(f"{text} · {summary}" if summary else text)

    def show_start_notice(self) -> None:
        """Say, without blocking, when something is overdue or due within 3 days."""
        notice = self.dashboard.needs_notice(within_days=3)
        if notice:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Fristen"), notice, parent=self)
            box.setModal(False)
            box.show()
            QTimer.singleShot(0, box.raise_)
            self._notice = box  # keep it alive while it is shown

    def _restore_layout(self) -> None:
        """Restore window geometry and splitter sizes from the last session."""
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        sizes = self.settings.value("window/splitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosave.flush()
        self.preview.shutdown()  # a render still running must not outlive its window
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)
