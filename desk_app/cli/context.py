"""The core objects a command needs, built once per run (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desk_app.cli.window_lock import refuse_while_window_open
from desk_app.paths import default_db_path
from desk_app.rules.deadline_status import due_rule
from desk_app.rules.registry import ProfileRegistry
from desk_app.storage.store import InquiryStore


@dataclass
class Context:
    """Hold the profile registry and the store, opening each on first use."""

    db_path: Path | None = None
    today: date = field(default_factory=date.today)
    _registry: ProfileRegistry | None = None
    _store: InquiryStore | None = None

    @property
    def registry(self) -> ProfileRegistry:
        """Return the parliament profiles, loaded and validated on first use."""
        if self._registry is None:
            self._registry = ProfileRegistry.load()
        return self._registry

    @property
    def store(self) -> InquiryStore:
        """Return the opened store, opening the database on first use."""
        if self._store is None:
            # The store keeps each inquiry's computed due date for sorting and lists.
            self._store = InquiryStore.open(
                self.db_path or default_db_path(), due=due_rule(self.registry)
            )
        return self._store

    def store_for_changes(self) -> InquiryStore:
        """Return the store for changing stored inquiries; refused while a window has it open."""
        refuse_while_window_open(self.db_path or default_db_path())
        return self.store

    def close(self) -> None:
        """Close the database if it was opened."""
        if self._store is not None:
            self._store.close()
            self._store = None
