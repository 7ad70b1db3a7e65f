"""The structured inquiry editor: every part of the document in its own field, live footnotes."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk_app.gui.editor import footnote_ops
from desk_app.gui.editor.context import make_context
from desk_app.gui.editor.document_io import read_text, write_text
from desk_app.gui.editor.editor_actions import EditorActions
from desk_app.gui.editor.findings_view import FindingsView
from desk_app.gui.editor.footnote_panel import FootnotePanel
from desk_app.gui.editor.footnote_text_edit import FootnoteTextEdit
from desk_app.gui.editor.originators_widget import OriginatorsWidget
from desk_app.gui.editor.questions_widget import QuestionsWidget
from desk_app.gui.editor.undo_fields import UndoLineField, UndoPlainTextEdit
from desk_app.gui.labels import profile_text
from desk_app.model import Inline, Inquiry, Paragraph, Run, normalize_text
from desk_app.model.text import normalize_inlines
from desk_app.rules.profile import Parliament


class InquiryEditor(QWidget):
    """Edit one inquiry structured like the document, with one undo history."""

    edited = Signal()  # any user change
    footnote_selected = Signal(str)  # a footnote got the focus in the panel

    def __init__(
        self, parent: QWidget | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._loading = False
        self._loaded = Inquiry(parliament="", kind="")
        self._orphans: set[str] = set()
        self._last_field: FootnoteTextEdit | None = None
        self.context = make_context(self, self.tr("Eingabe"), today)
        self._panel = FootnotePanel(self.context, self.jump_to_footnote)
        self._panel.footnote_selected.connect(self.footnote_selected)
        self.parliament_label = QLabel(self)
        self.kind_label = QLabel(self)
        self.originators = OriginatorsWidget(self.context, self)
        self.title_edit = self._field(single_line=True)
        self.preamble_edit = self._field()
        self.lead_in_edit = UndoLineField(self.context.stack, self.context.mirror, self)
        self.questions = QuestionsWidget(self.context, self)
        self.questions.field_focused.connect(self._remember_field)
        self.questions.structure_changed.connect(self._renumber_documents)
        self.signature_edit = UndoPlainTextEdit(self.context.stack, self.context.mirror, self)
        self.signature_edit.setMaximumHeight(90)
        self.findings = FindingsView(self)
        self.edit_actions = EditorActions(
            self, self.questions, self.context.stack, self.insert_footnote, self.current_text_field
        )
        self._build_layout()
        self.context.stack.indexChanged.connect(self._changed)
        self.context.mirror.document_changed.connect(self._changed)
        self.context.pool.note_changed.connect(lambda _fid: self._changed())

    def _field(self, single_line: bool = False) -> FootnoteTextEdit:
        edit = FootnoteTextEdit(self.context, single_line=single_line, parent=self)
        edit.focused.connect(self._remember_field)
        return edit

    def _build_layout(self) -> None:
        toolbar = QToolBar(self)
        self.edit_actions.fill_toolbar(toolbar)
        self.toolbar = toolbar  # a window with its own toolbar hides this one
        content = QWidget()
        form = QFormLayout(content)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Parlament:"), self.parliament_label)
        form.addRow(self.tr("Art:"), self.kind_label)
        form.addRow(self.tr("Fragesteller:"), self.originators)
        form.addRow(self.tr("Titel:"), self.title_edit)
        form.addRow(self.tr("Vorbemerkung:"), self.preamble_edit)
        form.addRow(self.tr("Einleitungssatz:"), self.lead_in_edit)
        form.addRow(self.tr("Fragen:"), self.questions)
        form.addRow(self.tr("Unterschrift:"), self.signature_edit)
        self._scroll_area = QScrollArea(self)
        self._scroll_area.setWidgetResizable(True)
        self._scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.findings)
        layout.addWidget(self._scroll_area, 1)

    def load(self, inquiry: Inquiry, parliament: Parliament) -> None:
        """Show an inquiry instead of the current one; the undo history starts afresh."""
        self._loading = True
        try:
            self._loaded = copy.deepcopy(inquiry)
            kind = parliament.kinds.get(inquiry.kind)
            self.parliament_label.setText(parliament.name)
            self.kind_label.setText(profile_text(kind.display_name) if kind else inquiry.kind)
            sub_form = kind.template.subquestion_label if kind else "{label})"
            self._panel.clear()
            self.context.pool.load(inquiry.footnotes, inquiry.sources)
            intros = (
                (kind.template.originator_intro_singular, kind.template.originator_intro_plural)
                if kind
                else ()
            )
            self.originators.load(
                inquiry.originators,
                inquiry.faction,
                parliament.parties,
                intros,
                inquiry.originator_intro,
            )
            write_text(self.title_edit.document(), [inquiry.title])
            write_text(self.preamble_edit.document(), inquiry.preamble)
            self.lead_in_edit.set_text_silently(" ".join(inquiry.lead_in.split("\n")))
            self.questions.load(inquiry.questions, sub_form)
            self.signature_edit.set_text_silently("\n".join(inquiry.signature))
            self._last_field = None
            self._renumber_documents()
            self._orphans = set(inquiry.footnotes) - set(self.context.numbering.order())
            self._panel.refresh()
            self.findings.show_findings([], self._field_for)
            self.context.stack.clear()
        finally:
            self._loading = False

    def inquiry(self) -> Inquiry:
        """Return the inquiry as the fields show it (a new object)."""
        result = copy.deepcopy(self._loaded)
        result.title = _one_paragraph(read_text(self.title_edit.document()))
        result.preamble = normalize_text(read_text(self.preamble_edit.document()))
        result.lead_in = self.lead_in_edit.text()
        result.questions = self.questions.questions()
        result.originators = self.originators.originators()
        result.faction = self.originators.faction.text()
        result.originator_intro = self.originators.chosen_intro()
        signature = self.signature_edit.toPlainText()
        result.signature = signature.split("\n") if signature else []
        pool = self.context.pool
        notes = {fid: pool.footnote(fid) for fid in self.context.numbering.order()}
        for fid in self._orphans - set(notes):
            notes[fid] = copy.deepcopy(self._loaded.footnotes[fid])
        result.footnotes = notes
        cited = {note.source_id for note in notes.values()}
        result.sources = {
            sid: copy.deepcopy(source)
            for sid, source in pool.sources.items()
            if pool.is_kept_source(sid) or sid in cited
        }
        return result

    def ensure_visible(self, widget: QWidget) -> None:
        """Scroll the editor so that one of its fields is in view."""
        self._scroll_area.ensureWidgetVisible(widget)

    def undo_stack(self) -> QUndoStack:
        """Return the one history of every edit in this editor."""
        return self.context.stack

    def footnote_panel(self) -> FootnotePanel:
        """Return the panel listing the notes (placed in a dock by the main window)."""
        return self._panel

    def insert_footnote(self) -> str | None:
        """Insert a footnote at the cursor of the focused text field; return its id."""
        edit = self.current_text_field()
        if edit is None:
            return None
        footnote_id = footnote_ops.insert_marker(edit, self.context.pool)
        self._panel.focus_note(footnote_id)
        return footnote_id

    def show_findings(self, findings: list[Any]) -> None:
        """Mark the fields that formal-check findings point at; [] clears them."""
        self.findings.show_findings(findings, self._field_for)

    def current_text_field(self, notes_too: bool = False) -> FootnoteTextEdit | None:
        """Return the rich field the user works in: the focused one, or the last one used."""
        focus = QApplication.focusWidget()
        if isinstance(focus, FootnoteTextEdit):
            return focus if (notes_too or focus.holds_markers) else None
        if focus is not None and self.isAncestorOf(focus):
            return None  # a plain field of the editor (lead-in, names) has the cursor
        # Focus is outside (a menu, a dock): the field used last still has its cursor.
        return self._last_field if self._last_field in self._rich_fields() else None

    def jump_to_footnote(self, footnote_id: str) -> None:
        """Put the cursor right after a footnote's first marker."""
        found = self.context.numbering.locate(footnote_id)
        if found is None:
            return
        doc, position = found
        edit = next((e for e in self._rich_fields() if e.document() is doc), None)
        if edit is None:
            return
        cursor = QTextCursor(doc)
        cursor.setPosition(position + 1)
        edit.setTextCursor(cursor)
        edit.setFocus()
        self._last_field = edit
        self._scroll_area.ensureWidgetVisible(edit)

    def _rich_fields(self) -> list[FootnoteTextEdit]:
        return [self.title_edit, self.preamble_edit, *self.questions.edits()]

    def _remember_field(self, edit: object) -> None:
        if isinstance(edit, FootnoteTextEdit):
            if self._last_field is not None:
                self._last_field.currentCharFormatChanged.disconnect(self._show_format)
            self._last_field = edit
            edit.currentCharFormatChanged.connect(self._show_format)
            self.edit_actions.show_format_state(edit.currentCharFormat())

    def _show_format(self, fmt: Any) -> None:
        self.edit_actions.show_format_state(fmt)

    def _renumber_documents(self) -> None:
        self.context.numbering.set_documents([e.document() for e in self._rich_fields()])

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _field_for(self, location: tuple[Any, ...]) -> QWidget | None:
        """Return the widget a finding's location points at."""
        kind = location[0] if location else None
        boxes = self.questions.boxes
        if kind == "title":
            return self.title_edit
        if kind == "originators":
            return self.originators
        if kind == "signature":
            return self.signature_edit
        if kind in ("question", "subquestion") and len(location) > 1:
            index = int(location[1])
            if not 0 <= index < len(boxes):
                return None
            subs = boxes[index].subs
            if kind == "subquestion" and len(location) > 2 and 0 <= int(location[2]) < len(subs):
                return subs[int(location[2])].edit
            return boxes[index].edit
        if kind == "footnote" and len(location) > 1:
            row = self._panel.rows.get(str(location[1]))
            return row.edit if row is not None else None
        return None


def _one_paragraph(text: list[Paragraph]) -> Paragraph:
    """Join a title's paragraphs into one (a pasted line break must not split it)."""
    paragraphs = normalize_text(text)
    if not paragraphs:
        return Paragraph()
    inlines: list[Inline] = []
    for index, para in enumerate(paragraphs):
        if index:
            inlines.append(Run(" "))
        inlines.extend(para.inlines)
    return Paragraph(normalize_inlines(inlines), paragraphs[0].style)
