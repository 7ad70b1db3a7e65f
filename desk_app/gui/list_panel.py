"""The inquiry list: search field, filters and a lazily loaded, store-sorted table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui import labels
from desk_app.gui.column_fit import ResizeWatch, TitleColumnFit
from desk_app.gui.inquiry_list_model import (
    ID_ROLE,
    KIND,
    PAGE,
    PARLIAMENT,
    REFERENCE,
    STATUS,
    TITLE,
    InquiryListModel,
)
from desk_app.gui.operations import Operations
from desk_app.model import Status

SEARCH_DELAY_MS = 200
MIN_PREFIX = 3
# Columns given up, first to last, while the title would be narrower (its tooltip names them).
DROP_ORDER = (PARLIAMENT, KIND, STATUS, REFERENCE)


class ListPanel(QWidget):
    """List every inquiry; filter, search and sort them; say which one the user picked."""

    inquiry_activated = Signal(int)

    def __init__(
        self,
        operations: Operations,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._registry = operations.registry
        self._last_id: int | None = None
        self.model = InquiryListModel(operations.desk, self._registry, today or operations.today)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Volltextsuche …"))
        self.search_field.setClearButtonEnabled(True)
        self.parliament_filter = QComboBox()
        self.status_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.view = QTableView()
        self.count_label = QLabel()
        # Said inside the list when a search finds nothing, so an empty table is not a riddle.
        self.no_hits_label = QLabel(self.view.viewport())
        self.no_hits_label.setWordWrap(True)
        self.no_hits_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_hits_label.setTextFormat(Qt.TextFormat.PlainText)
        self.no_hits_label.hide()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._fill_filters()
        self._build_view()
        self._lay_out()
        self._connect()
        self._update_count()

    # Public API

    def select_inquiry(self, inquiry_id: int | None) -> bool:
        """Select an inquiry's row without announcing it (e.g. opened elsewhere); True if shown."""
        self._last_id = inquiry_id
        row = None if inquiry_id is None else self.model.row_of(inquiry_id)
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                return False
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            selection.blockSignals(False)
        self.view.viewport().update()
        return True

    def refresh(self) -> None:
        """Reload from the store, keeping the loaded rows, the selection and the scroll position."""
        selected = self._last_id
        scroll = self.view.verticalScrollBar().value()
        self.model.reload(keep=max(self.model.rowCount(), PAGE))
        self.select_inquiry(selected)
        self.view.verticalScrollBar().setValue(scroll)
        self._update_count()

    # Building

    def _fill_filters(self) -> None:
        self.parliament_filter.addItem(self.tr("Alle Parlamente"), None)
        for parliament in self._registry.all():
            self.parliament_filter.addItem(parliament.id, parliament.id)
            index = self.parliament_filter.count() - 1
            self.parliament_filter.setItemData(index, parliament.name, Qt.ItemDataRole.ToolTipRole)
        self.status_filter.addItem(self.tr("Alle Status"), None)
        for status in Status:
            self.status_filter.addItem(labels.status_name(status), status.value)
        self.kind_filter.addItem(self.tr("Alle Arten"), None)
        self._fill_kinds()
        self.parliament_filter.setToolTip(self.tr("Nur Anfragen dieses Parlaments zeigen"))
        self.status_filter.setToolTip(self.tr("Nur Anfragen mit diesem Status zeigen"))
        self.kind_filter.setToolTip(self.tr("Nur Anfragen dieser Art zeigen"))

    def _fill_kinds(self) -> None:
        """List the chosen parliament's kinds by its own names (all kinds when none is chosen)."""
        chosen = self.parliament_filter.currentData()
        names: dict[str, list[str]] = {}
        parliaments = self._registry.all()
        for parliament in parliaments:
            if chosen is not None and parliament.id != chosen:
                continue
            for kind in parliament.kinds.values():
                names.setdefault(kind.id, [])
                name = labels.profile_text(kind.display_name)
                if name not in names[kind.id]:
                    names[kind.id].append(name)
        current = self.kind_filter.currentData()
        self.kind_filter.blockSignals(True)
        while self.kind_filter.count() > 1:
            self.kind_filter.removeItem(1)
        for kind_id, shown in sorted(names.items(), key=lambda item: item[1][0]):
            label = " / ".join(shown[:2]) + (" / …" if len(shown) > 2 else "")
            self.kind_filter.addItem(label, kind_id)
        found = self.kind_filter.findData(current)
        self.kind_filter.setCurrentIndex(max(found, 0))
        self.kind_filter.blockSignals(False)
        _fit_popup(self.kind_filter)

    def _build_view(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(False)  # the row colours carry meaning
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorClearable(True)
        # No indicator: the default order is "last changed first".
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        self._sort_state = (-1, Qt.SortOrder.AscendingOrder)
        # The title is what a user reads a row by: below 200 px it shows "Wie be…".
        self._columns = TitleColumnFit(view, TITLE, DROP_ORDER)
        ResizeWatch(view.viewport(), self, self._viewport_resized)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for combo in (self.parliament_filter, self.status_filter, self.kind_filter):
            # A kind's name may be long ("Kleine Anfrage / Schriftliche Kleine Anfrage"):
            # the open list shows it whole, the closed box must not widen the pane.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            _fit_popup(combo)
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    def _connect(self) -> None:
        self.search_field.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._run_search)
        self.parliament_filter.currentIndexChanged.connect(self._parliament_changed)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.kind_filter.currentIndexChanged.connect(self._apply_filters)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.activated.connect(self._choose)
        self.view.clicked.connect(self._choose)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.modelReset.connect(self._fit_columns)
        self.model.rowsInserted.connect(self._fit_columns)
        self._operations.list_changed.connect(self.refresh)
        self._operations.inquiry_saved.connect(self.refresh)

    # Reactions

    def _run_search(self) -> None:
        self.model.set_search(as_you_type(self.search_field.text()))
        self._after_query()

    def _parliament_changed(self) -> None:
        self._fill_kinds()
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.model.set_filters(
            self.parliament_filter.currentData(),
            self.status_filter.currentData(),
            self.kind_filter.currentData(),
        )
        self._after_query()

    def _after_query(self) -> None:
        """Keep the chosen inquiry selected if it is still listed."""
        self.select_inquiry(self._last_id)
        self._update_count()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        header = self.view.horizontalHeader()
        if column != -1 and not self.model.is_sortable(column):
            # The store cannot sort by this column: put the indicator back.
            header.blockSignals(True)
            header.setSortIndicator(*self._sort_state)
            header.blockSignals(False)
            return
        self._sort_state = (column, order)
        self._after_query()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._choose(current)

    def _choose(self, index: QModelIndex) -> None:
        inquiry_id = index.siblingAtColumn(0).data(ID_ROLE)
        if inquiry_id is None or inquiry_id == self._last_id:
            return
        self._last_id = inquiry_id
        self.inquiry_activated.emit(inquiry_id)

    def _update_count(self) -> None:
        count = f"{self.model.total():,}".replace(",", ".")
        if self.model.searching():
            more = " +" if self.model.canFetchMore(QModelIndex()) else ""
            self.count_label.setText(self.tr("%1 Treffer").replace("%1", count + more))
        elif self.model.total() == 1:
            self.count_label.setText(self.tr("1 Anfrage"))
        else:
            self.count_label.setText(self.tr("%1 Anfragen").replace("%1", count))
        self._show_no_hits()

    def _show_no_hits(self) -> None:
        """Say in the list that a search found nothing; hide it otherwise."""
        model = self.model
        nothing = (
            model.searching() and model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
        )
        if nothing:
            typed = self.search_field.text().strip()
            self.no_hits_label.setText(self.tr("Keine Treffer für „%1“").replace("%1", typed))
            self.no_hits_label.setGeometry(self.view.viewport().rect().adjusted(8, 8, -8, -8))
        self.no_hits_label.setVisible(nothing)

    def _fit_columns(self) -> None:
        """Hide the columns the title cannot spare, so that it keeps a readable width."""
        self._columns.fit()

    def _viewport_resized(self) -> None:
        self._fit_columns()
        if self.no_hits_label.isVisible():
            self._show_no_hits()


def _fit_popup(combo: QComboBox) -> None:
    """Let a combo's open list show its longest entry whole, however narrow the box is."""
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)


def as_you_type(text: str) -> str:
    """Make the word being typed a prefix ("Förder" finds "Förderung"); a space ends it."""
    words = text.split()
    if not words or text.endswith((" ", "*")):
        return text
    # Very short prefixes match half the database and are slow; wait for a third letter.
    return text + "*" if len(words[-1]) >= MIN_PREFIX else text
