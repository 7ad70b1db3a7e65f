"""What the use cases hand back to a face: ids, reports and warnings, in the user's language."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.model import Inquiry

if TYPE_CHECKING:
    from desk_app.formats.read.field_report import FieldEntry


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """Hold the stored inquiry an import created or changed, and what the importer reported."""

    inquiry: Inquiry
    report: list[str] = field(default_factory=list)  # recognised, "Unsicher: …", then warnings
    answered: bool = False  # the file was an answer, attached to this inquiry
    fields: list[FieldEntry] = field(default_factory=list)  # every field with its confidence
    uncertain: list[str] = field(default_factory=list)  # the places the importer left uncertain
    recognised: list[str] = field(default_factory=list)

    @property
    def id(self) -> int:
        """Return the stored inquiry's id."""
        assert self.inquiry.id is not None, "an import outcome always holds a stored inquiry"
        return self.inquiry.id

    @property
    def to_check(self) -> list[str]:
        """Return what the user should check: the uncertain places, then the value warnings."""
        warnings = self.report[len(self.recognised) + len(self.uncertain) :]
        return [*self.uncertain, *warnings]

    @property
    def check_places(self) -> list[str | None]:
        """Return, for each line to check, the field it concerns ("questions.3"), or None."""
        from desk_app.formats.read.field_report import concerned_field

        return [concerned_field(line) for line in self.to_check]


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


@dataclass(frozen=True, slots=True)
class JournalReplay:
    """Say what trying the journal's kept edits again did: ids saved, sentences of those waiting."""

    saved: list[int]
    waiting: list[str]
    conflicts: list[int] = field(default_factory=list)  # stale: each waits for the user's choice
