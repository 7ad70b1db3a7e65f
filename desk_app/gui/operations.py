"""The window's door to the desk: every write goes through here and is announced by a signal."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desk_app.model import Inquiry, Originator
from desk_app.rules.calendar_days import ExtraDay
from desk_app.rules.checks import Finding
from desk_app.rules.deadlines import Deadline
from desk_app.rules.registry import ProfileRegistry
from desk_app.service import Desk, ExportOutcome, ImportOutcome

if TYPE_CHECKING:  # loaded with the statistics tab and the DIP look-up, not at start
    from desk_app.model.merge import Choice
    from desk_app.service.conflicts import Conflict
    from desk_app.service.statistics import Statistics, StatisticsFilter
    from desk_app.service.syncing import SyncOutcome


class Operations(QObject):
    """Forward the window's use cases to the desk and announce each change to the views."""

    inquiry_saved = Signal(int)  # an existing inquiry changed
    list_changed = Signal()  # inquiries were added, removed or restored

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        # The user's own days off (settings), counted in every deadline the window shows.
        self.extra_days: tuple[ExtraDay, ...] = ()

    @property
    def registry(self) -> ProfileRegistry:
        """Return the parliament profiles the desk works with."""
        return self.desk.registry

    @property
    def today(self) -> Callable[[], date]:
        """Return the desk's clock (tests fix the day)."""
        return self.desk.today

    def create(
        self,
        parliament_id: str,
        kind_id: str,
        originators: list[Originator] | None = None,
        faction: str = "",
        title: str = "",
    ) -> Inquiry:
        """Create an inquiry from the parliament's template, store it and return it."""
        inquiry = self.desk.create(parliament_id, kind_id, originators, faction, title)
        self.list_changed.emit()
        return inquiry

    def get(self, inquiry_id: int) -> Inquiry:
        """Load an inquiry from the store."""
        return self.desk.get(inquiry_id)

    def save(self, inquiry: Inquiry) -> None:
        """Save an edited inquiry as a new revision."""
        assert inquiry.id is not None, "only stored inquiries are saved"
        self.desk.save_edit(inquiry)  # refused or failed: kept in the journal, nothing lost
        self.inquiry_saved.emit(inquiry.id)

    def resolve(self, conflict: Conflict, choices: Sequence[Choice]) -> Inquiry:
        """Save what the user chose of two versions saved at once (the comparison's choice)."""
        merged = self.desk.resolve(conflict, choices)
        self.inquiry_saved.emit(conflict.inquiry_id)
        return merged

    def check(self, inquiry: Inquiry) -> list[Finding]:
        """Return the formal problems and implausible values of an inquiry."""
        return self.desk.check(inquiry)

    @property
    def read_only(self) -> bool:
        """Tell whether the store could only be opened for reading."""
        return self.desk.read_only

    def import_path(self, path: Path) -> ImportOutcome:
        """Import a file: a new inquiry, or an answer joined to the inquiry it answers."""
        outcome = self.desk.import_file(path)
        if outcome.answered:
            self.inquiry_saved.emit(outcome.id)
        self.list_changed.emit()
        return outcome

    def import_answer(self, path: Path, answer_to: int | None = None) -> ImportOutcome:
        """Import the government's answer to the inquiry given, or to the one it names."""
        outcome = self.desk.import_answer(path, answer_to)
        self.inquiry_saved.emit(outcome.id)
        self.list_changed.emit()
        return outcome

    def export(
        self,
        inquiry: Inquiry,
        fmt: str,
        path: Path,
        layout: str | None = None,
        template: Path | None = None,
        parent: QWidget | None = None,
    ) -> ExportOutcome:
        """Export an inquiry to a file, atomically; return the path and the writer's warnings.

        The file is laid out off the GUI thread behind a progress dialog with a
        cancel button (thousands of notes take seconds); a cancel raises
        Cancelled and writes nothing. The export is recorded afterwards, here,
        where the store's connection lives.
        """
        from desk_app.gui.long_task import run_long_task

        outcome = run_long_task(
            parent,
            QCoreApplication.translate("Operations", "Exportieren"),
            lambda progress: self.desk.write_export(inquiry, fmt, path, layout, template, progress),
            label=QCoreApplication.translate("Operations", "%1 wird gesetzt …").replace(
                "%1", path.name
            ),
        )
        if inquiry.id is not None:
            self.desk.record_export(inquiry.id, fmt, layout, path)
        return outcome

    def deadline(self, inquiry: Inquiry) -> Deadline:
        """Compute an inquiry's deadline with its explanation, counting the user's days off."""
        return self.desk.deadline(inquiry, self.extra_days)

    def statistics(
        self, by: str, filters: StatisticsFilter, parent: QWidget | None = None
    ) -> Statistics:
        """Return the answer-time statistics, counting the user's days off.

        The store is read here; the count runs off the GUI thread behind the
        progress dialog (which shows only when it takes a while); a cancel raises
        Cancelled.
        """
        from desk_app.gui.long_task import run_long_task

        count = self.desk.statistics_counter(by, filters, self.extra_days)
        return run_long_task(parent, QCoreApplication.translate("Operations", "Statistik"), count)

    def write_text_file(self, path: Path, text: str) -> None:
        """Write a text file atomically (a CSV of figures); raise a DeskError with the reason."""
        from desk_app.service.exporting import save_text

        save_text(path, text)

    def write_statistics_report(self, stats: Statistics, path: Path) -> None:
        """Write the statistics as a PDF report with charts; raise a DeskError with the reason."""
        from desk_app.service.statistics_report import write_report

        write_report(stats, path)

    def sync_from_dip(self, inquiry_id: int, parent: QWidget | None = None) -> SyncOutcome:
        """Look an inquiry up in the Bundestag's DIP and save what changed.

        The network is waited for on a worker behind the progress dialog; a
        failure is a DeskError with one sentence, and nothing is saved.
        """
        from desk_app.gui.long_task import run_long_task

        look_up = self.desk.sync_planner(inquiry_id)
        outcome = run_long_task(
            parent,
            QCoreApplication.translate("Operations", "Aus DIP aktualisieren"),
            look_up,
            label=QCoreApplication.translate(
                "Operations", "Das DIP des Bundestages wird gefragt …"
            ),
        )
        self.desk.apply_sync(outcome)
        if outcome.changed:
            self.inquiry_saved.emit(inquiry_id)
        return outcome

    def saved_dip_key(self) -> str:
        """Return the DIP API key saved in the user's config folder ("" for none)."""
        from desk_app.service.syncing import saved_api_key

        return saved_api_key()

    def save_dip_key(self, key: str) -> None:
        """Save the DIP API key for this user ("" removes it); raise a DeskError if it is bad."""
        from desk_app.service.syncing import save_api_key

        save_api_key(key)

    def day_warning(self, parliament_id: str, day: date) -> str | None:
        """Return a sentence when a deadline ending on `day` ends on a day off there."""
        from desk_app.rules.day_warnings import day_warning
        from desk_app.rules.deadlines import calendar_of

        return day_warning(day, calendar_of(self.registry.get(parliament_id), self.extra_days))

    def restore(self, inquiry_id: int, revision_id: int, with_tracking: bool = False) -> Inquiry:
        """Bring back a revision's text (and tracking data, if asked) as a new revision."""
        inquiry = self.desk.restore(inquiry_id, revision_id, with_tracking)
        self.inquiry_saved.emit(inquiry_id)
        self.list_changed.emit()
        return inquiry

    def undo_restore(self, inquiry_id: int) -> Inquiry:
        """Bring back exactly the state before the last restore."""
        inquiry = self.desk.undo_restore(inquiry_id)
        self.inquiry_saved.emit(inquiry_id)
        self.list_changed.emit()
        return inquiry

    def delete(self, inquiry_id: int) -> None:
        """Move an inquiry to the trash."""
        self.desk.delete(inquiry_id)
        self.list_changed.emit()

    def restore_deleted(self, inquiry_id: int) -> Inquiry:
        """Bring an inquiry back from the trash."""
        inquiry = self.desk.restore_deleted(inquiry_id)
        self.list_changed.emit()
        return inquiry
