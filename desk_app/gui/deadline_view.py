"""Show a due date, how near it is, and the deadline engine's steps as a readable list."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk_app.gui import labels
from desk_app.rules.deadline_explain import day_text
from desk_app.rules.deadlines import Deadline

# Text on the window background: mid tones that read on a light and a dark palette.
_TEXT_COLORS = {labels.Urgency.OVERDUE: "#d32f2f", labels.Urgency.SOON: "#c77700"}


class DeadlineView(QWidget):
    """Display one Deadline: the due line on top, the explanation below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due_label = QLabel()
        self.due_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.due_label.font()
        font.setBold(True)
        self.due_label.setFont(font)
        # "Fristende: 18.03.2020 (Mi) – 2452 Tage überfällig" is wider than a narrow pane.
        self.due_label.setWordWrap(True)
        self.steps_label = QLabel()
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.due_label)
        layout.addWidget(self.steps_label)
        self._steps: list[str] = []

    def show_deadline(self, deadline: Deadline, today: date, is_open: bool) -> None:
        """Show a computed deadline; colour it when the open inquiry is overdue or due soon."""
        if deadline.due is None:
            text = self.tr("Fristende: noch nicht berechenbar")
        else:
            text = self.tr("Fristende: %1").replace("%1", day_text(deadline.due))
            if deadline.overridden:
                text += " " + self.tr("(manuell gesetzt)")
            if is_open:
                text += " – " + labels.days_text(deadline.due, today)
        self.due_label.setText(text)
        self._color(deadline.due, today, is_open)
        self._show_steps(deadline.steps)

    def show_error(self, message: str) -> None:
        """Show why no deadline can be computed (the engine's German sentence)."""
        self.due_label.setText(self.tr("Fristende: nicht berechenbar"))
        self._color(None, date.min, False)
        self._show_steps([message])

    def steps(self) -> list[str]:
        """Return the explanation lines as shown."""
        return list(self._steps)

    def _show_steps(self, steps: list[str]) -> None:
        self._steps = list(steps)
        items = "".join(f"<li>{escape(step)}</li>" for step in steps)
        self.steps_label.setText(f"<ol style='margin-left: 0'>{items}</ol>")

    def _color(self, due: date | None, today: date, is_open: bool) -> None:
        level = labels.urgency("draft" if is_open else "answered", due, today)
        color = _TEXT_COLORS.get(level)
        self.due_label.setStyleSheet(f"color: {color};" if color else "")
