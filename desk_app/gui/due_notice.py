"""The deadline texts of the status bar and the start notice, read from the due groups alone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desk_app.gui.due_groups import DueGroups

NOTICE_DAYS = 3

# The strings keep the translation context "Dashboard" that the .ts file names:
# the window shows them before (or without) building the dashboard.


def summary_text(groups: DueGroups) -> str:
    """Return the count for the status bar, e.g. "2 überfällig · 1 diese Woche"."""
    overdue = QCoreApplication.translate("Dashboard", "%1 überfällig").replace(
        "%1", str(groups.overdue_total)
    )
    week = QCoreApplication.translate("Dashboard", "%1 diese Woche").replace(
        "%1", str(len(groups.this_week))
    )
    return f"{overdue} · {week}"


def notice_text(groups: DueGroups, today: date, within_days: int = NOTICE_DAYS) -> str | None:
    """Return the start notice's text when anything is overdue or due soon, else None."""
    overdue = groups.overdue_total
    soon = len(groups.due_within(today, within_days))
    if not overdue and not soon:
        return None
    parts = []
    if overdue:
        parts.append(
            QCoreApplication.translate("Dashboard", "1 Anfrage ist überfällig")
            if overdue == 1
            else QCoreApplication.translate("Dashboard", "%1 Anfragen sind überfällig").replace(
                "%1", str(overdue)
            )
        )
    if soon:
        text = (
            QCoreApplication.translate("Dashboard", "1 Anfrage ist in den nächsten %2 Tagen fällig")
            if soon == 1
            else QCoreApplication.translate(
                "Dashboard", "%1 Anfragen sind in den nächsten %2 Tagen fällig"
            )
        )
        parts.append(text.replace("%1", str(soon)).replace("%2", str(within_days)))
    return QCoreApplication.translate(
        "Dashboard", "Fristen: %1. Details in der Fristenübersicht."
    ).replace("%1", "; ".join(parts))
