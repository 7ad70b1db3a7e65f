"""The list of open inquiries by due date, overdue first: `desk deadlines` and its peers.

The list reads the due date the store keeps for every inquiry (counted by the
deadline rules at each save) and the list columns, never the inquiries
themselves: with 10,000 open inquiries, loading each one and counting its
deadline anew took seconds. Only extra days off, which no stored date knows,
make the list count every deadline again, from each inquiry's dates alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

from desk_app.i18n import _
from desk_app.model import DeskError, Inquiry, Status, plain

if TYPE_CHECKING:
    from desk_app.rules.calendar_days import ExtraDay
    from desk_app.rules.registry import ProfileRegistry
    from desk_app.service.outcomes import DeadlineRow
    from desk_app.storage import InquiryStore, InquirySummary

OPEN_STATUSES = tuple(status for status in Status if not status.is_closed)


class DeadlineSource(Protocol):
    """Name what the list asks of the desk (a protocol: the desk imports this module)."""

    def today(self) -> date:
        """Return today's date as the desk sees it."""

    def list_due(self, status: Status) -> list[InquirySummary]:
        """Return the inquiries of a status with a stored due date, earliest first."""

    @property
    def registry(self) -> ProfileRegistry:
        """Return the parliament profiles."""

    @property
    def store(self) -> InquiryStore:
        """Return the opened store."""


@dataclass(frozen=True, slots=True)
class DueLine:
    """Hold one line of the deadline list: the inquiry's list columns and how far off it is."""

    id: int
    parliament: str
    kind: str
    number: str | None
    drucksache: str | None
    title: str
    status: Status
    due: date
    days_left: int
    overdue: bool


@dataclass(frozen=True, slots=True)
class StatementLine:
    """Hold an open inquiry whose government owes a statement (whether and when it answers)."""

    summary: InquirySummary
    due: date


def statement_lines(desk: DeadlineSource) -> list[StatementLine]:
    """Return the open inquiries of kinds with a statement deadline only, by that deadline.

    Such kinds (the Bundestag's Große Anfrage) have no answer deadline, so the
    store keeps no due date for them: they are few, and each is counted here.
    A statement that is late does not make the answer late.
    """
    from desk_app.rules.deadlines import effective_due

    kinds = [
        (parliament.id, kind.id)
        for parliament in desk.registry.all()
        for kind in parliament.kinds.values()
        if kind.statements and not kind.deadlines
    ]
    found = []
    for parliament_id, kind_id in kinds:
        for status in OPEN_STATUSES:
            for summary in desk.store.list(parliament_id, status, kind_id, "updated", None, 0):
                inquiry = desk.store.get(summary.id)
                if inquiry.dates.untracked is not None:
                    continue  # the user no longer follows it
                try:
                    deadline = effective_due(inquiry, desk.registry)
                except DeskError:
                    continue  # a broken extension is reported where the inquiry is opened
                if deadline.statement_due is not None:
                    found.append(StatementLine(summary, deadline.statement_due))
    found.sort(key=lambda line: (line.due, line.summary.id))
    return found


def listing(
    desk: DeadlineSource, extra_days: tuple[ExtraDay, ...], warn: Callable[[str], None] | None
) -> list[DueLine]:
    """Return the open inquiries with a due date, overdue first, then by due date."""
    if extra_days:
        # The stored due dates were counted without the user's extra days off.
        from desk_app.service.exporting import open_inquiries

        counted = _counted(
            open_inquiries(desk.store), desk.registry, desk.today(), extra_days, warn
        )
        return [_line_of_row(row) for row in counted]
    return stored_lines(desk.list_due, desk.today())


def stored_lines(list_due: Callable[[Status], list[InquirySummary]], today: date) -> list[DueLine]:
    """Return the deadline list from the stored due dates of the open statuses."""
    found = [
        _line_of_summary(summary, summary.due, today)
        for status in OPEN_STATUSES
        for summary in list_due(status)
        if summary.due is not None
    ]
    found.sort(key=_order)
    return found


def rows(
    registry: ProfileRegistry,
    store: InquiryStore,
    today: date,
    extra_days: tuple[ExtraDay, ...],
    warn: Callable[[str], None] | None,
) -> list[DeadlineRow]:
    """Return the whole open inquiries with a due date counted anew, overdue first, then by due."""
    return _counted(_whole_open_inquiries(store), registry, today, extra_days, warn)


def _whole_open_inquiries(store: InquiryStore) -> Iterable[Inquiry]:
    """Yield every inquiry not answered or withdrawn, loaded whole (a caller may save it)."""
    for summary in store.list():
        if not summary.status.is_closed:
            inquiry = store.get(summary.id)
            if not inquiry.status.is_closed and inquiry.dates.untracked is None:
                yield inquiry


def _counted(
    inquiries: Iterable[Inquiry],
    registry: ProfileRegistry,
    today: date,
    extra_days: tuple[ExtraDay, ...],
    warn: Callable[[str], None] | None,
) -> list[DeadlineRow]:
    """Count each inquiry's deadline and return those with a due date, overdue first."""
    from desk_app.rules.deadline_status import days_left, is_overdue
    from desk_app.rules.deadlines import effective_due
    from desk_app.service.outcomes import DeadlineRow

    found = []
    for inquiry in inquiries:
        try:
            deadline = effective_due(inquiry, registry, extra_days)
        except DeskError as error:
            # One inquiry with a broken extension must not hide every other deadline.
            if warn is not None:
                warn(_("Anfrage {id}: {error}").format(id=inquiry.id, error=error))
            continue
        left = days_left(deadline, today)
        if deadline.due is None or left is None:
            continue
        found.append(DeadlineRow(inquiry, deadline.due, left, is_overdue(inquiry, deadline, today)))
    found.sort(key=lambda row: (not row.overdue, row.due, row.inquiry.id or 0))
    return found


def _line_of_summary(summary: InquirySummary, due: date, today: date) -> DueLine:
    """Return the line of an open inquiry's list columns and its stored due date."""
    left = (due - today).days
    return DueLine(
        summary.id,
        summary.parliament,
        summary.kind,
        summary.number,
        summary.drucksache,
        summary.title.strip(),
        summary.status,
        due,
        left,
        # Every status listed is open; the due day itself is still in time.
        left < 0,
    )


def _line_of_row(row: DeadlineRow) -> DueLine:
    """Return the line of an inquiry whose deadline was counted anew."""
    inquiry = row.inquiry
    return DueLine(
        inquiry.id or 0,
        inquiry.parliament,
        inquiry.kind,
        inquiry.number,
        inquiry.drucksache,
        plain(inquiry.title.inlines).strip(),
        inquiry.status,
        row.due,
        row.days_left,
        row.overdue,
    )


def _order(line: DueLine) -> tuple[bool, date, int]:
    """Sort overdue first, then by due date and id, as the counted list does."""
    return (not line.overdue, line.due, line.id)
