"""The desk: one object per open database that both faces call for every use case.

It owns the store (opened on first use, so `desk due` never opens a
database), the parliament profiles and the clock, and it keeps the rules of
derived data in one place: a new inquiry is dated `drafted` today, a change
runs in one transaction, deletion goes to the trash.

Each use case imports its modules when it runs: `desk list` needs the store
alone, and loading the profiles, the deadline engine, the checks and the
import and export machinery for it cost every start ~100 ms.
"""

from __future__ import annotations

import builtins
import getpass
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.model import Inquiry, Originator, Status
from desk_app.storage import (
    DeletedInquiry,
    InquiryStore,
    InquirySummary,
    Location,
    Revision,
    RevisionEvent,
    resolve_location,
)

if TYPE_CHECKING:
    from desk_app.model.merge import Choice
    from desk_app.rules.calendar_days import ExtraDay
    from desk_app.rules.checks import Finding
    from desk_app.rules.deadlines import Deadline
    from desk_app.rules.registry import ProfileRegistry
    from desk_app.service.conflicts import Conflict
    from desk_app.service.deadline_list import StatementLine
    from desk_app.service.history import Comparison, HistoryEntry
    from desk_app.service.live import ChangeWatch
    from desk_app.service.outcomes import (
        DeadlineRow,
        ExportOutcome,
        ImportOutcome,
        JournalReplay,
    )
    from desk_app.service.progress import Progress
    from desk_app.service.statistics import Statistics, StatisticsFilter
    from desk_app.service.syncing import SyncOutcome
    from desk_app.sources import DocumentSource
    from desk_app.storage.journal import Journal

Guard = Callable[[Location], None]
DueRule = Callable[[Inquiry], date | None]


def _no_guard(_location: Location) -> None:
    """Allow every change (the window itself, or a test)."""


def _detail(**values: object) -> str:
    """Return an event's stored detail (service.history reads it for the label)."""
    from desk_app.service.history import event_detail

    return event_detail(**values)


BACKUP_FOLDER = "Sicherungen"
JOURNAL_FILE = "journal.sqlite3"


def _store_name(location: Location) -> str:
    """Return the name a store's entries carry in the journal: its resolved file or address."""
    return str(location.resolve()) if isinstance(location, Path) else str(location)


def login_name() -> str:
    """Return the name revisions are signed with by default: the operating system's login."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name known (a container without passwd entry)
        return ""


class Desk:
    """Run the use cases on one database: create, import, change, export, check, delete."""

    def __init__(
        self,
        db_path: Location | None = None,
        *,
        registry: ProfileRegistry | None = None,
        today: Callable[[], date] = date.today,
        guard_changes: Guard = _no_guard,
        store: InquiryStore | None = None,
        author: str | None = None,
    ) -> None:
        # The location given, the store's, or DESK_DB (read as typed: a server's
        # address is one) or the data folder's file.
        self.db_path: Location = db_path or (
            store.path if store is not None else resolve_location()
        )
        self.author = author if author is not None else login_name()
        self._registry = registry
        self._store = store
        self._journal: Journal | None = None
        self._today = today
        self._guard = guard_changes
        self._due_rule: DueRule | None = None

    # The objects behind the desk

    @property
    def registry(self) -> ProfileRegistry:
        """Return the parliament profiles, loaded and validated on first use."""
        if self._registry is None:
            from desk_app.rules.registry import ProfileRegistry

            self._registry = ProfileRegistry.load()
        return self._registry

    @property
    def store(self) -> InquiryStore:
        """Return the opened store, opening (and upgrading) the database on first use."""
        if self._store is None:
            # The store keeps each inquiry's computed due date for sorting and lists.
            self._store = InquiryStore.open(self.db_path, due=self._stored_due, author=self.author)
        return self._store

    @property
    def read_only(self) -> bool:
        """Tell whether the database could only be opened for reading (a face can say so)."""
        return self.store.read_only

    def open(self) -> None:
        """Open (and upgrade) the database now rather than at the first use."""
        _ = self.store

    def today(self) -> date:
        """Return today's date as this desk sees it."""
        return self._today()

    def watch_changes(self) -> ChangeWatch | None:
        """Return a watch on colleagues' changes: for a server's store; a file has no colleagues."""
        return self.store.listen()

    def backup(self, folder: Path | None = None, keep: int = 5) -> Path:
        """Write a consistent copy of the store into a timestamped SQLite file; keep `keep`.

        Without a folder: "Sicherungen" beside the database file, or in the data
        folder for a server's store.
        """
        if folder is None:
            from desk_app.paths import user_data_dir

            home = self.db_path.parent if isinstance(self.db_path, Path) else user_data_dir()
            folder = home / BACKUP_FOLDER
        return self.store.backup(folder, keep)

    def close(self) -> None:
        """Close the database if it was opened; closing twice is harmless."""
        if self._store is not None:
            self._store.close()
            self._store = None

    def _stored_due(self, inquiry: Inquiry) -> date | None:
        """Return the due date the store keeps for sorting (the deadline rules, built once)."""
        return self._deadline_rule()(inquiry)

    def _deadline_rule(self) -> DueRule:
        """Return the due-date rule, loading the profiles and holiday tables on first use."""
        if self._due_rule is None:
            from desk_app.rules.calendar_days import holiday_tables
            from desk_app.rules.deadline_status import due_rule

            holiday_tables()
            self._due_rule = due_rule(self.registry)
        return self._due_rule

    def _writing(self) -> InquiryStore:
        """Return the store for a write, with the deadline rule ready beforehand."""
        # A save counts the deadline inside the write transaction; the first count
        # reads profiles and holiday tables, which must not happen while other
        # writers wait for the lock.
        self._deadline_rule()
        return self.store

    def _changing(self) -> InquiryStore:
        """Return the store for changing stored inquiries, after the guard allowed it."""
        self._guard(self.db_path)
        return self._writing()

    # Reading

    def get(self, inquiry_id: int) -> Inquiry:
        """Return one stored inquiry."""
        return self.store.get(inquiry_id)

    def list(
        self,
        parliament: str | None = None,
        status: Status | str | None = None,
        kind: str | None = None,
        order: str = "updated",
        limit: int | None = None,
        offset: int = 0,
    ) -> builtins.list[InquirySummary]:
        """Return one page of inquiry summaries, filtered and sorted."""
        return self.store.list(parliament, status, kind, order, limit, offset)

    def count(
        self,
        parliament: str | None = None,
        status: Status | str | None = None,
        kind: str | None = None,
    ) -> int:
        """Return how many inquiries match the same filters as list()."""
        return self.store.count(parliament, status, kind)

    def search(self, query: str, limit: int = 50, offset: int = 0) -> builtins.list[InquirySummary]:
        """Return the inquiries whose text matches the user's words, best first."""
        return self.store.search(query, limit, offset)

    def count_search(self, query: str) -> int:
        """Return how many inquiries match the user's words."""
        return self.store.count_search(query)

    def count_due(
        self, status: Status | str, from_day: date | None = None, before: date | None = None
    ) -> int:
        """Return how many inquiries of a status are due in [from_day, before)."""
        return self.store.count_due(status, from_day, before)

    def list_due(
        self,
        status: Status | str,
        from_day: date | None = None,
        before: date | None = None,
        limit: int | None = None,
    ) -> builtins.list[InquirySummary]:
        """Return inquiries of a status due in [from_day, before), earliest first."""
        return self.store.list_due(status, from_day, before, limit)

    # Creating and changing

    def create(
        self,
        parliament_id: str,
        kind_id: str | None = None,
        originators: builtins.list[Originator] | None = None,
        faction: str = "",
        title: str = "",
    ) -> Inquiry:
        """Create an inquiry from the parliament's template, dated drafted today, and store it."""
        from desk_app.rules.templates import new_inquiry

        parliament = self.registry.get(parliament_id)
        kind_id = kind_id or parliament.default_kind
        inquiry = new_inquiry(
            parliament, kind_id, originators or [], faction, title, today=self.today()
        )
        inquiry.dates.drafted = self.today()
        self._writing().add(inquiry)
        return inquiry

    def save(
        self, inquiry: Inquiry, event: str | None = None, detail: str = ""
    ) -> builtins.list[str]:
        """Save an edited inquiry as a new revision; return warnings about implausible values.

        The revision records `event`; without one it is an edit, or the submission
        when the inquiry was a draft until now and has been submitted.
        """
        if inquiry.id is None:
            raise ValueError("save() needs a stored inquiry; use create() or import_file()")
        store = self._changing()
        if event is None:
            event = self._edit_event(store, inquiry)
        # Checked against the version this desk read: a colleague's save since is
        # refused (StaleInquiry) rather than overwritten.
        store.save(inquiry, event, detail, expected=store.seen_version(inquiry.id))
        # Saved all the same: nothing typed in the window may be lost, but it must be seen.
        return self.value_warnings(inquiry)

    def save_edit(self, inquiry: Inquiry) -> builtins.list[str]:
        """Save what the window shows; if the store refuses it or is away, keep it in the journal.

        The journal (on this computer) holds the edit until a later save lands
        or replay_journal() brings it in: closing the window loses nothing.
        """
        from desk_app.service.journaling import save_or_keep

        assert inquiry.id is not None
        store = self._store
        version = store.seen_version(inquiry.id) if store is not None else None
        base = store.seen_data(inquiry.id) if store is not None else None
        return save_or_keep(self.save, self.journal(), inquiry, version, base)

    def conflict(self, inquiry: Inquiry) -> Conflict:
        """Set an edit the store refused (StaleInquiry) beside the version saved meanwhile."""
        from desk_app.service import conflicts

        return conflicts.conflict_for(self.store, self.journal(), inquiry)

    def kept_conflict(self, inquiry_id: int) -> Conflict | None:
        """Return the conflict of an edit the journal keeps, if one is kept for this inquiry."""
        from desk_app.service import conflicts

        return conflicts.kept_conflict(self.store, self.journal(), inquiry_id)

    def resolve(self, conflict: Conflict, choices: Sequence[Choice]) -> Inquiry:
        """Save what the choices make of both versions, checked against the version compared."""
        from desk_app.service import conflicts

        return conflicts.resolve(self._changing(), self.journal(), conflict, choices)

    def waiting_conflicts(self) -> builtins.list[int]:
        """Return the inquiries whose kept edit is older than the stored version (it waits)."""
        from desk_app.service import conflicts

        return conflicts.waiting(self.store, self.journal())

    def journal(self) -> Journal:
        """Return the journal of this store's kept edits (a file in the user's data folder)."""
        if self._journal is None:
            from desk_app.paths import user_data_dir
            from desk_app.storage.journal import Journal

            self._journal = Journal(user_data_dir() / JOURNAL_FILE, _store_name(self.db_path))
        return self._journal

    def replay_journal(self) -> JournalReplay:
        """Try the kept edits again; return which landed and why the others still wait."""
        from desk_app.service.journaling import replay

        return replay(self.store, self.journal())

    def _edit_event(self, store: InquiryStore, inquiry: Inquiry) -> str:
        """Return "submitted" for the save that submits a draft, else "edited"."""
        assert inquiry.id is not None
        if inquiry.status == Status.SUBMITTED and store.status(inquiry.id) == Status.DRAFT:
            return RevisionEvent.SUBMITTED.value
        return RevisionEvent.EDITED.value

    def value_warnings(self, inquiry: Inquiry) -> builtins.list[str]:
        """Return one sentence per implausible value and pair of dates in the wrong order."""
        from desk_app.model.date_order import date_contradictions
        from desk_app.model.values import implausible_values

        pattern = self._drucksache_pattern(inquiry.parliament)
        return [*implausible_values(inquiry, pattern), *date_contradictions(inquiry.dates)]

    def set_field(self, inquiry_id: int, name: str, value: str) -> Inquiry:
        """Set one field (as `desk set` names it) and save, read and write in one transaction."""
        from desk_app.model.fields import set_field

        def change(inquiry: Inquiry) -> None:
            set_field(inquiry, name, value, self._drucksache_pattern(inquiry.parliament))

        submits = name == "dates.submitted" and bool(value.strip())
        event = RevisionEvent.SUBMITTED if submits else RevisionEvent.SET
        return self._changing().update(inquiry_id, change, event.value, _detail(field=name))

    def _drucksache_pattern(self, parliament_id: str) -> str:
        """Return the parliament's form of a Drucksache number, or the common "WP/Nummer"."""
        from desk_app.model.errors import DeskError
        from desk_app.model.values import DEFAULT_DRUCKSACHE_PATTERN

        try:
            return self.registry.get(parliament_id).drucksache_pattern
        except DeskError:  # a parliament without a profile still gets the common form
            return DEFAULT_DRUCKSACHE_PATTERN

    # Deadlines and checks

    def statements_due(self) -> builtins.list[StatementLine]:
        """Return the open inquiries that wait for a statement (not an answer), by its date."""
        from desk_app.service.deadline_list import statement_lines

        return statement_lines(self)

    def deadline(self, inquiry: Inquiry, extra_days: tuple[ExtraDay, ...] = ()) -> Deadline:
        """Compute an inquiry's deadline with its explanation."""
        from desk_app.rules.deadlines import effective_due

        return effective_due(inquiry, self.registry, extra_days)

    def due(
        self, parliament_id: str, kind_id: str, start: date, extra_days: tuple[ExtraDay, ...] = ()
    ) -> Deadline:
        """Compute a deadline of a parliament's kind from a start date, with its explanation."""
        from desk_app.rules.deadlines import deadline_from

        return deadline_from(self.registry.get(parliament_id), kind_id, start, extra_days)

    def deadline_rows(
        self, extra_days: tuple[ExtraDay, ...] = (), warn: Callable[[str], None] | None = None
    ) -> builtins.list[DeadlineRow]:
        """Return the open inquiries with a due date, overdue first, then by due date."""
        from desk_app.service import deadline_list

        return deadline_list.rows(self.registry, self.store, self.today(), extra_days, warn)

    def check(self, inquiry: Inquiry | int) -> builtins.list[Finding]:
        """Return the formal problems of an inquiry, and its implausible values as warnings."""
        from desk_app.rules.checks import Finding, check

        if isinstance(inquiry, int):
            inquiry = self.get(inquiry)
        findings = check(inquiry, self.registry.get(inquiry.parliament))
        # A save keeps such values (nothing typed is lost); the checks make them seen.
        warnings = [
            Finding("warning", text, ("tracking",)) for text in self.value_warnings(inquiry)
        ]
        return [*findings, *warnings]

    def statistics(
        self,
        by: str = "ministry",
        filters: StatisticsFilter | None = None,
        extra_days: tuple[ExtraDay, ...] = (),
    ) -> Statistics:
        """Return the answer-time statistics of the stored inquiries (docs/STATISTICS.md)."""
        return self.statistics_counter(by, filters, extra_days)(None)

    def statistics_counter(
        self,
        by: str = "ministry",
        filters: StatisticsFilter | None = None,
        extra_days: tuple[ExtraDay, ...] = (),
    ) -> Callable[[Progress | None], Statistics]:
        """Read what the statistics need now; return the counting, which touches no store.

        The window reads on its own thread (the store's connection lives there)
        and counts on a worker: thousands of deadlines take a moment.
        """
        from desk_app.service import statistics

        rows = self.store.tracking_data()
        registry, today = self.registry, self.today()
        statistics.check_request(by, filters or statistics.StatisticsFilter(), registry)

        def count(progress: Progress | None) -> Statistics:
            return statistics.compute(rows, registry, today, by, filters, extra_days, progress)

        return count

    # Files

    def import_file(
        self,
        path: Path,
        parliament: str | None = None,
        kind: str | None = None,
        answer_to: int | None = None,
    ) -> ImportOutcome:
        """Import a file: a new inquiry, or an answer attached to the inquiry it answers."""
        from desk_app.service import importing

        store = self._writing()
        with store.adding_as(RevisionEvent.IMPORTED.value, _detail(file=Path(path).name)):
            outcome = importing.import_file(
                self.registry,
                store,
                self._answer_saver(Path(path)),
                Path(path),
                parliament,
                kind,
                answer_to,
            )
        return self._with_value_warnings(outcome)

    def import_answer(
        self, path: Path, answer_to: int | None = None, parliament: str | None = None
    ) -> ImportOutcome:
        """Import the government's answer, to the inquiry given or the one it names."""
        from desk_app.service import importing

        store = self._writing()
        # An answer that names no stored inquiry starts a new one.
        with store.adding_as(RevisionEvent.ANSWER_IMPORTED.value, _detail(file=Path(path).name)):
            outcome = importing.import_answer(
                self.registry,
                store,
                self._answer_saver(Path(path)),
                Path(path),
                answer_to,
                parliament,
            )
        return self._with_value_warnings(outcome)

    def _answer_saver(self, path: Path) -> Callable[[Inquiry], None]:
        """Return the save of an answer import, whose outcome reports the value warnings once."""

        def save_quietly(inquiry: Inquiry) -> None:
            self.save(inquiry, RevisionEvent.ANSWER_IMPORTED.value, _detail(file=path.name))

        return save_quietly

    def _with_value_warnings(self, outcome: ImportOutcome) -> ImportOutcome:
        """Return the import outcome with implausible values and dates added to its report."""
        from dataclasses import replace

        warnings = self.value_warnings(outcome.inquiry)
        return replace(outcome, report=[*outcome.report, *warnings]) if warnings else outcome

    def sync(
        self, inquiry_ids: builtins.list[int] | None = None, source: DocumentSource | None = None
    ) -> builtins.list[SyncOutcome]:
        """Bring Bundestag inquiries up to date from the DIP (None: every open one).

        Everything is read first and saved at the end: an error changes nothing.
        """
        from desk_app.service import syncing

        return syncing.run(self, inquiry_ids, source)

    def sync_planner(self, inquiry_id: int) -> Callable[[Progress | None], SyncOutcome]:
        """Read an inquiry now; return its DIP look-up, which touches no store.

        The window reads here, on the store's thread, lets a worker wait for the
        network, and saves what came back with apply_sync.
        """
        from desk_app.service import syncing

        inquiry = self.get(inquiry_id)
        self.registry  # noqa: B018 - loaded here: the worker reads the profiles, never loads them

        def look_up(progress: Progress | None) -> SyncOutcome:
            with syncing.default_source() as dip:
                outcome = syncing.plan(self, inquiry, dip)
            if progress is not None:
                progress.settle()  # from here the result is taken, however late the click
            return outcome

        return look_up

    def open_sync_planner(self) -> Callable[[Progress | None], builtins.list[SyncOutcome]] | None:
        """Read every open Bundestag inquiry now; return their DIP look-up (None: none is open)."""
        from desk_app.service import syncing

        return syncing.open_planner(self)

    def apply_sync_if_unchanged(self, outcome: SyncOutcome) -> bool:
        """Save a look-up's finding unless the inquiry changed since it was read; say if saved."""
        from desk_app.service import syncing

        return syncing.apply_if_unchanged(self._changing(), outcome)

    def apply_sync(self, outcome: SyncOutcome) -> None:
        """Save what a DIP look-up found, if it changed anything."""
        if outcome.changed:
            self.save(outcome.inquiry, outcome.event, outcome.detail)

    def render(
        self,
        inquiry: Inquiry,
        fmt: str,
        layout: str | None = None,
        template: Path | None = None,
    ) -> tuple[bytes, builtins.list[str]]:
        """Render an inquiry in a format; return the bytes and the writer's warnings."""
        from desk_app.service import exporting

        return exporting.render(self.registry, inquiry, fmt, layout, template)

    def export(
        self,
        inquiry: Inquiry | int,
        fmt: str,
        path: Path,
        layout: str | None = None,
        template: Path | None = None,
    ) -> ExportOutcome:
        """Export an inquiry to a file atomically: the old file stays until the new one is whole."""
        from desk_app.service import exporting

        if isinstance(inquiry, int):
            inquiry = self.get(inquiry)
        outcome = exporting.export(self.registry, inquiry, fmt, Path(path), layout, template)
        if inquiry.id is not None:
            self.record_export(inquiry.id, fmt, layout, Path(path))
        return outcome

    def write_export(
        self,
        inquiry: Inquiry,
        fmt: str,
        path: Path,
        layout: str | None = None,
        template: Path | None = None,
        progress: Progress | None = None,
    ) -> ExportOutcome:
        """Write an export file only, touching no store: safe on a worker thread.

        A stop asked before the file is renamed into place writes nothing; the
        caller records the export afterwards, on the store's thread.
        """
        from desk_app.service import exporting
        from desk_app.service.progress import quiet

        return exporting.export(
            self.registry, inquiry, fmt, Path(path), layout, template, quiet(progress)
        )

    def record_export(self, inquiry_id: int, fmt: str, layout: str | None, path: Path) -> None:
        """Record an export in the inquiry's history; a store that refuses it stops no export."""
        from contextlib import suppress

        from desk_app.model.errors import DeskError

        file = "" if str(path) == "-" else path.name
        # Read-only, or an inquiry that was never stored: the file is written all the same.
        # No deadline rule is needed (the data do not change), so no holiday tables load.
        with suppress(DeskError):
            self.store.mark(
                inquiry_id,
                RevisionEvent.EXPORTED.value,
                _detail(format=fmt, layout=layout, file=file),
            )

    def export_open_calendar(
        self, path: Path, extra_days: tuple[ExtraDay, ...] = ()
    ) -> ExportOutcome:
        """Write one calendar with the due date of every open inquiry."""
        from desk_app.service import exporting

        inquiries = exporting.open_inquiries(self.store)
        return exporting.export_calendar(self.registry, inquiries, Path(path), extra_days)

    # History and trash

    def revisions(self, inquiry_id: int) -> builtins.list[Revision]:
        """Return the saved versions of an inquiry, newest first."""
        return self.store.revisions(inquiry_id)

    def revision(self, inquiry_id: int, revision_id: int) -> Inquiry:
        """Return an inquiry as one of its revisions saved it."""
        return self.store.revision(inquiry_id, revision_id)

    def history(self, inquiry_id: int) -> builtins.list[HistoryEntry]:
        """Return an inquiry's history grouped by event and labelled, newest first."""
        from desk_app.service import history

        revisions = self.store.revisions(inquiry_id)
        return history.group(revisions, lambda revision_id: self.revision(inquiry_id, revision_id))

    def compare(self, inquiry_id: int, revision_id: int) -> Comparison:
        """Compare a revision with the inquiry as it is now: its words and its tracking data."""
        from desk_app.service import history

        return history.compare(self.revision(inquiry_id, revision_id), self.get(inquiry_id))

    def restore(self, inquiry_id: int, revision_id: int, with_tracking: bool = False) -> Inquiry:
        """Bring back a revision's text, and its tracking data if asked; saved as a new revision.

        Without `with_tracking`, today's dates, Drucksache, extensions, answer
        and the other tracking data stay (service.history names which is which).
        """
        from desk_app.service import history

        store = self._changing()
        old = store.revision(inquiry_id, revision_id)
        scope = "all" if with_tracking else "text"

        def change(current: Inquiry) -> None:
            history.take_revision(current, old, with_tracking)

        return store.update(
            inquiry_id,
            change,
            RevisionEvent.RESTORED.value,
            _detail(revision=revision_id, scope=scope),
        )

    def restore_to_undo(self, inquiry_id: int) -> Revision | None:
        """Return the restore that undo_restore() would undo: the last change, if it was one."""
        revisions = self.store.revisions(inquiry_id)
        before = self._before_restore(revisions)
        return None if before is None else before[0]

    def undo_restore(self, inquiry_id: int) -> Inquiry:
        """Bring back exactly the state before the last restore (itself a new revision)."""
        from desk_app.i18n import _
        from desk_app.model.errors import DeskError

        store = self._changing()
        found = self._before_restore(store.revisions(inquiry_id))
        if found is None:
            raise DeskError(
                _(
                    "Es gibt nichts rückgängig zu machen: die letzte Änderung der Anfrage {id} "
                    "war kein Wiederherstellen."
                ).format(id=inquiry_id)
            )
        restore, before = found
        inquiry = store.revision(inquiry_id, before.id)
        store.save(inquiry, RevisionEvent.RESTORE_UNDONE.value, _detail(revision=restore.id))
        return inquiry

    @staticmethod
    def _before_restore(
        revisions: builtins.list[Revision],
    ) -> tuple[Revision, Revision] | None:
        """Return the last change if it was a restore, with the revision it replaced."""
        # Exports are markers of an unchanged state: they do not end a restore's undo.
        changes = [r for r in revisions if r.event != RevisionEvent.EXPORTED]
        if len(changes) < 2 or changes[0].event != RevisionEvent.RESTORED:
            return None
        position = revisions.index(changes[0])
        return changes[0], revisions[position + 1]

    def delete(self, inquiry_id: int) -> None:
        """Move an inquiry with its revisions to the trash."""
        self._changing().delete(inquiry_id)

    def deleted(self) -> builtins.list[DeletedInquiry]:
        """Return the inquiries in the trash, most recently deleted first."""
        return self.store.deleted()

    def restore_deleted(self, inquiry_id: int) -> Inquiry:
        """Bring an inquiry back from the trash under its old id."""
        return self._writing().restore_deleted(inquiry_id)
