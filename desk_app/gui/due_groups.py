"""Sort the open inquiries into overdue, this week and later, reading only what is shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from desk_app.gui.labels import OPEN_STATUSES
from desk_app.rules.deadline_status import DUE_SOON_DAYS
from desk_app.service import Desk, InquirySummary

if TYPE_CHECKING:
    from desk_app.service.deadline_list import StatementLine

LATER_CAP = 200  # "later" can be long; the dashboard shows the nearest ones
# Overdue can be long too (tens of thousands in an old store): reading them all
# cost 0.5 s at every autosave with 100,000 inquiries. Count them, read the oldest.
OVERDUE_CAP = 200


@dataclass(slots=True)
class DueGroups:
    """Hold the open inquiries with a due date, grouped, each group by due date."""

    overdue: list[InquirySummary] = field(default_factory=list)  # the oldest OVERDUE_CAP
    overdue_total: int = 0
    this_week: list[InquirySummary] = field(default_factory=list)
    later: list[InquirySummary] = field(default_factory=list)
    later_more: bool = False  # more "later" inquiries exist than are listed
    undated: int = 0  # open inquiries without a due date (not listed)
    # Inquiries whose government owes a statement whether and when it answers (no due date).
    statements: list[StatementLine] = field(default_factory=list)

    def due_within(self, today: date, days: int) -> list[InquirySummary]:
        """Return the inquiries due from today up to `days` days ahead."""
        return [row for row in self.this_week if row.due and (row.due - today).days <= days]


def collect(
    store: Desk, today: date, later_cap: int = LATER_CAP, overdue_cap: int = OVERDUE_CAP
) -> DueGroups:
    """Read the open inquiries with a due date: the oldest overdue, this week, the nearest later."""
    groups = DueGroups()
    soon_end = today + timedelta(days=DUE_SOON_DAYS + 1)
    later: list[InquirySummary] = []
    for status in OPEN_STATUSES:
        groups.overdue_total += store.count_due(status, before=today)
        groups.overdue += store.list_due(status, before=today, limit=overdue_cap)
        groups.this_week += store.list_due(status, from_day=today, before=soon_end)
        later += store.list_due(status, from_day=soon_end, limit=later_cap + 1)
        groups.undated += store.count(status=status.value) - store.count_due(status)
    for rows in (groups.overdue, groups.this_week, later):
        rows.sort(key=lambda row: (row.due, row.id))
    groups.statements = store.statements_due()
    groups.undated -= len(groups.statements)  # they are listed, under their statement
    groups.overdue = groups.overdue[:overdue_cap]
    groups.later = later[:later_cap]
    groups.later_more = len(later) > later_cap
    return groups
