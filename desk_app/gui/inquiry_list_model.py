"""A table model over the store's inquiry list that fetches rows page by page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desk_app.storage import InquiryStore, InquirySummary

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class InquiryListModel(QAbstractTableModel):
    """Show inquiry summaries; rows are loaded lazily as the view scrolls."""

    def __init__(self, store: InquiryStore) -> None:
        super().__init__()
        self._store = store
        self._rows: list[InquirySummary] = []
        self._total = 0
        self._headers = [
            self.tr("Parlament"),
            self.tr("Art"),
            self.tr("Nr./Drucksache"),
            self.tr("Titel"),
            self.tr("Status"),
        ]
        self.reload()

    def reload(self) -> None:
        """Forget loaded rows and start again from the first page."""
        self.beginResetModel()
        self._total = self._store.count()
        self._rows = []
        self.endResetModel()

    def total(self) -> int:
        """Return how many inquiries the store holds (loaded or not)."""
        return self._total

    def summary(self, row: int) -> InquirySummary:
        """Return the summary shown in a row."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        page = self._store.list(limit=PAGE, offset=len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        reference = f"Drs. {row.drucksache}" if row.drucksache else (row.number or "")
        return (row.parliament, row.kind, reference, row.title, row.status)[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
