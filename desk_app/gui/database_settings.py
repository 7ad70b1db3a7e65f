"""Settings → Datenbank: where this desk keeps its inquiries, and the name its revisions carry.

The choice is kept in the window's settings and takes effect at the next start;
`desk --db` and DESK_DB still win over it. A password is never kept: an address
that holds one is refused with where the password belongs instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.model.errors import DeskError
from desk_app.model.location import Location, ServerAddress, parse_location

LOCATION_KEY = "database/location"
AUTHOR_KEY = "database/author"
PRESENCE_KEY = "database/presence"  # colleagues on the server see which inquiry is open here


def saved_location(settings: QSettings) -> Location | None:
    """Return the store the settings name, or None (the data folder's file)."""
    text = str(settings.value(LOCATION_KEY, "") or "")
    try:
        return parse_location(text) if text else None
    except DeskError:
        return None  # a value this version cannot read: the default store


def saved_author(settings: QSettings) -> str | None:
    """Return the name revisions carry, or None for the login name."""
    name = str(settings.value(AUTHOR_KEY, "") or "").strip()
    return name or None


class DatabaseDialog(QDialog):
    """Choose a file or a server for the store, and the name shown in the history."""

    def __init__(
        self, settings: QSettings, current: Location, login: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Datenbank"))
        self._settings = settings
        layout = QVBoxLayout(self)
        now = QLabel(self.tr("Jetzt geöffnet: %1").replace("%1", str(current)))
        now.setWordWrap(True)
        layout.addWidget(now)
        self.on_file = QRadioButton(self.tr("&Datei auf diesem Rechner"))
        self.on_server = QRadioButton(self.tr("&PostgreSQL-Server des Büros"))
        group = QButtonGroup(self)
        group.addButton(self.on_file)
        group.addButton(self.on_server)
        form = QFormLayout()
        self.file = QLineEdit()
        browse = QPushButton(self.tr("Durchsuchen …"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file)
        row.addWidget(browse)
        form.addRow(self.on_file, row)
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://name@server.fraktion.local/anfragen")
        # Wide enough for an office's address, whole.
        self.address.setMinimumWidth(
            self.address.fontMetrics().horizontalAdvance(self.address.placeholderText()) + 24
        )
        form.addRow(self.on_server, self.address)
        self.author = QLineEdit()
        self.author.setPlaceholderText(login)
        form.addRow(self.tr("&Name im Verlauf:"), self.author)
        layout.addLayout(form)
        self.presence = QCheckBox(
            self.tr("Auf dem Server zeigen, welche Anfrage ich gerade bearbeite")
        )
        layout.addWidget(self.presence)
        hint = QLabel(
            self.tr(
                "Das Passwort gehört nicht hierher: libpq liest es aus ~/.pgpass, PGPASSWORD "
                "oder einer Dienstdatei. Die Wahl gilt ab dem nächsten Start."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        check = QPushButton(self.tr("Verbindung &prüfen"))
        check.clicked.connect(self.check)
        layout.addWidget(check)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("&Übernehmen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(current)

    def _fill(self, current: Location) -> None:
        saved = saved_location(self._settings) or current
        if isinstance(current, Path):
            self.file.setText(str(current))
        if isinstance(saved, ServerAddress):
            self.on_server.setChecked(True)
            self.address.setText(saved.url)
        else:
            self.on_file.setChecked(True)
            self.file.setText(str(saved))
        self.author.setText(saved_author(self._settings) or "")
        self.presence.setChecked(bool(self._settings.value(PRESENCE_KEY, True, type=bool)))

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Datenbankdatei"), self.file.text(), self.tr("Datenbank (*.sqlite3)")
        )
        if chosen:
            self.file.setText(chosen)
            self.on_file.setChecked(True)

    def chosen(self) -> Location | None:
        """Return the location the dialog shows, or None with the reason in its message line."""
        try:
            if self.on_server.isChecked():
                location = parse_location(self.address.text().strip())
                if not isinstance(location, ServerAddress):
                    raise DeskError(self.tr("Eine Serveradresse beginnt mit postgresql://."))
                if location.has_password:
                    raise DeskError(
                        self.tr(
                            "Die Adresse enthält ein Passwort; das wird nicht gespeichert. Bitte "
                            "ohne Passwort eintragen und das Passwort in ~/.pgpass ablegen."
                        )
                    )
                return location
            text = self.file.text().strip()
            if not text:
                raise DeskError(self.tr("Bitte eine Datenbankdatei angeben."))
            return parse_location(text)
        except DeskError as error:
            self.message.setText(str(error))
            return None

    def check(self) -> None:
        """Open the chosen store once (behind a progress dialog) and say what was found."""
        from desk_app.gui.long_task import run_long_task
        from desk_app.service.progress import Cancelled
        from desk_app.service.store_check import check_store

        location = self.chosen()
        if location is None:
            return
        try:
            found = run_long_task(
                self, self.tr("Verbindung prüfen"), lambda _p: check_store(location)
            )
        except Cancelled:
            return
        except DeskError as error:
            self.message.setText(str(error))
            return
        rights = self.tr("nur lesen") if found.read_only else self.tr("lesen und schreiben")
        self.message.setText(
            self.tr("Verbunden: %1 Anfragen, Schema-Version %2, %3.")
            .replace("%1", str(found.inquiries))
            .replace("%2", str(found.schema_version))
            .replace("%3", rights)
        )

    def accept(self) -> None:
        """Keep the choice (never a password) and close; an invalid one keeps the dialog open."""
        location = self.chosen()
        if location is None:
            return
        value = location.url if isinstance(location, ServerAddress) else str(location)
        self._settings.setValue(LOCATION_KEY, value)
        self._settings.setValue(AUTHOR_KEY, self.author.text().strip())
        self._settings.setValue(PRESENCE_KEY, self.presence.isChecked())
        super().accept()
