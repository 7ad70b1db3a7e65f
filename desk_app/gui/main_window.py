"""The main window: list and deadlines left, the editor centre, preview and tracking right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
)

from desk_app.gui.autosave import Autosave
from desk_app.gui.lazy_page import LazyPage
from desk_app.gui.menus import add_editor_actions, build_menus
from desk_app.gui.recent import remember
from desk_app.gui.save_indicator import install_save_indicator
from desk_app.gui.welcome import WelcomePage
from desk_app.gui.window_commands import WindowCommands
from desk_app.model.errors import DeskError

# The window is shown before the store opens: what it shows then is built here,
# the rest (list, editor, panes, their imports) in attach() or when first shown.
if TYPE_CHECKING:
    from desk_app.gui.conflict_offer import ConflictOffer
    from desk_app.gui.dashboard import Dashboard
    from desk_app.gui.due_groups import DueGroups
    from desk_app.gui.editor.inquiry_editor import InquiryEditor
    from desk_app.gui.list_panel import ListPanel
    from desk_app.gui.operations import Operations
    from desk_app.gui.preview import PreviewPane
    from desk_app.gui.statistics_tab import StatisticsTab
    from desk_app.gui.tracking_pane import TrackingPane
    from desk_app.model import Inquiry

PREVIEW_PAUSE_MS = 300


class MainWindow(QMainWindow):
    """Hold the views of the app and keep them in step with the open inquiry."""

    first_painted = Signal()  # once, after the first frame: the cue to open the store

    ops: Operations
    editor: InquiryEditor
    conflicts: ConflictOffer

    def __init__(
        self, operations: Operations | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.current: Inquiry | None = None
        self._groups: DueGroups | None = None
        self._painted = False
        self.setWindowTitle(self.tr("Anfragen-Desk"))
        self.setAcceptDrops(True)
        self.autosave = Autosave(self.save_current, parent=self)
        opening = self.tr("Die Datenbank wird geöffnet …")

        self._list_page = LazyPage(self._build_list_panel, opening)
        self._dashboard_page = LazyPage(self._build_dashboard, opening)
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(self._list_page, self.tr("Anfragen"))
        self.left_tabs.addTab(self._dashboard_page, self.tr("Fristen"))
        self._statistics_page = LazyPage(self._build_statistics, opening)
        self.left_tabs.addTab(self._statistics_page, self.tr("Statistik"))

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_PAUSE_MS)
        self._preview_timer.timeout.connect(self._refresh_preview)
        self._preview_page = LazyPage(self._build_preview)
        self._tracking_page = LazyPage(self._build_tracking)
        self._footnote_page = LazyPage(lambda: self.editor.footnote_panel())
        self.right_tabs = QTabWidget()
        self.right_tabs.addTab(self._preview_page, self.tr("Vorschau"))
        self.right_tabs.addTab(self._tracking_page, self.tr("Verfolgung"))
        self.right_tabs.addTab(self._footnote_page, self.tr("Fußnoten"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.welcome = WelcomePage()
        self.welcome.setEnabled(False)  # both ways to start need the store
        self.centre = QStackedWidget()
        self.centre.addWidget(self.welcome)
        for widget in (self.left_tabs, self.centre, self.right_tabs):
            self.splitter.addWidget(widget)
        # The editor takes what a wider window adds; no pane can be dragged away to nothing.
        self.splitter.setSizes([440, 480, 360])
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.commands = WindowCommands(self)
        self.menus = build_menus(self, self.commands)
        self.recent_menu = self.menus.recent
        self.welcome.new_requested.connect(self.commands.new_inquiry)
        self.welcome.import_requested.connect(self.commands.import_file)
        self.count_label = QLabel(opening)  # permanent: transient messages must not hide it
        self.statusBar().addPermanentWidget(self.count_label)
        from desk_app.gui.due_badge import DueBadge

        self.due_badge = DueBadge(self)
        self.due_badge.clicked.connect(self.commands.show_deadlines)
        self.statusBar().addPermanentWidget(self.due_badge)
        self.save_indicator = install_save_indicator(self, self.autosave)
        self._show_empty(True)
        self.resize(1480, 900)
        self._restore_layout()
        if operations is not None:
            self.attach(operations)

    def attach(self, operations: Operations) -> None:
        """Work on the opened store: build the list and the editor, enable the commands."""
        from desk_app.gui.editor.inquiry_editor import InquiryEditor

        self.ops = operations
        from desk_app.gui.extra_days import saved_extra_days

        operations.extra_days = saved_extra_days(self.settings)
        self.editor = InquiryEditor()  # scrolls by itself
        self.editor.toolbar.hide()  # the window's toolbar carries the same actions
        self.centre.addWidget(self.editor)
        self.editor.edited.connect(self._on_edited)
        from desk_app.gui.conflict_offer import ConflictOffer

        self.conflicts = ConflictOffer(self, self)  # a colleague saved first: compare both versions
        # "Quelle bearbeiten" shows the footnotes tab, built or not yet.
        self.editor.footnote_panel().show_requested.connect(
            lambda: self.right_tabs.setCurrentWidget(self._footnote_page)
        )
        for page in (self._list_page, self._dashboard_page, self._preview_page):
            page.arm()
        self._statistics_page.arm()
        self._tracking_page.arm()
        self._footnote_page.arm()
        add_editor_actions(self.menus, self.editor.edit_actions, self.list_panel.view)
        operations.list_changed.connect(self._update_status)
        operations.inquiry_saved.connect(self._on_saved)
        from desk_app.gui.live_updates import LiveUpdates, follow_colleagues

        # On a server: who else has the open inquiry open (the soft lock), said here.
        self.editing_label = QLabel()
        self.editing_label.setStyleSheet("font-weight: bold")
        self.editing_label.hide()
        self.statusBar().addPermanentWidget(self.editing_label)
        self._live: LiveUpdates | None = follow_colleagues(self)  # colleagues' changes appear
        from desk_app.gui.journal_notice import bring_in_journal

        bring_in_journal(self, operations, self.conflicts)
        from desk_app.gui.dip_start_check import DipStartCheck, checks_at_start

        self.dip_check = DipStartCheck(self, self)
        if checks_at_start(self.settings):  # only if the user asked for it
            self.dip_check.start()  # edits a refused or failed save kept
        self.menus.enable_store_actions()
        self.welcome.setEnabled(True)
        self._update_status()

    def attached(self) -> bool:
        """Tell whether the store is open and the window works on it."""
        return hasattr(self, "ops")

    # -- the views built when first needed --------------------------------------

    @property
    def list_panel(self) -> ListPanel:
        """Return the list of inquiries (built once the store is open)."""
        return cast("ListPanel", self._list_page.widget())

    @property
    def dashboard(self) -> Dashboard:
        """Return the deadline dashboard, building it at first use."""
        return cast("Dashboard", self._dashboard_page.widget())

    @property
    def preview(self) -> PreviewPane:
        """Return the preview pane, building it at first use."""
        return cast("PreviewPane", self._preview_page.widget())

    @property
    def tracking(self) -> TrackingPane:
        """Return the tracking pane, building it at first use."""
        return cast("TrackingPane", self._tracking_page.widget())

    def _build_list_panel(self) -> ListPanel:
        from desk_app.gui.list_panel import ListPanel

        panel = ListPanel(self.ops)
        panel.inquiry_activated.connect(self.open_inquiry)
        return panel

    def _build_dashboard(self) -> Dashboard:
        from desk_app.gui.dashboard import Dashboard

        dashboard = Dashboard(self.ops)
        dashboard.inquiry_activated.connect(self.open_inquiry)
        dashboard.untrack_requested.connect(self.commands.untrack)
        # From now on the status reads the dashboard's groups: connect again, so
        # that it runs after the dashboard has refreshed them on the same signal.
        for signal, slot in (
            (self.ops.list_changed, self._update_status),
            (self.ops.inquiry_saved, self._on_saved),
        ):
            signal.disconnect(slot)
            signal.connect(slot)
        return dashboard

    @property
    def statistics(self) -> StatisticsTab:
        """Return the statistics tab, building it (and loading Qt Charts) at first use."""
        return cast("StatisticsTab", self._statistics_page.widget())

    def _build_statistics(self) -> StatisticsTab:
        from desk_app.gui.statistics_tab import StatisticsTab

        return StatisticsTab(self.ops, self.settings)

    def _build_preview(self) -> PreviewPane:
        from desk_app.gui.preview import PreviewPane

        # The window debounces edits itself (building the inquiry per keystroke
        # would cost typing time), so the pane renders as soon as it is asked.
        return PreviewPane(self.ops.registry, delay_ms=0)

    def _build_tracking(self) -> TrackingPane:
        from desk_app.gui.tracking_pane import TrackingPane

        tracking = TrackingPane(self.ops.deadline, self.ops.today, warn_day=self.ops.day_warning)
        tracking.edited.connect(self._on_edited)
        return tracking

    # -- opening and saving -------------------------------------------------

    def open_inquiry(self, inquiry_id: int) -> None:
        """Save the open inquiry, then load another into every view."""
        if self.current is not None and self.current.id == inquiry_id:
            return
        self.autosave.flush()
        if self.autosave.is_dirty():
            # Refused (a colleague saved first) or not taken: the journal keeps it, and the
            # comparison offers it again; the next inquiry starts without a held edit.
            self.autosave.discard()
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
        self._follow(inquiry_id)
        self.conflicts.opened(inquiry_id)  # an edit of it kept earlier waits for a decision

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
        self._follow(None)

    def _follow(self, inquiry_id: int | None) -> None:
        """Tell colleagues (on a server) which inquiry is open here now."""
        self.editing_label.hide()
        if self._live is not None:
            self._live.follow(inquiry_id)

    def save_current(self) -> None:
        """Save what the editor and the tracking pane show (called by autosave)."""
        if self.current is None:
            return
        from desk_app.service import StaleInquiry  # loaded with the store, not at start

        inquiry = self.shown_inquiry()
        try:
            self.ops.save(inquiry)
        except StaleInquiry as error:
            # A colleague saved first: the edit waits (editor, journal) for the user's choice.
            self.autosave.hold()
            self.conflicts.refused(inquiry, error)
            return
        except DeskError as error:
            # The edit stays in the editor; saving again after a fix loses nothing.
            self.statusBar().showMessage(
                self.tr("Nicht gespeichert (auf diesem Rechner bewahrt): %1").replace(
                    "%1", str(error)
                )
            )
            # Retry on the autosave timer: a user who stops typing after freeing
            # the disk would otherwise lose the edit when closing the window.
            self.autosave.mark_dirty()
            return
        self.current = inquiry
        self._refresh_derived(inquiry, load_tracking=False)

    def shown_inquiry(self) -> Inquiry:
        """Return the inquiry as the editor and the tracking pane show it now."""
        inquiry = self.editor.inquiry()
        self.tracking.apply_to(inquiry)
        return inquiry

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
        self.preview.show_inquiry(self.shown_inquiry())

    def _refresh_derived(self, inquiry: Inquiry, *, load_tracking: bool) -> None:
        """Recompute the deadline and the formal checks (the preview follows typing pauses)."""
        try:
            deadline = self.ops.deadline(inquiry)
        except DeskError as error:
            self.statusBar().showMessage(str(error))
            deadline = None
        if load_tracking:
            try:
                parliament = self.ops.registry.get(inquiry.parliament)
            except DeskError:
                parliament = None  # the pane names its fields generically
            self.tracking.load(inquiry, deadline, parliament)
        elif deadline is not None:
            self.tracking.show_deadline(deadline)
        self.editor.show_findings(self.ops.check(inquiry))

    def _show_empty(self, empty: bool) -> None:
        """Show the welcome page, and disable the side views, while no inquiry is open."""
        self.centre.setCurrentWidget(self.welcome if empty else self.editor)
        for page in (self._tracking_page, self._preview_page):
            page.setEnabled(not empty)

    # -- files ----------------------------------------------------------------

    def import_path(self, path: Path) -> int | None:
        """Import a file and open it: with progress, asking before a second copy, errors said."""
        from desk_app.gui import inquiry_commands

        return inquiry_commands.import_file(self, path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # A drop before the store is open would have nowhere to go.
        if self.attached() and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from desk_app.service import importable

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

    def _on_saved(self, _inquiry_id: int) -> None:
        self._update_status()

    def _due_groups(self) -> DueGroups:
        """Return the due groups: the dashboard's once built, else read for the status alone."""
        if self._dashboard_page.built():
            return self.dashboard.groups()
        from desk_app.gui.due_groups import collect

        return collect(self.ops.desk, self.ops.today())

    def _update_status(self) -> None:
        """Show the number of inquiries and of pressing deadlines."""
        from desk_app.gui.due_notice import summary_text

        count = self.ops.desk.count()
        # German is the source language, so plurals are chosen here, not by a .qm file.
        text = (
            self.tr("1 Anfrage") if count == 1 else self.tr("%1 Anfragen").replace("%1", str(count))
        )
        self._groups = self._due_groups()
        summary = summary_text(self._groups)
        if self.ops.read_only:
            # Opened for reading only (no write rights): say it before an autosave is refused.
            text = self.tr("Nur lesen (keine Schreibrechte)") + " · " + text
        self.count_label.setText(f"{text} · {summary}" if summary else text)
        self.due_badge.show_groups(self._groups, self.ops.today())

    def show_start_notice(self) -> None:
        """Say, without covering the window, when something is overdue or due within 3 days."""
        if self._groups is None:
            return  # the store is not open: nothing is known to be due
        # The badge is shown already; the tray tells a user who looks elsewhere.
        self.due_badge.notify(self._groups, self.ops.today())

    def show_place(self, inquiry_id: int, field: str) -> None:
        """Open an inquiry at the widget that shows a field (a link of the import report)."""
        from desk_app.gui.field_places import editor_place, tracking_place

        self.open_inquiry(inquiry_id)
        if self.current is None or self.current.id != inquiry_id:
            return  # it could not be opened; the window said why
        if field == "footnotes":
            self.right_tabs.setCurrentWidget(self._footnote_page)
            return
        place = editor_place(self.editor, field)
        if place is None:
            place = tracking_place(self.tracking, field)
            if place is None:
                return
            self.right_tabs.setCurrentWidget(self._tracking_page)
            self.tracking.scroll_area.ensureWidgetVisible(place)
        else:
            self.editor.ensure_visible(place)
        self.activateWindow()
        place.setFocus()

    def _restore_layout(self) -> None:
        """Restore window geometry and splitter sizes from the last session."""
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        sizes = self.settings.value("window/splitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Queued: this frame reaches the screen before the store is opened behind it.
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.attached():
            self.conflicts.closing = True  # a refused edit stays in the journal, asked next time
        self.autosave.flush()
        self.autosave.stop_retrying()  # the window goes: no retry may fire into it
        live, self._live = getattr(self, "_live", None), None
        if live is not None:
            live.stop()
        self.due_badge.remove_tray()
        if self._preview_page.built():
            self.preview.shutdown()  # a render still running must not outlive its window
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)
