"""The main window's menus and toolbar: which entries there are, with their shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from desk_app.gui.editor.editor_actions import EditorActions
from desk_app.gui.i18n import LANGUAGES, chosen_language
from desk_app.gui.recent import recent_ids
from desk_app.gui.window_commands import CommandHost, WindowCommands
from desk_app.model import DeskError

# Every string keeps the translation context "Menus" that the .ts file names.


class RecentMenu(QMenu):
    """List the inquiries opened last; choosing one opens it."""

    def __init__(self, window: CommandHost, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("Menus", "&Zuletzt geöffnet"), parent)
        self._host = window

    def refresh(self, ids: list[int]) -> None:
        """Rebuild the entries for these inquiry ids, newest first."""
        self.clear()
        for inquiry_id in ids:
            try:
                summary = self._host.ops.get(inquiry_id)
            except DeskError:
                continue  # deleted meanwhile
            title = "".join(getattr(i, "text", "") for i in summary.title.inlines)[:60]
            action = self.addAction(f"{summary.parliament} · {title or inquiry_id}")
            action.triggered.connect(partial(self._host.open_inquiry, inquiry_id))
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


def build_menus(
    window: QMainWindow, commands: WindowCommands, editor: EditorActions, list_view: QWidget
) -> RecentMenu:
    """Create the menu bar and toolbar of the main window; return its recent-inquiries menu."""
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
        commands.import_answer,
    )
    delete = _action(
        window, QCoreApplication.translate("Menus", "In den &Papierkorb"), commands.delete_current
    )
    trash = _action(
        window, QCoreApplication.translate("Menus", "Papier&korb …"), commands.show_trash
    )
    # Delete in the list only: in the editor the key deletes text.
    list_delete = _action(window, delete.text(), delete.trigger, QKeySequence.StandardKey.Delete)
    list_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    list_view.addAction(list_delete)
    quit_ = _action(
        window, QCoreApplication.translate("Menus", "&Beenden"), window.close, keys.Quit
    )
    formatting = [editor.bold, editor.italic, editor.quote]
    recent = RecentMenu(commands.host, window)

    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Datei"))
    _add_all(file_menu, [new, open_, answer, export, history, None, delete, trash])
    file_menu.addMenu(recent)
    _add_all(file_menu, [None, quit_])
    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Bearbeiten"))
    _add_all(edit_menu, [editor.undo, editor.redo, None, *formatting, None, editor.insert_footnote])
    questions = bar.addMenu(QCoreApplication.translate("Menus", "&Fragen"))
    _add_all(
        questions,
        [
            editor.add_question,
            editor.add_subquestion,
            editor.delete_question,
            editor.move_question_up,
            editor.move_question_down,
        ],
    )
    view = bar.addMenu(QCoreApplication.translate("Menus", "&Ansicht"))
    view.addAction(
        _action(window, QCoreApplication.translate("Menus", "&Anfragen"), commands.show_inquiries)
    )
    view.addAction(
        _action(window, QCoreApplication.translate("Menus", "&Fristen"), commands.show_deadlines)
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
            editor.undo,
            editor.redo,
            None,
            *formatting,
            editor.insert_footnote,
            None,
            editor.add_question,
        ],
    )
    window.addToolBar(toolbar)
    recent.refresh(recent_ids(commands.host.settings))
    return recent


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
