"""Every write the GUI makes goes through here; views listen to the signals and refresh."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desk_app.formats.catalog import export_inquiry, import_file
from desk_app.formats.read.result import ImportResult
from desk_app.formats.safe_write import write_atomically
from desk_app.model import Inquiry, Originator
from desk_app.rules.deadlines import Deadline, effective_due
from desk_app.rules.registry import ProfileRegistry
from desk_app.rules.templates import new_inquiry
from desk_app.storage import InquiryStore


class Operations(QObject):
    """Create, save, import, export and restore inquiries, and announce each change."""

    inquiry_saved = Signal(int)  # an existing inquiry changed
    list_changed = Signal()  # inquiries were added, removed or restored

    def __init__(
        self,
        store: InquiryStore,
        registry: ProfileRegistry,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.store = store
        self.registry = registry
        self.today = today

    def create(
        self,
        parliament_id: str,
        kind_id: str,
        originators: list[Originator] | None = None,
        faction: str = "",
        title: str = "",
    ) -> Inquiry:
        """Create an inquiry from the parliament's template, store it and return it."""
        parliament = self.registry.get(parliament_id)
        inquiry = new_inquiry(
            parliament, kind_id, originators or [], faction, title, today=self.today()
        )
        inquiry.dates.drafted = self.today()
        self.store.add(inquiry)
        self.list_changed.emit()
        return inquiry

    def get(self, inquiry_id: int) -> Inquiry:
        """Load an inquiry from the store."""
        return self.store.get(inquiry_id)

    def save(self, inquiry: Inquiry) -> None:
        """Save an edited inquiry as a new revision."""
        assert inquiry.id is not None, "only stored inquiries are saved"
        self.store.save(inquiry)
        self.inquiry_saved.emit(inquiry.id)

    def import_path(self, path: Path) -> tuple[int, ImportResult]:
        """Import a file as a new inquiry and return its id with the importer's report."""
        result = import_file(path, self.registry)
        inquiry_id = self.store.add(result.inquiry)
        self.list_changed.emit()
        return inquiry_id, result

    def export(self, inquiry: Inquiry, fmt: str, path: Path, layout: str | None = None) -> None:
        """Export an inquiry to a file, atomically."""
        write_atomically(path, export_inquiry(inquiry, fmt, self.registry, layout=layout))

    def deadline(self, inquiry: Inquiry) -> Deadline:
        """Compute an inquiry's deadline with its explanation."""
        return effective_due(inquiry, self.registry)

    def restore(self, inquiry_id: int, revision_id: int) -> Inquiry:
        """Make an earlier revision the current one (itself a new revision)."""
        inquiry = self.store.restore(inquiry_id, revision_id)
        self.inquiry_saved.emit(inquiry_id)
        self.list_changed.emit()
        return inquiry

    def delete(self, inquiry_id: int) -> None:
        """Delete an inquiry with all its revisions."""
        self.store.delete(inquiry_id)
        self.list_changed.emit()
