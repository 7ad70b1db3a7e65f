"""What the main window's menu entries do: new, import, export, history, language, about."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QTabWidget, QWidget

from desk_app import __version__
from desk_app.model import plain
from desk_app.model.errors import DeskError

# The dialogs and the editor are imported when first used: the window is shown before them.
if TYPE_CHECKING:
    from desk_app.gui.autosave import Autosave
    from desk_app.gui.editor.inquiry_editor import InquiryEditor
    from desk_app.gui.export_dialog import ExportChoice, ExportWriter
    from desk_app.gui.inquiry_commands import InquiryWindow
    from desk_app.gui.preview import PreviewPane
    from desk_app.gui.tracking_pane import TrackingPane
    from desk_app.model import Inquiry
    from desk_app.rules.registry import ProfileRegistry
    from desk_app.service import ExportOutcome
else:

    class InquiryWindow(Protocol):
        """Stand in at run time for the protocol that inquiry_commands defines for the checker."""

# Every string keeps the translation context "Menus" that the .ts file names.


def ask_export(
    parent: QWidget,
    inquiry: Inquiry,
    registry: ProfileRegistry,
    settings: QSettings,
    write: ExportWriter,
) -> ExportOutcome | None:
    """Run the export dialog (loaded at first use); return the last export that worked."""
    from desk_app.gui.export_dialog import run_export

    return run_export(parent, inquiry, registry, settings, write)


class CommandHost(InquiryWindow, Protocol):
    """Name what the commands need of the main window, so that they need not import it."""

    settings: QSettings
    editor: InquiryEditor
    autosave: Autosave
    left_tabs: QTabWidget

    @property
    def tracking(self) -> TrackingPane:
        """Return the tracking pane (built at first use)."""

    @property
    def preview(self) -> PreviewPane:
        """Return the preview pane (built at first use)."""

    def import_path(self, path: Path) -> int | None:
        """Import a file and open it."""

    def activateWindow(self) -> None:
        """Bring the window to the front."""

    def window(self) -> QWidget:
        """Return the widget that dialogs belong to (the window itself)."""


class WindowCommands:
    """Carry out the commands behind the window's menus, toolbar and welcome page."""

    def __init__(self, host: CommandHost) -> None:
        self.host = host
        self.print_dialog: QDialog | None = None  # the print preview while it is open

    def new_inquiry(self) -> None:
        """Ask for parliament and kind, create the inquiry from the template and open it."""
        from desk_app.gui.new_inquiry_dialog import NewInquiryDialog

        settings = self.host.settings
        last = settings.value("new/parliament")
        chosen = last if isinstance(last, str) else None
        dialog = NewInquiryDialog(self.host.ops.registry, self.host.window(), parliament_id=chosen)
        accepted = dialog.exec()
        values = dialog.result_values()
        dialog.deleteLater()  # a closed dialog must not stay the active window
        if not accepted:
            return
        parliament, kind, originators, faction, title = values
        settings.setValue("new/parliament", parliament)
        try:
            inquiry = self.host.ops.create(parliament, kind, originators, faction, title)
        except DeskError as error:
            QMessageBox.warning(
                self.host.window(),
                QCoreApplication.translate("Menus", "Anlegen nicht möglich"),
                str(error),
            )
            return
        assert inquiry.id is not None
        self.host.open_inquiry(inquiry.id)
        self.host.activateWindow()
        editor = self.host.editor
        # The user starts where the template left off: the title, or the preamble.
        (editor.preamble_edit if title else editor.title_edit).setFocus()

    def import_file(self) -> None:
        """Ask for a file and import it."""
        from desk_app.service import IMPORT_SUFFIXES

        patterns = " ".join(f"*{suffix}" for suffix in IMPORT_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self.host.window(),
            QCoreApplication.translate("Menus", "Anfrage importieren"),
            "",
            QCoreApplication.translate("Menus", "Anfragen (%1)").replace("%1", patterns),
        )
        if path:
            self.host.import_path(Path(path))

    def export(self) -> None:
        """Ask for format, layout and file, and export the open inquiry from the dialog."""
        window = self.host
        if window.current is None:
            return
        window.autosave.flush()
        inquiry = window.editor.inquiry()
        window.tracking.apply_to(inquiry)

        def write(choice: ExportChoice) -> ExportOutcome:
            return window.ops.export(
                inquiry, choice.fmt, choice.path, choice.layout, choice.template, window.window()
            )

        outcome = ask_export(window.window(), inquiry, window.ops.registry, window.settings, write)
        if outcome is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("Menus", "Exportiert: %1").replace(
                    "%1", str(outcome.path)
                ),
                8000,
            )

    def save_now(self) -> None:
        """Save the open inquiry now instead of waiting for the autosave."""
        window = self.host
        if window.current is None:
            return
        window.autosave.flush()
        if not window.autosave.is_dirty():  # a failed save has said why in the status bar
            window.statusBar().showMessage(QCoreApplication.translate("Menus", "Gespeichert"), 3000)

    def print_inquiry(self) -> None:
        """Open the print preview of the open inquiry, in the layout the preview pane shows."""
        from desk_app.gui.printing import print_preview, render_pages
        from desk_app.service.progress import Cancelled

        window = self.host
        if window.current is None:
            return
        window.autosave.flush()
        inquiry = window.editor.inquiry()
        window.tracking.apply_to(inquiry)
        try:
            parliament = window.ops.registry.get(inquiry.parliament)
            layout = window.preview.layout_name()
            data = render_pages(window.window(), inquiry, parliament, layout)
        except Cancelled:
            return
        except DeskError as error:
            QMessageBox.warning(
                window.window(),
                QCoreApplication.translate("Menus", "Drucken nicht möglich"),
                str(error),
            )
            return
        self.print_dialog = print_preview(window.window(), data)

    def history(self) -> None:
        """Show earlier versions of the open inquiry and restore one."""
        from desk_app.gui.history_dialog import HistoryDialog

        window = self.host
        if window.current is None or window.current.id is None:
            return
        window.autosave.flush()
        dialog = HistoryDialog(window.ops, window.current.id, window.window())
        dialog.restored.connect(self.reopen)
        dialog.exec()

    def import_answer(self) -> None:
        """Attach the government's answer (a file) to the open inquiry."""
        from desk_app.gui import inquiry_commands

        inquiry_commands.import_answer(self.host)

    def delete_current(self) -> None:
        """Move the open inquiry to the trash."""
        from desk_app.gui import inquiry_commands

        inquiry_commands.delete_current(self.host)

    def show_trash(self) -> None:
        """Show the deleted inquiries, to restore or purge them."""
        from desk_app.gui import inquiry_commands

        inquiry_commands.show_trash(self.host)

    def reopen(self, inquiry_id: int) -> None:
        """Load an inquiry afresh after it changed behind the editor's back."""
        self.host.autosave.discard()
        self.host.current = None
        self.host.open_inquiry(inquiry_id)

    def show_inquiries(self) -> None:
        """Bring the list of inquiries to the front of the left side."""
        self.host.left_tabs.setCurrentIndex(0)

    def show_deadlines(self) -> None:
        """Bring the deadlines to the front of the left side."""
        self.host.left_tabs.setCurrentIndex(1)

    def set_language(self, language: str) -> None:
        """Show the window in another language now, and remember it for the next start."""
        from desk_app.gui.language_switch import switch_language

        switch_language(self.host.window(), language)  # type: ignore[arg-type]  # the main window

    def export_calendar(self) -> None:
        """Write the due dates of every open inquiry as a calendar file, with progress."""
        from desk_app.gui.calendar_export import export_open_calendar

        export_open_calendar(self.host)

    def sync_from_dip(self) -> None:
        """Bring the open Bundestag inquiry up to date from the DIP: number, date, answer."""
        from desk_app.gui.long_task import Attempt

        window = self.host
        if window.current is None or window.current.id is None:
            return
        window.flush_edits()
        inquiry_id = window.current.id
        with Attempt(
            window.window(),
            QCoreApplication.translate("Menus", "DIP-Abgleich nicht möglich"),
            QCoreApplication.translate("Menus", "DIP-Abgleich abgebrochen; nichts geändert."),
        ) as attempt:
            outcome = window.ops.sync_from_dip(inquiry_id, window.window())
        if not attempt.ok:
            return
        if outcome.changed:
            window.reload_inquiry()
        said = [outcome.summary(), *outcome.notes]
        window.statusBar().showMessage(
            QCoreApplication.translate("Menus", "DIP: %1").replace("%1", "; ".join(said)), 15000
        )

    def edit_dip_key(self) -> None:
        """Ask for the DIP API key and keep it where desk sync reads it (never in the store)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        window = self.host
        key, ok = QInputDialog.getText(
            window.window(),
            QCoreApplication.translate("Menus", "DIP-API-Schlüssel"),
            QCoreApplication.translate(
                "Menus",
                "Den Schlüssel vergibt der Bundestag (dip.bundestag.de, „API-Key beantragen“). "
                "Er wird nur in Ihrem Benutzerordner gespeichert; leer lassen entfernt ihn.",
            ),
            QLineEdit.EchoMode.Password,
            window.ops.saved_dip_key(),
        )
        if not ok:
            return
        try:
            window.ops.save_dip_key(key)
        except DeskError as error:
            QMessageBox.warning(
                window.window(),
                QCoreApplication.translate("Menus", "Schlüssel nicht gespeichert"),
                str(error),
            )

    def set_dip_check_at_start(self, on: bool) -> None:
        """Remember whether every start looks the open Bundestag inquiries up in the DIP."""
        from desk_app.gui.dip_start_check import CHECK_KEY

        self.host.settings.setValue(CHECK_KEY, on)

    def edit_database(self) -> None:
        """Choose the store (a file or the office's server) and the name in the history."""
        from desk_app.gui.database_settings import DatabaseDialog

        window = self.host
        desk = window.ops.desk
        dialog = DatabaseDialog(window.settings, desk.db_path, desk.author, window.window())
        if dialog.exec():
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Menus", "Die Datenbank-Einstellung gilt ab dem nächsten Start."
                ),
                8000,
            )

    def edit_extra_days(self) -> None:
        """Edit the days off that count in every deadline the window shows."""
        from desk_app.gui.extra_days import ask_extra_days

        window = self.host
        days = ask_extra_days(window.window(), window.settings)
        if days is None:
            return
        window.ops.extra_days = days
        if window.current is not None:
            window.flush_edits()
            window.reload_inquiry()  # the pane counts its deadline again, with these days

    def untrack(self, inquiry_id: int) -> None:
        """Stop following an inquiry: it no longer counts as due or overdue."""
        window = self.host
        window.flush_edits()
        try:
            inquiry = window.ops.get(inquiry_id)
            inquiry.dates.untracked = inquiry.dates.untracked or window.ops.today()
            window.ops.save(inquiry)
        except DeskError as error:
            QMessageBox.warning(
                window.window(),
                QCoreApplication.translate("Menus", "Nicht gespeichert"),
                str(error),
            )
            return
        if window.current is not None and window.current.id == inquiry_id:
            window.reload_inquiry()  # the open pane shows the tick
        window.statusBar().showMessage(
            QCoreApplication.translate("Menus", "„%1“ wird nicht mehr verfolgt.").replace(
                "%1", plain(inquiry.title.inlines)
            ),
            8000,
        )

    def about(self) -> None:
        """Say what the program is."""
        QMessageBox.about(
            self.host.window(),
            QCoreApplication.translate("Menus", "Über Anfragen-Desk"),
            QCoreApplication.translate(
                "Menus",
                "Anfragen-Desk %1\nParlamentarische Anfragen entwerfen, verfolgen und "
                "exportieren – offline.",
            ).replace("%1", __version__),
        )
