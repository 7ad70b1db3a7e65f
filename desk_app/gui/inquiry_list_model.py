"""A table model over the store's inquiry list that fetches rows page by page.

Sorting, filtering and searching are done by the store (its ORDER BY, WHERE
and full-text index); the model only ever holds the first page and the pages
the view has asked for, so 100,000 inquiries cost no more than the first screenful.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desk_app.gui import labels
from desk_app.model import Status
from desk_app.rules.registry import ProfileRegistry
from desk_app.service import Desk, InquirySummary

PAGE = 200
# A search with a filter may skip many ranked hits; stop after this many pages per fetch.
_SEARCH_PAGES_PER_FETCH = 10
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole

PARLIAMENT, KIND, REFERENCE, TITLE, STATUS, DUE = range(6)
# Columns the store can sort by, with its order names (records.ORDERS).
SORT_ORDERS = {TITLE: "title", DUE: "due"}
DEFAULT_ORDER = "updated"


class InquiryListModel(QAbstractTableModel):
    """Show inquiry summaries; rows are loaded lazily as the view scrolls."""

    def __init__(
        self,
        store: Desk,
        registry: ProfileRegistry | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self._store = store
        self._registry = registry
        self._today_of = today
        self._today = today()
        self._rows: list[InquirySummary] = []
        self._total = 0
        self._filters: dict[str, str | None] = {"parliament": None, "status": None, "kind": None}
        self._search = ""
        self._search_offset = 0
        self._exhausted = False
        self._order = DEFAULT_ORDER
        self._descending = False
        self._kind_names: dict[tuple[str, str], str] = {}
        self._headers = [
            self.tr("Parlament"),
            self.tr("Art"),
            self.tr("Nr./Drucksache"),
            self.tr("Titel"),
            self.tr("Status"),
            self.tr("Fällig"),
        ]
        self.reload()

    # Queries

    def set_filters(
        self, parliament: str | None = None, status: str | None = None, kind: str | None = None
    ) -> None:
        """Show only inquiries of this parliament, status and kind (None: any)."""
        self._filters = {"parliament": parliament, "status": status, "kind": kind}
        self.reload()

    def set_search(self, text: str) -> None:
        """Show the store's full-text matches for text, best first; empty text lists all."""
        self._search = text.strip()
        self.reload()

    def searching(self) -> bool:
        """Tell whether the rows are search hits (ranked) rather than the sorted list."""
        return bool(self._search)

    def is_sortable(self, column: int) -> bool:
        """Tell whether the store can sort by a column."""
        return column in SORT_ORDERS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reload sorted by a sortable column; -1 restores the default (last changed first)."""
        if column != -1 and not self.is_sortable(column):
            return
        self._order = SORT_ORDERS.get(column, DEFAULT_ORDER)
        self._descending = column != -1 and order == Qt.SortOrder.DescendingOrder
        self.reload()

    def reload(self, keep: int = 0) -> None:
        """Forget loaded rows and start again; load at least `keep` rows (to keep a selection)."""
        self.beginResetModel()
        self._today = self._today_of()
        self._rows = []
        self._search_offset = 0
        self._exhausted = False
        self._total = 0 if self._search else self._store.count(**self._filters)
        # The first page is read now rather than when the view asks: a view that has
        # shown an empty list (a search without hits) does not ask again after the
        # reset, and a search can say at once that it found nothing.
        while self._load_page() and len(self._rows) < keep:
            pass
        self.endResetModel()

    def total(self) -> int:
        """Return how many inquiries match (during a search: how many hits are loaded)."""
        return len(self._rows) if self._search else self._total

    def summary(self, row: int) -> InquirySummary:
        """Return the summary shown in a row."""
        return self._rows[row]

    def row_of(self, inquiry_id: int) -> int | None:
        """Return the row of a loaded inquiry, or None."""
        return next((n for n, row in enumerate(self._rows) if row.id == inquiry_id), None)

    # Lazy loading

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid():
            return False
        return not self._exhausted if self._search else len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        first = len(self._rows)
        page = self._next_page()
        if not page:
            return
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _load_page(self) -> bool:
        """Append the next page during a reset; return False when nothing came."""
        page = self._next_page()
        self._rows.extend(page)
        return bool(page)

    def _next_page(self) -> list[InquirySummary]:
        return self._next_hits() if self._search else self._next_listed()

    def _next_listed(self) -> list[InquirySummary]:
        loaded = len(self._rows)
        if loaded >= self._total:
            return []
        if not self._descending:
            page = self._store.list(**self._filters, order=self._order, limit=PAGE, offset=loaded)
        else:
            # The store sorts one way only; a descending page is an ascending
            # page counted from the end, read backwards.
            offset = max(0, self._total - loaded - PAGE)
            limit = self._total - loaded - offset
            page = self._store.list(**self._filters, order=self._order, limit=limit, offset=offset)
            page.reverse()
        if not page:
            self._total = loaded  # rows vanished since the count; stop asking
        return page

    def _next_hits(self) -> list[InquirySummary]:
        hits: list[InquirySummary] = []
        for _ in range(_SEARCH_PAGES_PER_FETCH):
            if self._exhausted:
                break
            page = self._store.search(self._search, limit=PAGE, offset=self._search_offset)
            self._search_offset += len(page)
            self._exhausted = len(page) < PAGE
            hits += [row for row in page if self._matches(row)]
            if hits:
                break
        return hits

    def _matches(self, row: InquirySummary) -> bool:
        """Apply the filters to a search hit (the store's search ranks, it does not filter)."""
        wanted = self._filters
        return (
            wanted["parliament"] in (None, row.parliament)
            and wanted["status"] in (None, row.status.value)
            and wanted["kind"] in (None, row.kind)
        )

    # Table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            level = labels.urgency(row.status, row.due, self._today)
            colors = (
                labels.BACKGROUNDS if role == Qt.ItemDataRole.BackgroundRole else labels.FOREGROUNDS
            )
            return colors.get(level)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == DUE and row.due is not None and _is_open(row.status):
                return labels.days_text(row.due, self._today)
            return self._title_tip(row) if index.column() == TITLE else None
        return None

    def _text(self, row: InquirySummary, column: int) -> str:
        if column == PARLIAMENT:
            return row.parliament
        if column == KIND:
            return self._kind_name(row.parliament, row.kind)
        if column == REFERENCE:
            return labels.reference(row.number, row.drucksache)
        if column == TITLE:
            return row.title
        if column == STATUS:
            return labels.status_name(row.status)
        return labels.date_text(row.due)

    def _title_tip(self, row: InquirySummary) -> str:
        """Return the whole title and the row's other columns (a narrow list hides some)."""
        details = [self._text(row, column) for column in (PARLIAMENT, KIND, REFERENCE, STATUS)]
        return row.title + "\n" + " · ".join(text for text in details if text)

    def _kind_name(self, parliament: str, kind: str) -> str:
        key = (parliament, kind)
        if key not in self._kind_names:
            registry = self._registry
            self._kind_names[key] = (
                kind if registry is None else labels.kind_name(registry, parliament, kind)
            )
        return self._kind_names[key]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def _is_open(status: Status) -> bool:
    return status in labels.OPEN_STATUSES
