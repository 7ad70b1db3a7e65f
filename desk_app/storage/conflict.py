"""A save refused because someone saved the same inquiry since it was read."""

from __future__ import annotations

from datetime import datetime

from desk_app.i18n import _
from desk_app.model import DeskError


class StaleInquiry(DeskError):
    """Refuse a save against an old version: nobody's change is overwritten unseen."""

    def __init__(self, inquiry_id: int, version: int, author: str, saved_at: str) -> None:
        self.inquiry_id = inquiry_id
        self.version = version  # the stored version the save did not know
        self.author = author  # who saved it ("" when not recorded)
        self.saved_at = saved_at  # when, as the store's UTC timestamp
        super().__init__(self._sentence())

    def _sentence(self) -> str:
        when = _local_time(self.saved_at)
        if self.author:
            text = _(
                "Die Anfrage {id} wurde inzwischen von {author} geändert ({when}); "
                "Ihre Änderung wurde nicht gespeichert, damit keine der beiden verloren geht."
            )
        else:
            text = _(
                "Die Anfrage {id} wurde inzwischen anderswo geändert ({when}); "
                "Ihre Änderung wurde nicht gespeichert, damit keine der beiden verloren geht."
            )
        return text.format(id=self.inquiry_id, author=self.author, when=when)


def _local_time(saved_at: str) -> str:
    """Return a stored UTC timestamp as local day and time, or as stored if unreadable."""
    try:
        return datetime.fromisoformat(saved_at).astimezone().strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return saved_at
