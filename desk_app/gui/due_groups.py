"""Sort the open inquiries into overdue, this week and later, reading only the due column."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desk_app.gui.labels import OPEN_STATUSES
from desk_app.rules.deadline_status import DUE_SOON_DAYS
from desk_app.storage import InquiryStore, InquirySummary

_PAGE = 500
LATER_CAP = 200  # "later" can be long; the dashboard shows the nearest ones


@dataclass(slots=True)
class DueGroups:
    """Hold the open inquiries with a due date, grouped, each group by due date."""

    overdue: list[InquirySummary] = field(default_factory=list)
    this_week: list[InquirySummary] = field(default_factory=list)
    later: list[InquirySummary] = field(default_factory=list)
    later_more: bool = False  # more "later" inquiries exist than are listed
    undated: int = 0  # open inquiries without a due date (not listed)

    def due_within(self, today: date, days: int) -> list[InquirySummary]:
        """Return the inquiries due from today up to `days` days ahead."""
        return [row for row in self.this_week if row.due and (row.due - today).days <= days]


def collect(store: InquiryStore, today: date, later_cap: int = LATER_CAP) -> DueGroups:
    """Read the open inquiries by due date, stopping at the first undated row of each status."""
    dated: list[InquirySummary] = []
    undated = 0
    more = False
    for status in OPEN_STATUSES:
        rows, complete = _dated(store, status.value, today, later_cap)
        dated += rows
        more = more or not complete
        if complete:
            undated += store.count(status=status.value) - len(rows)
    dated.sort(key=lambda row: (row.due, row.id))
    groups = DueGroups(undated=undated)
    for row in dated:
        assert row.due is not None
        left = (row.due - today).days
        if left < 0:
            groups.overdue.append(row)
        elif left <= DUE_SOON_DAYS:
            groups.this_week.append(row)
        elif len(groups.later) < later_cap:
            groups.later.append(row)
        else:
            more = True
    groups.later_more = more
    return groups


def _dated(
    store: InquiryStore, status: str, today: date, later_cap: int
) -> tuple[list[InquirySummary], bool]:
    """Return one status's dated rows (due order) and whether all of them were read."""
    rows: list[InquirySummary] = []
    later = 0
    offset = 0
    size = _PAGE
    while True:
        page = store.list(status=status, order="due", limit=size, offset=offset)
        offset += len(page)
        for row in page:
            if row.due is None:  # undated rows sort last: nothing dated follows
                return rows, True
            rows.append(row)
            if (row.due - today).days > DUE_SOON_DAYS:
                later += 1
                if later > later_cap:
                    return rows, False
        if len(page) < size:
            return rows, True
        size *= 2  # every page sorts the status's rows again: few big pages beat many small
