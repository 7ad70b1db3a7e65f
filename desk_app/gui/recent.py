"""The recently opened inquiries, remembered across starts."""

from __future__ import annotations

from PySide6.QtCore import QSettings

_KEY = "recent/inquiries"
MAX_RECENT = 8


def recent_ids(settings: QSettings) -> list[int]:
    """Return the ids of recently opened inquiries, newest first."""
    value = settings.value(_KEY, [])
    items = value if isinstance(value, list) else [value]
    ids = []
    for item in items:
        try:
            ids.append(int(str(item)))
        except (TypeError, ValueError):
            continue  # a hand-edited settings file must not stop the app
    return ids[:MAX_RECENT]


def remember(settings: QSettings, inquiry_id: int) -> list[int]:
    """Put an inquiry first in the recent list and return the new list."""
    ids = [inquiry_id, *(i for i in recent_ids(settings) if i != inquiry_id)][:MAX_RECENT]
    settings.setValue(_KEY, [str(i) for i in ids])
    return ids


def forget(settings: QSettings, inquiry_id: int) -> None:
    """Drop an inquiry from the recent list (it was deleted)."""
    settings.setValue(_KEY, [str(i) for i in recent_ids(settings) if i != inquiry_id])
