"""Names the list views share: statuses, kinds, due dates and how urgent they are.

Each is German in the source and translated when it is shown: the window's own
words by Qt, the parliament profiles' texts (kind names, rule notes and sources)
by the core's catalogue.
"""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from desk_app.i18n import _
from desk_app.model import DeskError, Status
from desk_app.rules.deadline_status import DUE_SOON_DAYS
from desk_app.rules.registry import ProfileRegistry

OPEN_STATUSES = tuple(status for status in Status if not status.is_closed)


def profile_text(text: str) -> str:
    """Return a text of a parliament profile (a kind's name, a rule's note) in the UI language."""
    return _(text) if text else ""  # gettext("") would be the catalogue's header


def status_name(status: Status | str) -> str:
    """Return the name of a status (Entwurf, Eingereicht, …) in the UI language."""
    names = {
        Status.DRAFT: QCoreApplication.translate("Labels", "Entwurf"),
        Status.SUBMITTED: QCoreApplication.translate("Labels", "Eingereicht"),
        Status.PUBLISHED: QCoreApplication.translate("Labels", "Veröffentlicht"),
        Status.ANSWERED: QCoreApplication.translate("Labels", "Beantwortet"),
        Status.WITHDRAWN: QCoreApplication.translate("Labels", "Zurückgezogen"),
    }
    return names[Status(status)]


def kind_name(registry: ProfileRegistry, parliament: str, kind: str) -> str:
    """Return the parliament's own name for a kind, or the kind's id if it is unknown."""
    try:
        return profile_text(registry.get(parliament).kind(kind).display_name)
    except DeskError:
        return kind


def reference(number: str | None, drucksache: str | None) -> str:
    """Return "3417", "Drs. 17/8765" or "3417 · Drs. 17/8765"."""
    parts = [
        number or "",
        QCoreApplication.translate("Labels", "Drs. %1").replace("%1", drucksache)
        if drucksache
        else "",
    ]
    return " · ".join(part for part in parts if part)


def date_text(day: date | None) -> str:
    """Format a date as 18.03.2020 (empty for None)."""
    return "" if day is None else f"{day:%d.%m.%Y}"


class Urgency(Enum):
    """Say how pressing an open inquiry's due date is."""

    NONE = 0
    SOON = 1
    OVERDUE = 2


def urgency(status: Status | str, due: date | None, today: date) -> Urgency:
    """Classify a due date: overdue (before today), soon (within 7 days) or neither."""
    if due is None or Status(status).is_closed:
        return Urgency.NONE
    left = (due - today).days
    if left < 0:
        return Urgency.OVERDUE
    return Urgency.SOON if left <= DUE_SOON_DAYS else Urgency.NONE


# Light backgrounds with dark text stay readable under a light and a dark palette.
BACKGROUNDS = {Urgency.OVERDUE: QColor("#f8d7da"), Urgency.SOON: QColor("#fff3cd")}
FOREGROUNDS = {Urgency.OVERDUE: QColor("#842029"), Urgency.SOON: QColor("#664d03")}


def days_text(due: date, today: date) -> str:
    """Say how far a due date is: "3 Tage überfällig", "heute fällig", "noch 5 Tage"."""
    left = (due - today).days
    if left < -1:
        return QCoreApplication.translate("Labels", "%1 Tage überfällig").replace("%1", str(-left))
    if left == -1:
        return QCoreApplication.translate("Labels", "1 Tag überfällig")
    if left == 0:
        return QCoreApplication.translate("Labels", "heute fällig")
    if left == 1:
        return QCoreApplication.translate("Labels", "morgen fällig")
    return QCoreApplication.translate("Labels", "noch %1 Tage").replace("%1", str(left))
