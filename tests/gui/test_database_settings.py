"""Settings → Datenbank: a server chosen, tried and kept for the next start, never a password."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desk_app.gui.database_settings import (
    AUTHOR_KEY,
    LOCATION_KEY,
    PRESENCE_KEY,
    DatabaseDialog,
    saved_author,
    saved_location,
)
from desk_app.model.location import ServerAddress
from desk_app.storage.server.schema import known_migrations


def _dialog(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = DatabaseDialog(settings, tmp_path / "desk.sqlite3", "anna")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, settings


def test_the_file_in_use_is_shown_and_the_login_is_the_default_name(qtbot, tmp_path):
    dialog, _settings = _dialog(qtbot, tmp_path)
    assert dialog.on_file.isChecked()
    assert dialog.file.text() == str(tmp_path / "desk.sqlite3")
    assert dialog.author.placeholderText() == "anna"


def test_a_server_is_tried_and_kept_for_the_next_start(qtbot, tmp_path, pg_url):
    dialog, settings = _dialog(qtbot, tmp_path)
    dialog.on_server.click()
    qtbot.keyClicks(dialog.address, pg_url)
    qtbot.keyClicks(dialog.author, "Anna Beispiel")
    dialog.check()
    version = len(known_migrations())  # a fresh database has every migration applied
    assert dialog.message.text() == (
        f"Verbunden: 0 Anfragen, Schema-Version {version}, lesen und schreiben."
    )
    assert dialog.presence.isChecked()  # colleagues see what is open here, unless unticked
    dialog.presence.click()
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert saved_location(settings) == ServerAddress(pg_url)
    assert saved_author(settings) == "Anna Beispiel"
    assert settings.value(PRESENCE_KEY, True, type=bool) is False


def test_an_address_with_a_password_is_refused_and_nothing_is_kept(qtbot, tmp_path):
    dialog, settings = _dialog(qtbot, tmp_path)
    dialog.on_server.click()
    qtbot.keyClicks(dialog.address, "postgresql://anna:geheim@server/anfragen")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "enthält ein Passwort" in dialog.message.text()
    assert settings.value(LOCATION_KEY) is None and settings.value(AUTHOR_KEY) is None


def test_a_server_that_cannot_be_reached_is_said_in_the_dialog(qtbot, tmp_path):
    dialog, settings = _dialog(qtbot, tmp_path)
    dialog.on_server.click()
    qtbot.keyClicks(dialog.address, f"postgresql:///anfragen?host={tmp_path / 'nirgends'}")
    dialog.check()
    assert "nicht erreichbar" in dialog.message.text()
    assert settings.value(LOCATION_KEY) is None
