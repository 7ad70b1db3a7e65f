"""Colleagues' changes as they happen, for a window on a server's store."""

from __future__ import annotations

from typing import Protocol


class ChangeWatch(Protocol):
    """Wait for inquiries that someone else changed (storage/server/listener.py).

    After a break, wait() raises once; a later wait() listens anew.
    """

    def wait(self, timeout: float) -> set[int]:
        """Return the ids changed by others within `timeout` seconds (maybe none)."""

    def announce(self, inquiry_id: int | None) -> None:
        """Say that this desk has an inquiry open now (None: none)."""

    def editors(self, inquiry_id: int) -> list[str]:
        """Return who else has the inquiry open now."""

    def close(self) -> None:
        """Stop watching."""
