"""The user's own days off (24.12., a bridge day): kept in the settings, asked in a dialog."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.model import DeskError
from desk_app.rules.calendar_days import ExtraDay, parse_extra_days

EXTRA_DAYS_KEY = "deadlines/extra_days"


def saved_text(settings: QSettings) -> str:
    """Return the days off as the user last typed them ("" for none)."""
    return str(settings.value(EXTRA_DAYS_KEY, "") or "")


def saved_extra_days(settings: QSettings) -> tuple[ExtraDay, ...]:
    """Return the saved days off; text that no longer parses counts as none."""
    try:
        return parse_extra_days(saved_text(settings))
    except DeskError:
        return ()  # edited by hand into nonsense: the dialog shows it and says why


class ExtraDaysDialog(QDialog):
    """Ask for the days off that no holiday table knows, as `desk … --extra-days` takes them."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zusätzliche freie Tage"))
        explanation = QLabel(
            self.tr(
                "Tage, an denen nicht gearbeitet wird, obwohl kein Feiertag ist: TT.MM. für jedes "
                "Jahr (24.12., 31.12.) oder TT.MM.JJJJ für einen Tag (02.01.2026), durch Kommas "
                "getrennt. Fristen in Werktagen und Fristenden auf diesen Tagen rücken weiter."
            )
        )
        explanation.setWordWrap(True)
        self.days = QLineEdit(text)
        self.days.setPlaceholderText(self.tr("z. B. 24.12., 31.12."))
        explanation.setBuddy(self.days)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.days)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.days.textChanged.connect(self._check)
        self._check()
        self.resize(520, self.sizeHint().height())

    def extra_days(self) -> tuple[ExtraDay, ...]:
        """Return the days as typed (the dialog accepts only text that parses)."""
        return parse_extra_days(self.days.text())

    def _check(self) -> None:
        try:
            parse_extra_days(self.days.text())
        except DeskError as error:
            problem: str | None = str(error)
        else:
            problem = None
        self.message.setText(problem or "")
        self.message.setVisible(problem is not None)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None)


def ask_extra_days(parent: QWidget, settings: QSettings) -> tuple[ExtraDay, ...] | None:
    """Let the user edit the days off; save and return them, or None when cancelled."""
    dialog = ExtraDaysDialog(saved_text(settings), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    settings.setValue(EXTRA_DAYS_KEY, dialog.days.text().strip())
    return dialog.extra_days()
