"""A date entry that may stay empty: TT.MM.JJJJ typed or picked, with visible validation."""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desk_app.model import DeskError
from desk_app.model.fields import parse_date

# Text that looks finished: an error shows at once, not only when the field is left.
_COMPLETE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}")
_INVALID_STYLE = "QLineEdit { border: 1px solid #c62828; background: #fdecea; color: #5f2120; }"


class DateField(QWidget):
    """Edit an optional date; invalid text is marked and never becomes the value."""

    changed = Signal()  # the user changed the (valid) value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: datetime.date | None = None
        self._error: str | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaxLength(10)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Datum im Kalender wählen"))
        self.button.setMenu(self._menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Red alone does not say what is wrong: the sentence shows under the field.
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.textChanged.connect(self._cleared)
        self.edit.editingFinished.connect(self._finished)
        self._menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

    def date(self) -> datetime.date | None:
        """Return the last valid date (None for an empty field)."""
        return self._value

    def set_date(self, value: datetime.date | None) -> None:
        """Show a date without announcing a change."""
        self._value = value
        self.edit.blockSignals(True)
        self.edit.setText("" if value is None else f"{value:%d.%m.%Y}")
        self.edit.blockSignals(False)
        self._mark(None)

    def is_valid(self) -> bool:
        """Tell whether the text is empty or a real date."""
        return self._parse(self.edit.text())[1] is None

    def error(self) -> str | None:
        """Return the German reason why the text is not a date, once it is shown."""
        return self._error

    def _parse(self, text: str) -> tuple[datetime.date | None, str | None]:
        if not text.strip():
            return None, None
        try:
            return parse_date(text), None
        except DeskError as error:
            return None, str(error)

    def _typed(self, text: str) -> None:
        value, error = self._parse(text)
        if error is None:
            self._mark(None)
            self._set_value(value)
        elif _COMPLETE.fullmatch(text.strip()):
            self._mark(error)
        else:
            self._mark(None)  # still typing: no red until the text looks finished

    def _cleared(self, text: str) -> None:
        # The clear button changes the text without textEdited.
        if not text and self._value is not None:
            self._mark(None)
            self._set_value(None)

    def _finished(self) -> None:
        self._mark(self._parse(self.edit.text())[1])

    def _set_value(self, value: datetime.date | None) -> None:
        if value != self._value:
            self._value = value
            self.changed.emit()

    def _mark(self, error: str | None) -> None:
        self._error = error
        self.edit.setStyleSheet(_INVALID_STYLE if error else "")
        self.edit.setToolTip(error or "")
        self.edit.setAccessibleDescription(error or "")
        self.message.setText(error or "")
        self.message.setVisible(bool(error))

    def _prepare_calendar(self) -> None:
        shown = self._value or datetime.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))

    def _picked(self, chosen: QDate) -> None:
        self._menu.close()
        self.edit.setText(chosen.toString("dd.MM.yyyy"))
        self._mark(None)
        self._set_value(datetime.date(chosen.year(), chosen.month(), chosen.day()))
