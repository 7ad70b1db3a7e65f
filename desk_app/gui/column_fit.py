"""Keep a view's title column readable: hide the columns it cannot spare, on every resize."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView, QWidget

TITLE_MIN_WIDTH = 200


class ResizeWatch(QObject):
    """Call back when a widget is resized, for as long as the callback's owner lives.

    A child of the watched widget, not the owner itself: an owner that filters its
    own child's events can be called while Qt destroys it, which crashed teardown.
    """

    def __init__(self, watched: QWidget, owner: QObject, callback: Callable[[], None]) -> None:
        super().__init__(watched)
        self._owner = owner
        self._callback = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and shiboken6.isValid(self._owner):
            self._callback()
        return False


class TitleColumnFit:
    """Hide columns of a view, in a given order, until its title column has TITLE_MIN_WIDTH."""

    def __init__(self, view: QAbstractItemView, title: int, drop_order: Sequence[int]) -> None:
        self.view = view
        self.title = title
        self.drop_order = tuple(drop_order)
        self._header_widths: dict[int, int] = {}  # measured while shown (hidden ones say 0)

    def hidden(self) -> set[int]:
        """Return the columns hidden now."""
        header = self._header()
        return {column for column in range(header.count()) if header.isSectionHidden(column)}

    def fit(self) -> None:
        """Show as many columns as leave the title readable; hide the rest in drop order."""
        header = self._header()
        room = self.view.viewport().width()
        columns = range(header.count())
        for column in columns:
            if not header.isSectionHidden(column):
                self._header_widths[column] = header.sectionSizeHint(column)
        needed = {
            column: max(
                self._header_widths.get(column) or self._header_text_width(column),
                self.view.sizeHintForColumn(column),
            )
            for column in columns
            if column != self.title
        }
        hidden: set[int] = set()
        for column in self.drop_order:
            shown = sum(width for c, width in needed.items() if c not in hidden)
            if room - shown >= TITLE_MIN_WIDTH:
                break
            hidden.add(column)
        for column in needed:
            if header.isSectionHidden(column) != (column in hidden):
                header.setSectionHidden(column, column in hidden)

    def _header(self) -> QHeaderView:
        # A table and a tree name their column header differently.
        if isinstance(self.view, QTableView):
            return self.view.horizontalHeader()
        assert isinstance(self.view, QTreeView)
        return self.view.header()

    def _header_text_width(self, column: int) -> int:
        """Return about the width a column's header text needs (for one never shown)."""
        header = self._header()
        text = str(header.model().headerData(column, Qt.Orientation.Horizontal))
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        mark = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        return header.fontMetrics().horizontalAdvance(text) + 3 * margin + mark
