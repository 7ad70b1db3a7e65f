"""The originators: members with their party, or a faction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.editor.context import EditorContext
from desk_app.gui.editor.undo import CallbackCommand
from desk_app.gui.editor.undo_fields import UndoLineEdit
from desk_app.model import Originator

PARTY_MAX_WIDTH = 240  # a party longer than this scrolls in its field


class PersonRow(QWidget):
    """Edit one member: name and party."""

    def __init__(self, owner: OriginatorsWidget, person: Originator) -> None:
        super().__init__(owner)
        stack = owner.context.stack
        self.name = UndoLineEdit(stack, self.tr("Name ändern"), self)
        self.name.setPlaceholderText(self.tr("Vorname Name"))
        self.name.set_text_silently(person.name)
        self.party = UndoLineEdit(stack, self.tr("Partei ändern"), self)
        self.party.setPlaceholderText(self.tr("Partei"))
        self.party.setCompleter(QCompleter(list(owner.parties), self.party))
        self.party.set_text_silently(person.party)
        self.party.textChanged.connect(self._fit_party)
        self._fit_party()
        self.remove = QToolButton(self)
        self.remove.setText("×")
        self.remove.setToolTip(self.tr("Fragesteller entfernen"))
        self.remove.clicked.connect(lambda: owner.remove_person(self))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._stacked: bool | None = None
        self._arrange(stacked=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Too narrow for name and party side by side: the party goes under the name,
        # so both stay readable instead of both being cut.
        self._arrange(stacked=self.width() < self._side_by_side_width())

    def _side_by_side_width(self) -> int:
        name = self.name.fontMetrics().horizontalAdvance(self.name.text() or "Vorname Name") + 24
        spacing = 2 * max(self._grid.horizontalSpacing(), 0)
        return name + self.party.minimumWidth() + self.remove.sizeHint().width() + spacing

    def _arrange(self, *, stacked: bool) -> None:
        if stacked == self._stacked:
            return
        self._stacked = stacked
        for widget in (self.name, self.party, self.remove):
            self._grid.removeWidget(widget)
        self._grid.addWidget(self.name, 0, 0)
        self._grid.addWidget(self.party, 1 if stacked else 0, 0 if stacked else 1)
        self._grid.addWidget(self.remove, 0, 1 if stacked else 2)
        self._grid.setColumnStretch(0, 1 if stacked else 3)
        self._grid.setColumnStretch(1, 0 if stacked else 2)

    def _fit_party(self) -> None:
        """Keep the whole party readable ("BÜNDNIS 90/DIE GRÜNEN"); the name gives the room."""
        text = self.party.text() or self.party.placeholderText()
        margins = self.party.textMargins()
        # The frame and the text's inner margins: what a line edit adds around its text.
        width = self.party.fontMetrics().horizontalAdvance(text) + 16
        width += margins.left() + margins.right()
        self.party.setMinimumWidth(min(width, PARTY_MAX_WIDTH))

    def person(self) -> Originator:
        """Return the member as the model's Originator."""
        return Originator(self.name.text(), self.party.text())


class OriginatorsWidget(QWidget):
    """List the members asking, with add and remove, and the faction line."""

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.parties: tuple[str, ...] = ()
        self.rows: list[PersonRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        add = QPushButton(self.tr("Abgeordnete hinzufügen"), self)
        add.clicked.connect(self.add_person)
        self.faction = UndoLineEdit(context.stack, self.tr("Fraktion ändern"), self)
        self.faction.setPlaceholderText(self.tr("oder eine Fraktion als Fragestellerin"))
        # How the head names the askers: one woman is "der Abgeordneten", as several are.
        self.intro = QComboBox(self)
        self.intro.setToolTip(self.tr("Wie der Kopf der Drucksache die Fragesteller nennt"))
        self._intro_shown = 0
        self.intro.activated.connect(self._intro_chosen)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Fraktion:"), self.faction)
        form.addRow(self.tr("Anrede im Kopf:"), self.intro)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Abgeordnete:"), self), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(self._rows_layout, 0, 1)
        grid.addWidget(add, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addLayout(form, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)

    def load(
        self,
        people: list[Originator],
        faction: str,
        parties: tuple[str, ...],
        intros: tuple[str, ...] = (),
        intro: str = "",
    ) -> None:
        """Show these originators instead of the current ones, with the forms the kind knows."""
        self.parties = parties
        self.intro.clear()
        self.intro.addItem(self.tr("nach Anzahl (wie die Vorlage)"), "")
        for choice in dict.fromkeys((*intros, intro)):
            if choice.strip():
                self.intro.addItem(choice, choice)
        self._intro_shown = max(0, self.intro.findData(intro))
        self.intro.setCurrentIndex(self._intro_shown)
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for person in people:
            self._attach(len(self.rows), PersonRow(self, person))
        self.faction.setCompleter(QCompleter(list(parties), self.faction))
        self.faction.set_text_silently(faction)

    def chosen_intro(self) -> str:
        """Return the recorded form of address, or "" for the form's default by number."""
        return str(self.intro.currentData() or "")

    def _intro_chosen(self, index: int) -> None:
        before = self._intro_shown
        if index == before:
            return

        def show(position: int) -> None:
            self._intro_shown = position
            self.intro.setCurrentIndex(position)

        self.context.stack.push(
            CallbackCommand(self.tr("Anrede ändern"), lambda: show(index), lambda: show(before))
        )

    def originators(self) -> list[Originator]:
        """Return the members in their order."""
        return [row.person() for row in self.rows]

    def add_person(self) -> None:
        """Add an empty member row (undoable) and put the cursor in its name."""
        row = PersonRow(self, Originator(""))
        index = len(self.rows)
        self.context.stack.push(
            CallbackCommand(
                self.tr("Fragesteller hinzufügen"),
                lambda: self._attach(index, row),
                lambda: self._detach(row),
            )
        )
        row.name.setFocus()

    def remove_person(self, row: PersonRow) -> None:
        """Remove a member row (undoable)."""
        index = self.rows.index(row)
        self.context.stack.push(
            CallbackCommand(
                self.tr("Fragesteller entfernen"),
                lambda: self._detach(row),
                lambda: self._attach(index, row),
            )
        )

    def line_edits(self) -> list[UndoLineEdit]:
        """Return every line edit, to watch for typing."""
        return [self.faction, *(e for row in self.rows for e in (row.name, row.party))]

    def _attach(self, index: int, row: PersonRow) -> None:
        self.rows.insert(index, row)
        self._rows_layout.insertWidget(index, row)
        row.show()

    def _detach(self, row: PersonRow) -> None:
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
