"""The "Statistik" tab: how the government answers, by group and month, with filters and charts.

Built when the tab is first shown (Qt Charts loads with it, never at start). The
figures come from the service (docs/STATISTICS.md defines each); the tab only
shows them: a table of the groups, a chart of the months (submitted, answered,
answered late) and a chart of the late share by group.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.date_field import DateField
from desk_app.gui.operations import Operations
from desk_app.model import DeskError
from desk_app.service.progress import Cancelled
from desk_app.service.statistics import Statistics, StatisticsFilter
from desk_app.service.statistics_view import TEXT_COLUMNS, csv_text, group_name, table_rows

GROUPINGS = ("ministry", "parliament", "faction", "member")
CHART_GROUPS = 12  # the late-share chart shows the groups with most inquiries
_COLOURS = {"submitted": "#4a78b5", "answered": "#5a9e6f", "late": "#c0504d"}
FOLDER_KEY = "statistics/folder"
REFRESH_PAUSE_MS = 800


class StatisticsTab(QWidget):
    """Show the answer-time statistics with their filters, a table and two charts."""

    def __init__(
        self, operations: Operations, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._settings = settings
        self.stats: Statistics | None = None
        self.by = QComboBox()
        names = {
            "ministry": self.tr("Ministerium"),
            "parliament": self.tr("Parlament"),
            "faction": self.tr("Fraktion"),
            "member": self.tr("Mitglied"),
        }
        for key in GROUPINGS:
            self.by.addItem(names[key], key)
        self.parliament = QComboBox()
        self.parliament.addItem(self.tr("Alle Parlamente"), None)
        for profile in operations.registry.all():
            self.parliament.addItem(profile.name, profile.id)
        self.term = QSpinBox()
        self.term.setRange(0, 99)
        self.term.setSpecialValueText(self.tr("alle"))
        self.start_from = DateField()
        self.start_to = DateField()
        self.ministry = QLineEdit()
        self.ministry.setPlaceholderText(self.tr("Teil des Namens, z. B. Verkehr"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(160)
        self.months_chart = QChartView()
        self.late_chart = QChartView()
        for view in (self.months_chart, self.late_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(260)
        self.csv_button = QPushButton(self.tr("Als CSV exportieren …"))
        self.csv_button.clicked.connect(lambda _checked=False: self.export_csv())
        self.pdf_button = QPushButton(self.tr("PDF-Bericht …"))
        self.pdf_button.clicked.connect(lambda _checked=False: self.export_pdf())
        # Counting thousands of deadlines takes a moment: once typing and saving pause,
        # and only while the tab is seen; a hidden tab counts when it is shown again.
        self._stale = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_PAUSE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.definitions = QLabel(
            self.tr(
                "Antwortzeit in Kalendertagen vom Fristbeginn der Regel bis zur Antwort; "
                "verspätet heißt nach dem Fristende mit Verlängerungen; Median und "
                "90. Perzentil linear interpoliert. Der PDF-Bericht nennt jede Definition "
                "in einer Fußnote."
            )
        )
        self.definitions.setWordWrap(True)
        self._lay_out()
        for combo in (self.by, self.parliament):
            combo.currentIndexChanged.connect(self.refresh)
        self.term.valueChanged.connect(self.refresh)
        for field in (self.start_from, self.start_to):
            field.changed.connect(self.refresh)
        self.ministry.editingFinished.connect(self.refresh)
        operations.list_changed.connect(self._store_changed)
        operations.inquiry_saved.connect(self._store_changed)
        self.refresh()

    def _store_changed(self) -> None:
        if self.isVisible():
            self._debounce.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _lay_out(self) -> None:
        filters = QFormLayout()
        filters.addRow(self.tr("Gruppieren nach"), self.by)
        filters.addRow(self.tr("Parlament"), self.parliament)
        filters.addRow(self.tr("Wahlperiode"), self.term)
        period = QHBoxLayout()
        period.addWidget(self.start_from)
        period.addWidget(QLabel(self.tr("bis")))
        period.addWidget(self.start_to)
        filters.addRow(self.tr("Fristbeginn von"), period)
        filters.addRow(self.tr("Ministerium"), self.ministry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        content = QWidget()
        box = QVBoxLayout(content)
        box.addLayout(filters)
        box.addWidget(self.message)
        box.addWidget(self.table)
        box.addWidget(self.months_chart)
        box.addWidget(self.late_chart)
        box.addWidget(self.definitions)
        box.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def filters(self) -> StatisticsFilter:
        """Return the filters as the fields show them (invalid dates count as unset)."""
        return StatisticsFilter(
            parliament=self.parliament.currentData(),
            term=self.term.value() or None,
            start_from=self.start_from.date() if self.start_from.is_valid() else None,
            start_to=self.start_to.date() if self.start_to.is_valid() else None,
            ministry=self.ministry.text().strip() or None,
        )

    def refresh(self) -> None:
        """Count the figures anew from the store and show them."""
        self._stale = False
        try:
            stats = self._operations.statistics(str(self.by.currentData()), self.filters(), self)
        except Cancelled:
            self._stale = True  # counted again when asked or shown
            self.message.setText(self.tr("Zählung abgebrochen; die Zahlen sind nicht aktuell."))
            return
        except DeskError as error:
            self.message.setText(str(error))
            self.message.setStyleSheet("color: #c62828;")
            return
        self.stats = stats
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("%1 Anfragen gezählt, %2 beantwortet.")
            .replace("%1", str(stats.total.inquiries))
            .replace("%2", str(stats.total.answered))
        )
        self._fill_table(stats)
        self.months_chart.setChart(self._months_chart(stats))
        self.late_chart.setChart(self._late_chart(stats))

    def _fill_table(self, stats: Statistics) -> None:
        rows = table_rows(stats, TEXT_COLUMNS)
        heading, body = rows[0], rows[1:]
        self.table.clear()
        self.table.setColumnCount(len(heading))
        self.table.setRowCount(len(body))
        self.table.setHorizontalHeaderLabels(heading)
        for row, cells in enumerate(body):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _months_chart(self, stats: Statistics) -> QChart:
        """Return the chart of the months: submitted, answered and answered late, as bars."""
        chart = QChart()
        chart.setTitle(self.tr("Anfragen je Monat"))
        sets = {
            "submitted": QBarSet(self.tr("eingereicht")),
            "answered": QBarSet(self.tr("beantwortet")),
            "late": QBarSet(self.tr("davon verspätet")),
        }
        for key, bar_set in sets.items():
            bar_set.setColor(QColor(_COLOURS[key]))
        months = stats.months[-24:]  # two years fit; the CSV has them all
        for month in months:
            sets["submitted"].append(month.submitted)
            sets["answered"].append(month.answered)
            sets["late"].append(month.answered_late)
        series = QBarSeries()
        for bar_set in sets.values():
            series.append(bar_set)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([f"{m.month[5:]}/{m.month[2:4]}" for m in months])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        highest = max([1, *(max(m.submitted, m.answered) for m in months)])
        axis_y.setRange(0, highest)
        axis_y.setLabelFormat("%d")
        axis_y.setTickCount(min(highest, 5) + 1)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def _late_chart(self, stats: Statistics) -> QChart:
        """Return the chart of the late share (percent) of the groups with most inquiries."""
        chart = QChart()
        chart.setTitle(self.tr("Anteil verspäteter Antworten (%)"))
        groups = sorted(
            (g for g in stats.groups if g.late_share is not None),
            key=lambda g: (-g.inquiries, g.key),
        )[:CHART_GROUPS]
        shares = QBarSet(self.tr("verspätet"))
        shares.setColor(QColor(_COLOURS["late"]))
        for group in reversed(groups):  # the largest group on top
            shares.append(round((group.late_share or 0.0) * 100, 1))
        series = QHorizontalBarSeries()
        series.append(shares)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([_short(group_name(g)) for g in reversed(groups)])
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setRange(0, 100)
        axis_x.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        chart.legend().hide()
        return chart

    def bars(self) -> dict[str, list[float]]:
        """Return what the month chart draws, by bar set label (for a reader and for tests)."""
        chart = self.months_chart.chart()
        found: dict[str, list[float]] = {}
        for series in chart.series():
            assert isinstance(series, QBarSeries)
            for bar_set in series.barSets():
                found[bar_set.label()] = [bar_set.at(i) for i in range(bar_set.count())]
        return found

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Write the figures shown as CSV (semicolons, for German spreadsheets); return the path."""
        stats = self.stats
        if stats is None:
            return None
        path = path or self._ask_path(
            self.tr("Statistik als CSV exportieren"), "Statistik.csv", self.tr("CSV (*.csv)")
        )
        return self._written(
            path, lambda target: self._operations.write_text_file(target, csv_text(stats))
        )

    def export_pdf(self, path: Path | None = None) -> Path | None:
        """Write the figures shown as a PDF report with charts and footnotes; return the path."""
        stats = self.stats
        if stats is None:
            return None
        path = path or self._ask_path(
            self.tr("Statistik als PDF-Bericht exportieren"),
            "Statistik.pdf",
            self.tr("PDF (*.pdf)"),
        )
        return self._written(
            path, lambda target: self._operations.write_statistics_report(stats, target)
        )

    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        folder = str(self._settings.value(FOLDER_KEY, "") or Path.home())
        chosen, _selected = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / name), pattern
        )
        return Path(chosen) if chosen else None

    def _written(self, path: Path | None, write: Callable[[Path], None]) -> Path | None:
        """Write to a path the user chose; say why in a message when it fails."""
        if path is None:
            return None
        try:
            write(path)
        except DeskError as error:
            QMessageBox.warning(self, self.tr("Export nicht möglich"), str(error))
            return None
        self._settings.setValue(FOLDER_KEY, str(path.parent))
        return path


def _short(name: str, limit: int = 28) -> str:
    """Return a group's name cut at a word for a chart's axis (the table has it whole)."""
    if len(name) <= limit:
        return name
    cut = name[:limit].rsplit(" ", 1)[0]
    return cut + " …"
