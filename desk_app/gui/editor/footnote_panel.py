"""The footnote panel: notes in number order, each editable, with its source and warnings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDateEdit,
    QDockWidget,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.editor.context import EditorContext
from desk_app.gui.editor.field_menu import requests_for
from desk_app.gui.editor.footnote_ops import merge_notes, write_ibidem
from desk_app.gui.editor.footnote_text_edit import FootnoteTextEdit
from desk_app.gui.editor.note_pool import NotePool
from desk_app.gui.editor.undo import CallbackCommand
from desk_app.model import Source, plain_text
from desk_app.model.links import first_web_address

_NO_DATE = QDate(2000, 1, 1)  # shown as the special "no date" value


class NoteRow(QFrame):
    """Show one note: its number, its text, the source's access date and a repeat warning."""

    def __init__(self, panel: FootnotePanel, footnote_id: str) -> None:
        super().__init__(panel)
        self._owner = panel
        self.footnote_id = footnote_id
        self.number = QToolButton(self)
        self.number.setToolTip(self.tr("Zur Fußnotenstelle springen"))
        self.number.clicked.connect(lambda: panel.jump_requested(footnote_id))
        document = panel.context.pool.document(footnote_id)
        self.edit = FootnoteTextEdit(
            panel.context, holds_markers=False, document=document, parent=self
        )
        self.edit.focused.connect(lambda _e: panel.footnote_selected.emit(footnote_id))
        self.accessed = QDateEdit(self)
        self.accessed.setDisplayFormat(self.tr("'abgerufen am' dd.MM.yyyy"))
        self.accessed.setSpecialValueText(self.tr("abgerufen am –"))
        self.accessed.setMinimumDate(_NO_DATE)
        self.accessed.setCalendarPopup(True)
        self.accessed.dateChanged.connect(lambda day: panel.change_accessed(self, day))
        # The cited source's details; each is stored when the user leaves its field.
        self.source_box = QWidget(self)
        self.title = self._source_field("title", self.tr("Titel der Quelle"))
        self.publisher = self._source_field("publisher", self.tr("Herausgeber"))
        self.url = self._source_field("url", "https://…")
        self.url_problem = QLabel(self.source_box)
        self.url_problem.setWordWrap(True)
        self.url_problem.setStyleSheet("color: #b00020;")
        self.url_problem.hide()
        form = QFormLayout(self.source_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Titel:"), self.title)
        form.addRow(self.tr("Herausgeber:"), self.publisher)
        form.addRow(self.tr("Adresse:"), self.url)
        form.addRow(self.url_problem)
        form.addRow(self.accessed)
        self.warning = QLabel(self)
        self.warning.setStyleSheet("color: #b35900;")
        self.ibidem = QPushButton(self.tr("„ebd.“"), self)
        self.merge = QPushButton(self.tr("Zusammenführen"), self)
        self.repeat_of: str | None = None
        self.ibidem.clicked.connect(lambda: panel.make_ibidem(self))
        self.merge.clicked.connect(lambda: panel.merge_into_first(self))
        # The warning wraps and the buttons sit below it: side by side they were wider
        # than the pane, which then scrolled sideways and cut off the buttons.
        self.warning.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ibidem)
        buttons.addWidget(self.merge)
        buttons.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.addWidget(self.number, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.edit, 0, 1)
        grid.addWidget(self.source_box, 1, 1)
        grid.addWidget(self.warning, 2, 1)
        grid.addLayout(buttons, 3, 1)
        grid.setColumnStretch(1, 1)

    def _source_field(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self.source_box)
        edit.setObjectName(f"source-{name}")
        edit.setPlaceholderText(placeholder)
        edit.editingFinished.connect(lambda: self._owner.change_source(self, name, edit.text()))
        return edit

    def show_source(self, source: Source | None) -> None:
        """Show the cited source's details and access date, or hide them without a source."""
        self.source_box.setVisible(source is not None)
        if source is None:
            return
        accessed = source.accessed
        self.accessed.blockSignals(True)
        self.accessed.setDate(
            QDate(accessed.year, accessed.month, accessed.day) if accessed else _NO_DATE
        )
        self.accessed.blockSignals(False)
        for edit, value in ((self.title, source.title), (self.publisher, source.publisher)):
            if edit.text() != value:
                edit.setText(value)
        # A rejected address stays in the field for correcting until a valid one replaces it.
        if self.url.text() != source.url and self.url_problem.isHidden():
            self.url.setText(source.url)

    def show_url_problem(self, message: str) -> None:
        """Say why an address was not taken, or clear the message ("")."""
        self.url_problem.setText(message)
        self.url_problem.setVisible(bool(message))

    def show_repeat(self, first: str | None, first_number: int | None) -> None:
        """Flag a note that cites the same address as an earlier one, or clear the flag."""
        self.repeat_of = first
        visible = first is not None
        if visible:
            self.warning.setText(
                self.tr("Gleiche Quelle wie Fußnote %1").replace("%1", str(first_number))
            )
        for widget in (self.warning, self.ibidem, self.merge):
            widget.setVisible(visible)


class FootnotePanel(QWidget):
    """List the referenced notes in number order; edits go straight into each note."""

    footnote_selected = Signal(str)
    # The panel wants to be on screen ("Quelle bearbeiten"); whoever placed it in a tab
    # that is built on first showing should show that tab. A tab or dock that already
    # holds the panel is brought to the front by the panel itself.
    show_requested = Signal()

    def __init__(
        self, context: EditorContext, jump: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._jump = jump
        self.rows: dict[str, NoteRow] = {}
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.addStretch(1)
        scroll = self._scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._list)
        self._empty = QLabel(self.tr("Noch keine Fußnoten. Strg+Alt+F fügt eine ein."), self)
        self._empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._empty)
        layout.addWidget(scroll, 1)
        context.numbering.changed.connect(self.refresh)
        context.pool.note_changed.connect(lambda _fid: self._update_rows())
        requests_for(context.stack).source_requested.connect(self.edit_source)

    def clear(self) -> None:
        """Forget all rows (a new inquiry was loaded)."""
        for row in self.rows.values():
            self._list_layout.removeWidget(row)
            row.deleteLater()
        self.rows = {}

    def refresh(self) -> None:
        """Show the referenced notes in number order and hide the others."""
        order = self.context.numbering.order()
        wanted = set(order)
        for fid, unused in self.rows.items():
            if fid not in wanted and not unused.isHidden():
                self._list_layout.removeWidget(unused)
                unused.hide()
        for index, fid in enumerate(order):
            row = self.rows.get(fid)
            if row is None and fid in self.context.pool:
                row = self.rows[fid] = NoteRow(self, fid)
            if row is None:
                continue
            item = self._list_layout.itemAt(index)
            # Move only rows out of place: showing 200 widgets again costs a frame.
            if item is None or item.widget() is not row:
                self._list_layout.removeWidget(row)
                self._list_layout.insertWidget(index, row)
            if row.isHidden():
                row.show()
        self._empty.setVisible(not order)
        self._update_rows()

    def shown_notes(self) -> list[tuple[str, str]]:
        """Return (number, note text) of the notes as the panel shows them, in order."""
        return [
            (row.number.text(), plain_text(self.context.pool.footnote(fid).text))
            for fid in self.context.numbering.order()
            if (row := self.rows.get(fid)) is not None and not row.isHidden()
        ]

    def focus_note(self, footnote_id: str) -> None:
        """Put the cursor into a note's text."""
        row = self.rows.get(footnote_id)
        if row is not None:
            row.edit.setFocus()

    def edit_source(self, footnote_id: str) -> None:
        """Bring the panel to the front on a note, with the cursor in its source's title."""
        row = self.rows.get(footnote_id)
        if row is None:
            return
        self.show_requested.emit()
        self._bring_to_front()
        self._scroll.ensureWidgetVisible(row)
        # A note without a source gets one by the address written into its text.
        target = row.title if self.context.pool.source(footnote_id) is not None else row.edit
        target.setFocus()
        self.footnote_selected.emit(footnote_id)

    def _bring_to_front(self) -> None:
        """Make the tab or dock that holds the panel the one shown."""
        child: QWidget = self
        parent = child.parentWidget()
        while parent is not None:
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
                tabs.setCurrentWidget(child)
            if isinstance(parent, QDockWidget):
                parent.show()
                parent.raise_()
            child, parent = parent, parent.parentWidget()

    def jump_requested(self, footnote_id: str) -> None:
        """Jump to a note's marker in the text."""
        self.footnote_selected.emit(footnote_id)
        self._jump(footnote_id)

    def _update_rows(self) -> None:
        numbering, pool = self.context.numbering, self.context.pool
        first_citing: dict[str, str] = {}
        for fid in numbering.order():
            row = self.rows.get(fid)
            if row is None:
                continue
            row.number.setText(numbering.label(fid))
            source = pool.source(fid)
            row.show_source(source)
            first = first_citing.setdefault(source.url, fid) if source and source.url else fid
            repeated = first != fid and not _is_ibidem(plain_text(pool.footnote(fid).text))
            row.show_repeat(first if repeated else None, numbering.number(first))

    def change_accessed(self, row: NoteRow, day: QDate) -> None:
        """Record a new access date for the row's source as an undoable step."""
        source = self.context.pool.source(row.footnote_id)
        if source is None:
            return
        old, new = source.accessed, (None if day == _NO_DATE else day.toPython())
        pool = self.context.pool
        self.context.stack.push(
            CallbackCommand(
                self.tr("Abrufdatum ändern"),
                lambda: pool.set_accessed(source.id, new),  # type: ignore[arg-type]
                lambda: pool.set_accessed(source.id, old),
            )
        )

    def change_source(self, row: NoteRow, name: str, text: str) -> None:
        """Store a new title, publisher or address of the row's source as an undoable step."""
        pool = self.context.pool
        source = pool.source(row.footnote_id)
        if source is None:
            return
        value = text.strip()
        old = getattr(source, name)
        if name == "url":
            problem = self._url_problem(source, value)
            row.show_url_problem(problem)
            if problem:
                return
        if value == old:
            return
        labels = {
            "title": self.tr("Titel der Quelle ändern"),
            "publisher": self.tr("Herausgeber der Quelle ändern"),
            "url": self.tr("Adresse der Quelle ändern"),
        }
        sid, stack = source.id, self.context.stack

        def citing() -> list[str]:
            return [fid for fid in self.context.numbering.order() if _cites(pool, fid, sid)]

        def put(value: str) -> None:
            setattr(pool.sources[sid], name, value)
            for fid in citing():
                pool.note_changed.emit(fid)  # the panel and the editor's autosave listen

        stack.beginMacro(labels[name])
        stack.push(CallbackCommand(labels[name], lambda: put(value), lambda: None))
        if name == "url" and old:
            # The notes name the address in their text: it changes there too, so that a
            # note still points at this source the next time its text is edited.
            for fid in citing():
                _replace_in(pool.document(fid), old, value)
        stack.push(CallbackCommand(labels[name], lambda: None, lambda: put(old)))
        stack.endMacro()

    def _url_problem(self, source: Source, url: str) -> str:
        """Return why an address cannot be a source's, or "" when it can."""
        if not url.lower().startswith(("http://", "https://")) or first_web_address(url) != url:
            return self.tr(
                "Nur Adressen mit http:// oder https:// ohne Leerzeichen werden übernommen."
            )
        other = next(
            (s for s in self.context.pool.sources.values() if s.url == url and s.id != source.id),
            None,
        )
        if other is not None:
            return self.tr("Diese Adresse gehört schon zu einer anderen Quelle.")
        return ""

    def make_ibidem(self, row: NoteRow) -> None:
        """Turn a repeated citation into "Ebd."."""
        source = self.context.pool.source(row.footnote_id)
        if source is not None:
            write_ibidem(self.context.pool, row.footnote_id, source.id, self.tr("Ebd."))

    def merge_into_first(self, row: NoteRow) -> None:
        """Let the markers of a repeated citation point at the first note citing it."""
        if row.repeat_of is not None:
            merge_notes(
                self.context.numbering,
                self.context.stack,
                row.footnote_id,
                row.repeat_of,
                self.tr("Fußnoten zusammenführen"),
            )


def _cites(pool: NotePool, footnote_id: str, source_id: str) -> bool:
    """Tell whether a note cites a source."""
    source = pool.source(footnote_id)
    return source is not None and source.id == source_id


def _replace_in(doc: QTextDocument, old: str, new: str) -> None:
    """Replace every occurrence of an address in a note's text, keeping its format."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    found = doc.find(old, 0, QTextDocument.FindFlag.FindCaseSensitively)
    while not found.isNull():
        fmt = found.charFormat()
        found.insertText(new, fmt)
        found = doc.find(old, found.position(), QTextDocument.FindFlag.FindCaseSensitively)
    cursor.endEditBlock()


def _is_ibidem(text: str) -> bool:
    """Tell whether a note already says "ebd." (the accepted way to repeat a source)."""
    return text.strip().lower().startswith(("ebd", "ebenda"))
