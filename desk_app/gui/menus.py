"""The main window's menus and toolbar: which entries there are, with their shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from desk_app.gui.dip_start_check import checks_at_start
from desk_app.gui.i18n import LANGUAGES, chosen_language
from desk_app.gui.recent import recent_ids
from desk_app.model.errors import DeskError

if TYPE_CHECKING:  # the editor and the commands' dialogs load after the window is shown
    from desk_app.gui.editor.editor_actions import EditorActions
    from desk_app.gui.window_commands import CommandHost, WindowCommands

# Every string keeps the translation context "Menus" that the .ts file names.


class RecentMenu(QMenu):
    """List the inquiries opened last; choosing one opens it."""

    def __init__(self, window: CommandHost, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("Menus", "&Zuletzt geöffnet"), parent)
        self.host = window

    def refresh(self, ids: list[int]) -> None:
        """Rebuild the entries for these inquiry ids, newest first."""
        self.clear()
        for inquiry_id in ids:
            try:
                summary = self.host.ops.get(inquiry_id)
            except DeskError:
                continue  # deleted meanwhile
            title = "".join(getattr(i, "text", "") for i in summary.title.inlines)[:60]
            action = self.addAction(f"{summary.parliament} · {title or inquiry_id}")
            action.triggered.connect(partial(self.host.open_inquiry, inquiry_id))
        self.setEnabled(bool(self.actions()))


def _action(
    window: QMainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    """Create an action with a text, a slot and an optional shortcut."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _add_all(target: QMenu | QToolBar, items: list[QAction | None]) -> None:
    """Add actions to a menu or toolbar; None stands for a separator."""
    for item in items:
        if item is None:
            target.addSeparator()
        else:
            target.addAction(item)


@dataclass(slots=True)
class WindowMenus:
    """Hold the menus and actions that are completed or enabled once the store is open."""

    recent: RecentMenu
    edit: QMenu
    questions: QMenu
    toolbar: QToolBar
    delete: QAction
    needs_store: list[QAction]  # disabled until the database is open

    def enable_store_actions(self) -> None:
        """Enable what needs the open store, and list the recent inquiries."""
        for action in self.needs_store:
            action.setEnabled(True)
        self.recent.refresh(recent_ids(self.recent.host.settings))


def build_menus(window: QMainWindow, commands: WindowCommands) -> WindowMenus:
    """Create the menu bar and toolbar; store commands start disabled, editor actions come later."""
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
    save = _action(
        window, QCoreApplication.translate("Menus", "&Speichern"), commands.save_now, keys.Save
    )
    print_ = _action(
        window,
        QCoreApplication.translate("Menus", "&Drucken …"),
        commands.print_inquiry,
        keys.Print,
    )
    history = _action(window, QCoreApplication.translate("Menus", "&Verlauf …"), commands.history)
    answer = _action(
        window,
        QCoreApplication.translate("Menus", "&Antwort importieren …"),
        commands.import_answer,
    )
    delete = _action(
        window, QCoreApplication.translate("Menus", "In den &Papierkorb"), commands.delete_current
    )
    trash = _action(
        window, QCoreApplication.translate("Menus", "Papier&korb …"), commands.show_trash
    )
    quit_ = _action(
        window, QCoreApplication.translate("Menus", "&Beenden"), window.close, keys.Quit
    )
    recent = RecentMenu(commands.host, window)
    recent.setEnabled(False)

    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Datei"))
    calendar = _action(
        window,
        QCoreApplication.translate("Menus", "Fristen als &Kalender exportieren …"),
        commands.export_calendar,
    )
    dip = _action(
        window,
        QCoreApplication.translate("Menus", "Aus &DIP aktualisieren"),
        commands.sync_from_dip,
    )
    _add_all(
        file_menu,
        [new, open_, save, answer, dip, export, calendar, print_, history, None, delete, trash],
    )
    file_menu.addMenu(recent)
    _add_all(file_menu, [None, quit_])
    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Bearbeiten"))
    questions = bar.addMenu(QCoreApplication.translate("Menus", "&Fragen"))
    view = bar.addMenu(QCoreApplication.translate("Menus", "&Ansicht"))
    view.addAction(
        _action(window, QCoreApplication.translate("Menus", "&Anfragen"), commands.show_inquiries)
    )
    view.addAction(
        _action(window, QCoreApplication.translate("Menus", "&Fristen"), commands.show_deadlines)
    )
    settings_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Einstellungen"))
    _language_menu(settings_menu, commands)
    extra_days = _action(
        window,
        QCoreApplication.translate("Menus", "Zusätzliche &freie Tage …"),
        commands.edit_extra_days,
    )
    settings_menu.addAction(extra_days)
    dip_key = _action(
        window, QCoreApplication.translate("Menus", "DIP-API-&Schlüssel …"), commands.edit_dip_key
    )
    settings_menu.addAction(dip_key)
    dip_at_start = QAction(QCoreApplication.translate("Menus", "DIP beim S&tart prüfen"), window)
    dip_at_start.setCheckable(True)
    dip_at_start.setChecked(checks_at_start(window.settings))  # type: ignore[attr-defined]
    dip_at_start.setToolTip(
        QCoreApplication.translate(
            "Menus",
            "Bei jedem Start die offenen Anfragen an den Bundestag im DIP nachsehen "
            "(Drucksachennummer, Antwort); sonst geht nichts ins Netz.",
        )
    )
    dip_at_start.toggled.connect(commands.set_dip_check_at_start)
    settings_menu.addAction(dip_at_start)
    settings_menu.addAction(
        _action(window, QCoreApplication.translate("Menus", "&Datenbank …"), commands.edit_database)
    )
    bar.addMenu(QCoreApplication.translate("Menus", "&Hilfe")).addAction(
        _action(window, QCoreApplication.translate("Menus", "&Über …"), commands.about)
    )

    toolbar = QToolBar(QCoreApplication.translate("Menus", "Werkzeuge"), window)
    toolbar.setObjectName("main-toolbar")
    _add_all(toolbar, [new, open_, export])
    window.addToolBar(toolbar)
    needs_store = [
        new,
        open_,
        save,
        export,
        calendar,
        print_,
        history,
        answer,
        delete,
        trash,
        extra_days,
        dip,
        dip_key,
        dip_at_start,
    ]
    for action in needs_store:
        action.setEnabled(False)
    return WindowMenus(recent, edit_menu, questions, toolbar, delete, needs_store)


def add_editor_actions(menus: WindowMenus, editor: EditorActions, list_view: QWidget) -> None:
    """Put the editor's actions into the menus and toolbar, and Delete into the list."""
    formatting = [editor.bold, editor.italic, editor.quote]
    _add_all(
        menus.edit,
        [editor.undo, editor.redo, None, *formatting, None, editor.insert_footnote],
    )
    _add_all(
        menus.questions,
        [
            editor.add_question,
            editor.add_subquestion,
            editor.delete_question,
            editor.move_question_up,
            editor.move_question_down,
        ],
    )
    _add_all(
        menus.toolbar,
        [
            None,
            editor.undo,
            editor.redo,
            None,
            *formatting,
            editor.insert_footnote,
            None,
            editor.add_question,
        ],
    )
    # Delete in the list only: in the editor the key deletes text.
    delete = menus.delete
    list_delete = QAction(delete.text(), list_view)
    list_delete.setShortcut(QKeySequence.StandardKey.Delete)
    list_delete.triggered.connect(lambda _checked=False: delete.trigger())
    list_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    list_view.addAction(list_delete)


def _language_menu(settings_menu: QMenu, commands: WindowCommands) -> None:
    """Offer the GUI languages as a checkable group."""
    language_menu = settings_menu.addMenu(QCoreApplication.translate("Menus", "&Sprache"))
    group = QActionGroup(language_menu)
    current = chosen_language(commands.host.settings)
    for code, name in LANGUAGES.items():
        action = QAction(name, language_menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(partial(commands.set_language, code))
        group.addAction(action)
        language_menu.addAction(action)
