"""What the use cases hand back to a face: ids, reports and warnings, in German."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desk_app.model import Inquiry


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """Hold the stored inquiry an import created or changed, and what the importer reported."""

    inquiry: Inquiry
    report: list[str] = field(default_factory=list)
    answered: bool = False  # the file was an answer, attached to this inquiry

    @property
    def id(self) -> int:
        """Return the stored inquiry's id."""
        assert self.inquiry.id is not None, "an import outcome always holds a stored inquiry"
        return self.inquiry.id


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    """Hold where an export was written and what the writer had to change."""

    path: Path
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    """Hold one open inquiry with its due date, as the deadline list shows it."""

    inquiry: Inquiry
    due: date
    days_left: int
    overdue: bool
