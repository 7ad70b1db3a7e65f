"""Starting the window: shown at once, the store opened behind it, later tabs built when chosen."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidget

from desk_app.cli import main as desk
from desk_app.gui.application import instance_lock, launch, open_session
from desk_app.paths import resources_dir

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"
OPENING = "Die Datenbank wird geöffnet …"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Return settings of a first start in German, kept in the test's folder."""
    made = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made.setValue("ui/language", "de")
    return made


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """Return a database holding the seed inquiry."""
    db = tmp_path / "desk.sqlite3"
    assert desk(["--db", str(db), "import", str(SEED)]) == 0
    return db


@pytest.fixture
def messages(qtbot):
    """Read and close every modal message box the moment it appears, as a user would."""
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.done(0)

    timer = QTimer()
    timer.timeout.connect(close_box)
    timer.start(20)
    yield seen
    timer.stop()


def test_the_window_is_shown_before_the_store_opens_then_the_list_fills(qtbot, seeded, settings):
    started = launch(seeded, settings)
    window = started.window
    qtbot.addWidget(window)
    try:
        # Shown at once, saying what happens, with every command that needs the store off.
        assert window.isVisible() and started.session is None
        assert window.count_label.text() == OPENING
        assert window.left_tabs.currentWidget().findChild(QTreeWidget) is None
        assert not window.welcome.new_button.isEnabled()
        assert [a.isEnabled() for a in window.menus.needs_store] == [False] * 14
        # The database is already taken: a second window is refused meanwhile.
        with pytest.raises(Exception, match="schon geöffnet"):
            instance_lock(seeded)

        qtbot.waitUntil(lambda: started.session is not None, timeout=10_000)
        qtbot.waitUntil(lambda: window.list_panel.model.rowCount() == 1)  # the view fetches it
        assert window.list_panel.count_label.text() == "1 Anfrage"
        assert window.count_label.text().startswith("1 Anfrage · ")
        assert window.welcome.new_button.isEnabled()
        assert all(a.isEnabled() for a in window.menus.needs_store)
        window.list_panel.view.selectRow(0)  # the user picks it: it opens in the editor
        assert window.current is not None and window.centre.currentWidget() is window.editor
    finally:
        window.close()
        started.close()


def _refused(qtbot, db: Path, settings: QSettings, messages: list[str]) -> str:
    """Launch on a database that cannot be opened; return the one message the user saw."""
    started = launch(db, settings)
    qtbot.addWidget(started.window)
    qtbot.waitUntil(lambda: not started.window.isVisible(), timeout=10_000)
    started.close()
    assert started.exit_code == 2 and started.session is None
    assert not started.window.attached()  # nothing half-open behind the closed window
    instance_lock(db).unlock()  # the lock was given back
    assert len(messages) == 1
    return messages[0]


def test_a_file_that_is_not_a_database_gives_its_message_and_closes(
    qtbot, tmp_path, settings, messages
):
    bad = tmp_path / "not-a-database.sqlite3"
    bad.write_bytes(b"kein SQLite " * 200)
    message = _refused(qtbot, bad, settings, messages)
    assert "keine Anfragen-Desk-Datenbank" in message and str(bad) in message
    assert bad.read_bytes() == b"kein SQLite " * 200  # left as it was


def test_a_database_from_a_newer_version_gives_its_message_and_closes(
    qtbot, seeded, settings, messages
):
    with sqlite3.connect(seeded) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('anfragen-desk', '9999_future', '2030-01-01')"
        )
    conn.close()
    assert "neueren Version" in _refused(qtbot, seeded, settings, messages)


def test_later_tabs_are_built_when_first_chosen(qtbot, tmp_path, settings):
    session = open_session(tmp_path / "empty.sqlite3", settings)
    window = session.window
    qtbot.addWidget(window)
    window.show()
    try:
        deadlines_page = window.left_tabs.widget(1)
        assert deadlines_page.findChild(QTreeWidget) is None  # not built while hidden
        window.commands.show_deadlines()
        tree = deadlines_page.findChild(QTreeWidget)
        assert tree is not None and tree.isVisible()
        groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
        assert groups == ["Überfällig (0)", "Diese Woche (0)", "Später (0)"]

        # A change now reaches the dashboard and the status bar alike.
        created = window.ops.create("NW", "kleine-anfrage", title="Fristprobe")
        assert created.id is not None
        window.ops.desk.set_field(created.id, "dates.submitted", "2020-01-01")
        window.ops.inquiry_saved.emit(created.id)
        assert tree.topLevelItem(0).text(0) == "Überfällig (1)"
        assert "1 überfällig" in window.count_label.text()

        window.open_inquiry(created.id)
        window.right_tabs.setCurrentIndex(1)  # "Verfolgung", built with the opened inquiry
        assert window.right_tabs.tabText(1) == "Verfolgung"
        assert window.tracking.isVisible() and window.tracking.isEnabled()
        window.right_tabs.setCurrentIndex(2)  # "Fußnoten"
        assert window.right_tabs.currentWidget().isVisible()
    finally:
        window.close()
        session.close()
