"""The list of open inquiries by due date, overdue first: `desk deadlines` and its peers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desk_app.model import DeskError
from desk_app.rules.calendar_days import ExtraDay
from desk_app.rules.deadline_status import days_left, is_overdue
from desk_app.rules.deadlines import effective_due
from desk_app.rules.registry import ProfileRegistry
from desk_app.service.exporting import open_inquiries
from desk_app.service.outcomes import DeadlineRow
from desk_app.storage import InquiryStore


def rows(
    registry: ProfileRegistry,
    store: InquiryStore,
    today: date,
    extra_days: tuple[ExtraDay, ...],
    warn: Callable[[str], None] | None,
) -> list[DeadlineRow]:
    """Return the open inquiries with a due date, overdue first, then by due date."""
    found = []
    for inquiry in open_inquiries(store):
        try:
            deadline = effective_due(inquiry, registry, extra_days)
        except DeskError as error:
            # One inquiry with a broken extension must not hide every other deadline.
            if warn is not None:
                warn(f"Anfrage {inquiry.id}: {error}")
            continue
        left = days_left(deadline, today)
        if deadline.due is None or left is None:
            continue
        found.append(DeadlineRow(inquiry, deadline.due, left, is_overdue(inquiry, deadline, today)))
    found.sort(key=lambda row: (not row.overdue, row.due, row.inquiry.id or 0))
    return found
