"""File → "Aus DIP aktualisieren" against a local DIP; Settings → the key, outside the store."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from tests.sources.fake_dip import INQUIRY_FILE, Failure, FakeDip, dip

__all__ = ["dip"]  # the fixture, used by name


def _menu_action(window, text: str):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text() == text:
                return action
    raise AssertionError(f"no menu entry {text!r}")


def _answer_box(texts: list[str]) -> None:
    """Close the next message box as a user would, noting its text."""

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            texts.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def test_an_answer_in_the_dip_reaches_the_open_inquiry(session, qtbot, dip: FakeDip):
    window = session.window
    inquiry_id = window.import_path(INQUIRY_FILE)  # the real Drs. 21/114
    assert inquiry_id is not None
    dip.add_inquiry()
    dip.add_answer()
    _menu_action(window, "Aus &DIP aktualisieren").trigger()
    stored = window.ops.get(inquiry_id)
    assert stored.answer is not None and stored.dates.answer_drucksache == "21/235"
    assert str(stored.status) == "answered"
    assert window.current is not None and window.current.answer is not None  # reloaded
    assert "Antwort Drucksache 21/235" in window.statusBar().currentMessage()


def test_a_bad_key_is_one_sentence_and_nothing_changes(session, qtbot, dip: FakeDip):
    window = session.window
    inquiry_id = window.import_path(INQUIRY_FILE)
    assert inquiry_id is not None
    before = window.ops.get(inquiry_id)
    dip.fail["/"] = Failure(status=401)
    said: list[str] = []
    _answer_box(said)
    _menu_action(window, "Aus &DIP aktualisieren").trigger()
    assert len(said) == 1 and said[0].endswith(".") and "Schlüssel" in said[0]
    assert window.ops.get(inquiry_id) == before


def test_the_key_is_kept_in_the_users_config_folder_only(session, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    window = session.window

    def type_key() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("abc123SECRET")
        dialog.accept()

    QTimer.singleShot(0, type_key)
    _menu_action(window, "DIP-API-&Schlüssel …").trigger()
    files = list((tmp_path / "config").rglob("dip-api-key"))
    assert len(files) == 1 and files[0].read_text(encoding="utf-8") == "abc123SECRET"
    assert files[0].stat().st_mode & 0o077 == 0  # readable by the user alone
    assert window.ops.saved_dip_key() == "abc123SECRET"
    store_bytes = window.ops.desk.db_path.read_bytes()
    assert b"abc123SECRET" not in store_bytes


def _start_window(tmp_path, qtbot, check: bool):
    """Start the window on a store holding the real Drs. 21/114, the DIP check ticked or not."""
    from PySide6.QtCore import QSettings

    from desk_app.gui.application import open_session
    from desk_app.gui.dip_start_check import CHECK_KEY
    from desk_app.service import Desk

    db = tmp_path / "desk.sqlite3"
    desk = Desk(db)
    inquiry_id = desk.import_file(INQUIRY_FILE).id
    desk.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(CHECK_KEY, check)
    opened = open_session(db, settings)
    qtbot.addWidget(opened.window)
    return opened, inquiry_id


def test_the_check_at_start_brings_the_answer_without_a_click(qtbot, tmp_path, dip: FakeDip):
    dip.add_inquiry()
    dip.add_answer()
    opened, inquiry_id = _start_window(tmp_path, qtbot, check=True)
    try:
        # The look-up runs behind the window; its findings arrive through the event loop.
        with qtbot.waitSignal(opened.window.dip_check.done, timeout=10000):
            opened.window.show()
        stored = opened.window.ops.get(inquiry_id)
        assert stored.answer is not None and stored.dates.answer_drucksache == "21/235"
        assert opened.window.statusBar().currentMessage() == (
            "DIP beim Start: 1 von 1 offenen Anfragen aktualisiert."
        )
        action = _menu_action(opened.window, "DIP beim S&tart prüfen")
        assert action.isCheckable() and action.isChecked()
    finally:
        opened.window.close()
        opened.close()


def test_without_the_setting_nothing_goes_to_the_network(qtbot, tmp_path, dip: FakeDip):
    dip.add_inquiry()
    dip.add_answer()
    opened, inquiry_id = _start_window(tmp_path, qtbot, check=False)
    opened.window.show()
    try:
        qtbot.wait(300)
        assert dip.requests == []
        assert opened.window.ops.get(inquiry_id).answer is None
        # Ticked in the menu, it holds for the next start.
        _menu_action(opened.window, "DIP beim S&tart prüfen").trigger()
        from desk_app.gui.dip_start_check import checks_at_start

        assert checks_at_start(opened.window.settings)
    finally:
        opened.window.close()
        opened.close()


def test_a_dip_away_at_start_is_one_calm_sentence(qtbot, tmp_path, dip: FakeDip):
    dip.fail["/"] = Failure(status=401)
    opened, inquiry_id = _start_window(tmp_path, qtbot, check=True)
    window = opened.window
    try:
        before = window.ops.get(inquiry_id)
        with qtbot.waitSignal(window.dip_check.done, timeout=10000):
            window.show()
        message = window.statusBar().currentMessage()
        assert message.startswith("DIP beim Start: ") and "Schlüssel" in message
        assert QApplication.activeModalWidget() is None  # no box over the window
        assert window.ops.get(inquiry_id) == before
    finally:
        window.close()
        opened.close()
