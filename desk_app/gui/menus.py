"""The main window's menus and toolbar, and what their commands do."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolBar

from desk_app import __version__
from desk_app.gui import inquiry_commands
from desk_app.gui.export_dialog import ask_export
from desk_app.gui.history_dialog import HistoryDialog
from desk_app.gui.i18n import LANGUAGES, chosen_language, save_language
from desk_app.gui.new_inquiry_dialog import NewInquiryDialog
from desk_app.gui.recent import recent_ids
from desk_app.model import DeskError
from desk_app.service import IMPORT_SUFFIXES

if TYPE_CHECKING:
    from desk_app.gui.main_window import MainWindow


class WindowActions:
    """Own the window's actions and carry out the commands behind them."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.recent_menu = QMenu(QCoreApplication.translate("Menus", "&Zuletzt geöffnet"), window)

    def new_inquiry(self) -> None:
        """Ask for parliament and kind, create the inquiry from the template and open it."""
        settings = self.window.settings
        last = settings.value("new/parliament")
        chosen = last if isinstance(last, str) else None
        dialog = NewInquiryDialog(self.window.ops.registry, self.window, parliament_id=chosen)
        accepted = dialog.exec()
        values = dialog.result_values()
        dialog.deleteLater()  # a closed dialog must not stay the active window
        if not accepted:
            return
        parliament, kind, originators, faction, title = values
        settings.setValue("new/parliament", parliament)
        try:
            inquiry = self.window.ops.create(parliament, kind, originators, faction, title)
        except DeskError as error:
            QMessageBox.warning(
                self.window,
                QCoreApplication.translate("Menus", "Anlegen nicht möglich"),
                str(error),
            )
            return
        assert inquiry.id is not None
        self.window.open_inquiry(inquiry.id)
        self.window.activateWindow()
        editor = self.window.editor
        # The user starts where the template left off: the title, or the preamble.
        (editor.preamble_edit if title else editor.title_edit).setFocus()

    def import_file(self) -> None:
        """Ask for a file and import it."""
        patterns = " ".join(f"*{suffix}" for suffix in IMPORT_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("Menus", "Anfrage importieren"),
            "",
            QCoreApplication.translate("Menus", "Anfragen (%1)").replace("%1", patterns),
        )
        if path:
            self.window.import_path(Path(path))

    def export(self) -> None:
        """Ask for format, layout and file, then export the open inquiry."""
        window = self.window
        if window.current is None:
            return
        window.autosave.flush()
        inquiry = window.editor.inquiry()
        window.tracking.apply_to(inquiry)
        choice = ask_export(window, inquiry, window.ops.registry)
        if choice is None:
            return
        try:
            outcome = window.ops.export(
                inquiry, choice.fmt, choice.path, choice.layout, choice.template
            )
        except DeskError as error:
            QMessageBox.warning(
                window, QCoreApplication.translate("Menus", "Export nicht möglich"), str(error)
            )
            return
        if outcome.warnings:
            # What the writer had to drop or could not place: the user should know before sending.
            QMessageBox.information(
                window,
                QCoreApplication.translate("Menus", "Exportiert, mit Hinweisen"),
                "\n".join(outcome.warnings),
            )
        window.statusBar().showMessage(
            QCoreApplication.translate("Menus", "Exportiert: %1").replace("%1", str(outcome.path)),
            8000,
        )

    def history(self) -> None:
        """Show earlier versions of the open inquiry and restore one."""
        window = self.window
        if window.current is None or window.current.id is None:
            return
        window.autosave.flush()
        dialog = HistoryDialog(window.ops, window.current.id, window)
        dialog.restored.connect(self.reopen)
        dialog.exec()

    def reopen(self, inquiry_id: int) -> None:
        """Load an inquiry afresh after it changed behind the editor's back."""
        self.window.autosave.discard()
        self.window.current = None
        self.window.open_inquiry(inquiry_id)

    def refresh_recent(self, ids: list[int]) -> None:
        """Rebuild the recent-inquiries menu."""
        self.recent_menu.clear()
        for inquiry_id in ids:
            try:
                summary = self.window.ops.get(inquiry_id)
            except DeskError:
                continue  # deleted meanwhile
            title = "".join(getattr(i, "text", "") for i in summary.title.inlines)[:60]
            action = self.recent_menu.addAction(f"{summary.parliament} · {title or inquiry_id}")
            action.triggered.connect(partial(self.window.open_inquiry, inquiry_id))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    def set_language(self, language: str) -> None:
        """Remember the language; it applies at the next start."""
        save_language(self.window.settings, language)
        QMessageBox.information(
            self.window,
            QCoreApplication.translate("Menus", "Sprache"),
            QCoreApplication.translate("Menus", "Die Sprache wird beim nächsten Start umgestellt."),
        )

    def about(self) -> None:
        """Say what the program is."""
        QMessageBox.about(
            self.window,
            QCoreApplication.translate("Menus", "Über Anfragen-Desk"),
            QCoreApplication.translate(
                "Menus",
                "Anfragen-Desk %1\nParlamentarische Anfragen entwerfen, verfolgen und "
                "exportieren – offline.",
            ).replace("%1", __version__),
        )


def _action(window: MainWindow, text: str, slot, shortcut=None) -> QAction:
    """Create an action with a text, a slot and an optional shortcut."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    return action


def _add_all(target: QMenu | QToolBar, items: list[QAction | None]) -> None:
    """Add actions to a menu or toolbar; None stands for a separator."""
    for item in items:
        if item is None:
            target.addSeparator()
        else:
            target.addAction(item)


def build_menus(window: MainWindow) -> WindowActions:
    """Create the menu bar and toolbar of the main window."""
    commands = WindowActions(window)
    editor = window.editor
    keys = QKeySequence.StandardKey
    new = _action(
        window, QCoreApplication.translate("Menus", "&Neu …"), commands.new_inquiry, keys.New
    )
    open_ = _action(
        window,
        QCoreApplication.translate("Menus", "&Importieren …"),
        commands.import_file,
        keys.Open,
    )
    export = _action(
        window,
        QCoreApplication.translate("Menus", "&Exportieren …"),
        commands.export,
        QKeySequence("Ctrl+E"),
    )
    history = _action(window, QCoreApplication.translate("Menus", "&Verlauf …"), commands.history)
    answer = _action(
        window,
        QCoreApplication.translate("Menus", "&Antwort importieren …"),
        lambda: inquiry_commands.import_answer(window),
    )
    delete = _action(
        window,
        QCoreApplication.translate("Menus", "In den &Papierkorb"),
        lambda: inquiry_commands.delete_current(window),
    )
    trash = _action(
        window,
        QCoreApplication.translate("Menus", "Papier&korb …"),
        lambda: inquiry_commands.show_trash(window),
    )
    # Delete in the list only: in the editor the key deletes text.
    list_delete = _action(window, delete.text(), delete.trigger, QKeySequence.StandardKey.Delete)
    list_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.list_panel.view.addAction(list_delete)
    quit_ = _action(
        window, QCoreApplication.translate("Menus", "&Beenden"), window.close, keys.Quit
    )
    undo, redo = editor.undo_action, editor.redo_action
    formatting = [editor.bold_action, editor.italic_action, editor.quote_action]

    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Datei"))
    _add_all(file_menu, [new, open_, answer, export, history, None, delete, trash])
    file_menu.addMenu(commands.recent_menu)
    _add_all(file_menu, [None, quit_])
    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Bearbeiten"))
    _add_all(edit_menu, [undo, redo, None, *formatting, None, editor.insert_footnote_action])
    questions = bar.addMenu(QCoreApplication.translate("Menus", "&Fragen"))
    _add_all(
        questions,
        [
            editor.add_question_action,
            editor.add_subquestion_action,
            editor.delete_question_action,
            editor.move_question_up_action,
            editor.move_question_down_action,
        ],
    )
    view = bar.addMenu(QCoreApplication.translate("Menus", "&Ansicht"))
    view.addAction(
        _action(
            window,
            QCoreApplication.translate("Menus", "&Anfragen"),
            lambda: window.left_tabs.setCurrentIndex(0),
        )
    )
    view.addAction(
        _action(
            window,
            QCoreApplication.translate("Menus", "&Fristen"),
            lambda: window.left_tabs.setCurrentIndex(1),
        )
    )
    _language_menu(bar.addMenu(QCoreApplication.translate("Menus", "&Einstellungen")), commands)
    bar.addMenu(QCoreApplication.translate("Menus", "&Hilfe")).addAction(
        _action(window, QCoreApplication.translate("Menus", "&Über …"), commands.about)
    )

    toolbar = QToolBar(QCoreApplication.translate("Menus", "Werkzeuge"), window)
    toolbar.setObjectName("main-toolbar")
    _add_all(
        toolbar,
        [
            new,
            open_,
            export,
            None,
            undo,
            redo,
            None,
            *formatting,
            editor.insert_footnote_action,
            None,
            editor.add_question_action,
        ],
    )
    window.addToolBar(toolbar)
    commands.refresh_recent(recent_ids(window.settings))
    return commands


def _language_menu(settings_menu: QMenu, commands: WindowActions) -> None:
    """Offer the GUI languages as a checkable group."""
    language_menu = settings_menu.addMenu(QCoreApplication.translate("Menus", "&Sprache"))
    group = QActionGroup(language_menu)
    current = chosen_language(commands.window.settings)
    for code, name in LANGUAGES.items():
        action = QAction(name, language_menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(partial(commands.set_language, code))
        group.addAction(action)
        language_menu.addAction(action)
