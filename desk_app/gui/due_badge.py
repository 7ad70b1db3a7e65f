"""The calm deadline notice: a badge in the status bar and, where there is one, the tray."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStyle, QSystemTrayIcon, QToolButton, QWidget

from desk_app.gui.due_groups import DueGroups
from desk_app.gui.due_notice import NOTICE_DAYS, notice_text

_PRESSING = (
    "QToolButton { background: #fdecea; color: #8a1c1c; border-radius: 3px; padding: 0 6px; }"
)
_SOON = "QToolButton { background: #fff4e5; color: #6b4200; border-radius: 3px; padding: 0 6px; }"


class DueBadge(QToolButton):
    """Show what is overdue or due soon beside the status line; a click opens the deadlines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self._tray: QSystemTrayIcon | None = None
        self.hide()

    def show_groups(self, groups: DueGroups, today: date) -> None:
        """Show the count of pressing inquiries, or nothing when none is."""
        overdue = groups.overdue_total
        soon = len(groups.due_within(today, NOTICE_DAYS))
        if overdue:
            text = QCoreApplication.translate("Dashboard", "%1 überfällig").replace(
                "%1", str(overdue)
            )
        elif soon:
            text = QCoreApplication.translate("Dashboard", "%1 bald fällig").replace(
                "%1", str(soon)
            )
        else:
            self.hide()
            return
        self.setText("⚠ " + text)
        self.setStyleSheet(_PRESSING if overdue else _SOON)
        self.setToolTip(notice_text(groups, today) or "")
        self.show()

    def notify(self, groups: DueGroups, today: date) -> bool:
        """Tell the desktop once, through the tray, when something is pressing; say if it did."""
        text = notice_text(groups, today)
        if not text or not QSystemTrayIcon.isSystemTrayAvailable():
            return False  # no tray (a bare X display, a test): the badge and banner suffice
        if self._tray is None:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip(QCoreApplication.translate("MainWindow", "Anfragen-Desk"))
            self._tray.messageClicked.connect(self.click)
        self._tray.show()
        self._tray.showMessage(
            QCoreApplication.translate("MainWindow", "Fristen"), text, msecs=8000
        )
        return True

    def remove_tray(self) -> None:
        """Take the tray icon away when the window closes."""
        if self._tray is not None:
            self._tray.hide()
