"""The deadline dashboard: open inquiries grouped into overdue, this week and later."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui import due_notice, labels
from desk_app.gui.column_fit import ResizeWatch, TitleColumnFit
from desk_app.gui.due_groups import DueGroups, collect
from desk_app.gui.due_notice import NOTICE_DAYS
from desk_app.gui.operations import Operations
from desk_app.service import InquirySummary

ID_ROLE = Qt.ItemDataRole.UserRole
PARLIAMENT_COLUMN, REFERENCE_COLUMN = 2, 3
TITLE_COLUMN = 4  # logical index; the header shows it second
SHOWN_PER_GROUP = 200


class Dashboard(QWidget):
    """Show every open inquiry with a due date, the most pressing first."""

    inquiry_activated = Signal(int)
    untrack_requested = Signal(int)  # the user no longer follows this inquiry

    def __init__(
        self,
        operations: Operations,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._today_of = today or operations.today
        self._today = self._today_of()
        self._groups = DueGroups()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Fällig"),
                self.tr("Frist"),
                self.tr("Parlament"),
                self.tr("Nr./Drucksache"),
                self.tr("Titel"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The group headings span the row: the first column needs room for a date only.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        date_width = self.tree.fontMetrics().horizontalAdvance("00.00.0000")
        header.resizeSection(0, date_width + self.tree.indentation() + 16)
        # The title is what a user reads first: shown second and given the room left.
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.moveSection(TITLE_COLUMN, 1)
        # In a narrow pane the parliament and the number give way (the title's tooltip has them).
        self._columns = TitleColumnFit(
            self.tree, TITLE_COLUMN, (PARLIAMENT_COLUMN, REFERENCE_COLUMN)
        )
        ResizeWatch(self.tree.viewport(), self, self._columns.fit)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.footer = QLabel()
        self.footer.setWordWrap(True)
        self.banner = self._build_banner()
        self._banner_dismissed = False
        self._banner_text = ""  # what the dismissed banner said
        self.context_menu: QMenu | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.footer)
        self.tree.itemActivated.connect(self._activated)
        operations.list_changed.connect(self.refresh)
        operations.inquiry_saved.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Read the due dates from the store again and rebuild the groups."""
        self._today = self._today_of()
        self._groups = collect(self._operations.desk, self._today)
        self.tree.clear()
        groups = self._groups
        self._add_group(self.tr("Überfällig"), groups.overdue, total=groups.overdue_total)
        self._add_group(self.tr("Diese Woche"), groups.this_week)
        self._add_group(self.tr("Später"), groups.later, more=groups.later_more)
        if groups.statements:
            self._add_statements(groups)
        undated = (
            self.tr("Ohne Frist (nicht aufgeführt): 1 offene Anfrage")
            if groups.undated == 1
            else self.tr("Ohne Frist (nicht aufgeführt): %1 offene Anfragen")
        )
        self.footer.setText(undated.replace("%1", str(groups.undated)))
        self.footer.setVisible(bool(groups.undated))
        self._show_banner()
        self._columns.fit()

    def _build_banner(self) -> QFrame:
        """Build the calm notice above the groups: what is pressing, and how to quiet old ones."""
        banner = QFrame()
        banner.setObjectName("due-banner")
        banner.setStyleSheet(
            "#due-banner { background: #fff4e5; border: 1px solid #f0b35c; border-radius: 4px; }"
        )
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        self.banner_label.setToolTip(
            self.tr(
                "Alte Anfragen, die Sie nicht mehr verfolgen: Rechtsklick auf die Zeile, "
                "„Nicht mehr verfolgen“."
            )
        )
        self.banner_close = QPushButton(self.tr("Ausblenden"))
        self.banner_close.setFlat(True)
        self.banner_close.clicked.connect(self.dismiss_banner)
        row = QHBoxLayout(banner)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.banner_close, 0, Qt.AlignmentFlag.AlignTop)
        banner.hide()
        return banner

    def dismiss_banner(self) -> None:
        """Hide the notice until something new becomes pressing."""
        self._banner_dismissed = True
        self._banner_text = self.banner_label.text()
        self.banner.hide()

    def _show_banner(self) -> None:
        text = self.needs_notice()
        if text and self._banner_dismissed and text == self._banner_text:
            return  # dismissed, and nothing changed since
        self._banner_dismissed = False
        self.banner_label.setText(text or "")
        self.banner.setVisible(bool(text))

    def _context_menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        inquiry_id = None if item is None else item.data(0, ID_ROLE)
        if inquiry_id is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Öffnen"), lambda: self.inquiry_activated.emit(int(inquiry_id)))
        menu.addAction(
            self.tr("Nicht mehr verfolgen"), lambda: self.untrack_requested.emit(int(inquiry_id))
        )
        menu.popup(self.tree.viewport().mapToGlobal(position))
        self.context_menu = menu  # kept for the moment it is shown (and for tests)

    def groups(self) -> DueGroups:
        """Return the groups as last read from the store."""
        return self._groups

    def summary_text(self) -> str:
        """Return the count for the status bar, e.g. "2 überfällig · 1 diese Woche"."""
        return due_notice.summary_text(self._groups)

    def needs_notice(self, within_days: int = NOTICE_DAYS) -> str | None:
        """Return the start notice's text when anything is overdue or due soon, else None."""
        return due_notice.notice_text(self._groups, self._today, within_days)

    def _add_group(
        self,
        title: str,
        rows: list[InquirySummary],
        *,
        more: bool = False,
        total: int | None = None,
    ) -> QTreeWidgetItem:
        count = str(total) if total is not None else f"{len(rows)}+" if more else str(len(rows))
        group = self._heading(title, count)
        # Thousands of tree items would stall the window; the list panel shows everything.
        for row in rows[:SHOWN_PER_GROUP]:
            assert row.due is not None
            item = QTreeWidgetItem(
                group,
                [
                    labels.date_text(row.due),
                    labels.days_text(row.due, self._today),
                    row.parliament,
                    labels.reference(row.number, row.drucksache),
                    row.title,
                ],
            )
            item.setData(0, ID_ROLE, row.id)
            item.setToolTip(TITLE_COLUMN, _title_tip(row))
            level = labels.urgency(row.status, row.due, self._today)
            if level in labels.BACKGROUNDS:
                for column in range(5):
                    item.setBackground(column, labels.BACKGROUNDS[level])
                    item.setForeground(column, labels.FOREGROUNDS[level])
        if more or len(rows) > SHOWN_PER_GROUP or (total or 0) > len(rows):
            rest = QTreeWidgetItem(group, ["", "", "", "", self.tr("… und weitere")])
            rest.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setExpanded(True)
        return group

    def _heading(self, title: str, count: str) -> QTreeWidgetItem:
        """Add a group's bold heading with its count, spanning the columns."""
        group = QTreeWidgetItem(self.tree, [f"{title} ({count})"])
        group.setFirstColumnSpanned(True)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(group.font(0))
        font.setBold(True)
        group.setFont(0, font)
        return group

    def _add_statements(self, groups: DueGroups) -> None:
        """List the inquiries that wait for the government's statement, never as overdue."""
        group = self._heading(self.tr("Stellungnahme fällig"), str(len(groups.statements)))
        for line in groups.statements[:SHOWN_PER_GROUP]:
            row = line.summary
            left = (line.due - self._today).days
            when = (
                self.tr("Stellungnahme fällig")
                if left <= 0
                else self.tr("Stellungnahme in %1 Tagen").replace("%1", str(left))
            )
            item = QTreeWidgetItem(
                group,
                [
                    labels.date_text(line.due),
                    when,
                    row.parliament,
                    labels.reference(row.number, row.drucksache),
                    row.title,
                ],
            )
            item.setData(0, ID_ROLE, row.id)
            item.setToolTip(
                1,
                self.tr(
                    "Die Regierung teilt bis zu diesem Tag mit, ob und wann sie antwortet; "
                    "eine Antwortfrist gibt es für diese Art nicht."
                ),
            )
            item.setToolTip(TITLE_COLUMN, _title_tip(row))
        group.setExpanded(True)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        inquiry_id = item.data(0, ID_ROLE)
        if inquiry_id is not None:
            self.inquiry_activated.emit(int(inquiry_id))


def _title_tip(row: InquirySummary) -> str:
    """Return a row's title with what the narrow columns may hide: parliament and number."""
    reference = labels.reference(row.number, row.drucksache)
    return f"{row.title}\n{row.parliament} {reference}".rstrip()
