"""Formal-check findings shown inline: a red frame on the field and a compact list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

FINDING_PROPERTY = "finding"
_MARK = "QTextEdit, QPlainTextEdit, QLineEdit { border: 2px solid #c0392b; border-radius: 2px; }"

Locate = Callable[[tuple[Any, ...]], QWidget | None]


class FindingsView(QListWidget):
    """List findings compactly; clicking one puts the cursor into its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marked: list[QWidget] = []
        self.setAlternatingRowColors(True)
        # A long finding wraps instead of being cut: its advice is at its end.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.itemActivated.connect(self._go_to)
        self.itemClicked.connect(self._go_to)
        self.hide()

    def show_findings(self, findings: Sequence[Any], locate: Locate) -> None:
        """Show findings (objects with .message and .location); an empty list clears them."""
        for widget in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip("")
            widget.setProperty(FINDING_PROPERTY, None)
        self._marked = []
        self.clear()
        messages: dict[int, list[str]] = {}
        widgets: dict[int, QWidget] = {}
        for finding in findings:
            found = locate(tuple(finding.location))
            item = QListWidgetItem(finding.message, self)
            item.setToolTip(finding.message)
            item.setData(Qt.ItemDataRole.UserRole, found)
            if found is not None:
                widgets[id(found)] = found
                messages.setdefault(id(found), []).append(finding.message)
        for key, widget in widgets.items():
            text = "\n".join(messages[key])
            widget.setStyleSheet(_MARK)
            widget.setToolTip(text)
            widget.setProperty(FINDING_PROPERTY, text)
            self._marked.append(widget)
        self.setVisible(bool(findings))
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()  # a narrower list wraps into more lines

    def _fit_height(self) -> None:
        """Show up to four findings whole, however many lines each wraps into; scroll for more."""
        if not self.count():
            return
        # Each item's height from its text wrapped at the list's width: a list view does not
        # measure wrapped text itself before it is laid out.
        width = max(self.viewport().width() - 8, 80)
        metrics = self.fontMetrics()
        heights = []
        for row in range(self.count()):
            item = self.item(row)
            bounds = metrics.boundingRect(
                QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), item.text()
            )
            item.setSizeHint(QSize(width, bounds.height() + 6))
            heights.append(bounds.height() + 6)
        height = sum(heights[:4]) + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)

    def marked(self) -> list[QWidget]:
        """Return the fields currently marked."""
        return list(self._marked)

    def _go_to(self, item: QListWidgetItem) -> None:
        widget = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(widget, QWidget):
            widget.setFocus()
