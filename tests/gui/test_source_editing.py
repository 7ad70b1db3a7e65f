"""Editing a footnote's source: "Quelle bearbeiten" in the text, title, publisher and address."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QWidget

from desk_app.gui.application import open_session
from desk_app.gui.editor import InquiryEditor
from desk_app.gui.editor.footnote_marker import OBJECT_CHAR
from desk_app.gui.editor.footnote_text_edit import FootnoteTextEdit
from desk_app.model import (
    Footnote,
    FootnoteRef,
    Inquiry,
    Paragraph,
    Question,
    Run,
    paragraph,
    plain_text,
)
from desk_app.rules.registry import ProfileRegistry
from tests.gui.editor.typing import put_cursor, type_text
from tests.gui.editor_window import shown_editor

ADDRESS = "https://www.landtag.nrw.de/drs-18-4711.pdf"


@pytest.fixture
def make_editor(qtbot):
    """Return a function that shows an editor with its footnote panel beside it."""
    parliament = ProfileRegistry.load().get("NW")
    windows: list[QWidget] = []  # keeps the windows alive for the whole test

    def make(inquiry: Inquiry) -> InquiryEditor:
        return shown_editor(qtbot, windows, inquiry, parliament, date(2026, 11, 24))

    return make


def _inquiry() -> Inquiry:
    """Return an inquiry whose preamble cites a web source (note a) and a plain note (b)."""
    return Inquiry(
        parliament="NW",
        kind="kleine-anfrage",
        title=Paragraph([Run("Radwege")]),
        preamble=[
            Paragraph([Run("Die Drucksache nennt Zahlen."), FootnoteRef("a")]),
            Paragraph([Run("Der Minister sagte es."), FootnoteRef("b")]),
        ],
        questions=[Question([paragraph("Wie viele?")])],
        footnotes={
            "a": Footnote("a", [paragraph(f"Vgl. {ADDRESS}.")]),
            "b": Footnote("b", [paragraph("Plenarprotokoll 18/80, S. 12.")]),
        },
        signature=["Name"],
    )


def on_marker(edit: FootnoteTextEdit, nth: int = 0) -> QPoint:
    """Return a viewport point on the nth footnote marker of a field."""
    text = edit.toPlainText()
    index = -1
    for _ in range(nth + 1):
        index = text.index(OBJECT_CHAR, index + 1)
    cursor = QTextCursor(edit.document())
    cursor.setPosition(index)
    left = edit.cursorRect(cursor)
    cursor.setPosition(index + 1)
    right = edit.cursorRect(cursor)
    return QPoint((left.center().x() + right.center().x()) // 2, left.center().y())


def right_click_menu(qtbot, edit: FootnoteTextEdit, point: QPoint) -> QMenu:
    """Right-click a field (which focuses it) and build its menu as the field does."""
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.RightButton, pos=point)
    menu = edit.build_context_menu(point)
    menu.setParent(edit, menu.windowFlags())  # gone with the field, like a closed menu
    return menu


def action(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text().split("\t")[0] == text)


def enter(qtbot, field: QLineEdit, text: str) -> None:
    """Replace a line's text by typing, then press Return as a user finishing it."""
    field.setFocus()
    field.selectAll()
    type_text(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_edit_source_on_a_marker_opens_the_panel_on_that_source(qtbot, make_editor):
    editor = make_editor(_inquiry())
    preamble = editor.preamble_edit
    menu = right_click_menu(qtbot, preamble, on_marker(preamble, 0))
    labels = [a.text().split("\t")[0] for a in menu.actions()]
    assert labels[-2:] == ["Fußnote einfügen", "Quelle bearbeiten"]
    selected: list[str] = []
    editor.footnote_selected.connect(selected.append)
    action(menu, "Quelle bearbeiten").trigger()
    row = editor.footnote_panel().rows["a"]
    assert row.title.hasFocus() and row.url.text() == ADDRESS
    assert selected == ["a"]

    # A note that cites no source yet: the cursor goes into its text, where an address
    # makes one.
    menu = right_click_menu(qtbot, preamble, on_marker(preamble, 1))
    action(menu, "Quelle bearbeiten").trigger()
    other = editor.footnote_panel().rows["b"]
    assert other.edit.hasFocus() and not other.source_box.isVisible()


def test_no_edit_source_away_from_a_marker(qtbot, make_editor):
    editor = make_editor(_inquiry())
    preamble = editor.preamble_edit
    cursor = QTextCursor(preamble.document())
    cursor.setPosition(5)
    menu = right_click_menu(qtbot, preamble, preamble.cursorRect(cursor).center())
    assert "Quelle bearbeiten" not in [a.text() for a in menu.actions()]


def test_title_publisher_and_address_are_edited_and_undone(qtbot, make_editor):
    editor = make_editor(_inquiry())
    row = editor.footnote_panel().rows["a"]
    enter(qtbot, row.title, "Radverkehr in Zahlen")
    enter(qtbot, row.publisher, "Landtag Nordrhein-Westfalen")
    new = "https://www.landtag.nrw.de/drs-18-4712.pdf"
    enter(qtbot, row.url, new)
    stored = editor.inquiry()
    source = stored.sources[stored.footnotes["a"].source_id]
    assert (source.title, source.publisher, source.url) == (
        "Radverkehr in Zahlen",
        "Landtag Nordrhein-Westfalen",
        new,
    )
    # The note names the address: it changed there too, and still cites the same source.
    assert plain_text(stored.footnotes["a"].text) == f"Vgl. {new}."
    type_text(qtbot, row.edit, " ")
    assert editor.inquiry().footnotes["a"].source_id == source.id
    editor.undo_stack().undo()  # the space

    editor.undo_stack().undo()  # the address: in the source and in the note's text
    stored = editor.inquiry()
    assert stored.sources[source.id].url == ADDRESS and row.url.text() == ADDRESS
    assert plain_text(stored.footnotes["a"].text) == f"Vgl. {ADDRESS}."
    assert stored.footnotes["a"].source_id == source.id
    editor.undo_stack().undo()  # the publisher
    assert editor.inquiry().sources[source.id].publisher == "" and row.publisher.text() == ""
    editor.undo_stack().redo()
    assert row.publisher.text() == "Landtag Nordrhein-Westfalen"


@pytest.mark.parametrize(
    "typed", ["ftp://example.org/datei.pdf", "landtag.nrw.de/drs.pdf", "https://a b.de"]
)
def test_an_address_that_is_not_http_is_refused_with_a_message(qtbot, make_editor, typed):
    editor = make_editor(_inquiry())
    row = editor.footnote_panel().rows["a"]
    steps = editor.undo_stack().count()
    enter(qtbot, row.url, typed)
    assert row.url_problem.isVisible()
    assert row.url_problem.text() == (
        "Nur Adressen mit http:// oder https:// ohne Leerzeichen werden übernommen."
    )
    assert row.url.text() == typed  # kept for correcting
    stored = editor.inquiry()
    assert stored.sources[stored.footnotes["a"].source_id].url == ADDRESS
    assert editor.undo_stack().count() == steps
    enter(qtbot, row.url, "http://www.landtag.nrw.de/neu.pdf")
    assert not row.url_problem.isVisible()


@pytest.fixture
def session(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    opened = open_session(tmp_path / "gui.sqlite3", settings)
    qtbot.addWidget(opened.window)
    opened.window.show()
    opened.window.activateWindow()
    qtbot.waitUntil(opened.window.isActiveWindow)
    yield opened
    opened.window.close()
    opened.close()


def test_source_edited_in_the_window_is_saved_with_the_inquiry(qtbot, session):
    window = session.window
    created = window.ops.create("NW", "kleine-anfrage", title="Wie sicher sind die Radwege?")
    window.open_inquiry(created.id)
    editor = window.editor
    tabs = window.right_tabs
    notes_tab = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Fußnoten")
    tabs.setCurrentIndex(notes_tab)  # the user writes the note in the panel
    put_cursor(editor.preamble_edit)
    type_text(qtbot, editor.preamble_edit, "Die Zahlen steigen.")
    editor.edit_actions.insert_footnote.trigger()
    note_field = QApplication.focusWidget()
    assert isinstance(note_field, FootnoteTextEdit)
    type_text(qtbot, note_field, f"Vgl. {ADDRESS}")
    tabs.setCurrentIndex(0)  # and looks at the preview

    preamble = editor.preamble_edit
    action(right_click_menu(qtbot, preamble, on_marker(preamble)), "Quelle bearbeiten").trigger()
    assert tabs.currentIndex() == notes_tab
    panel = editor.footnote_panel()
    (row,) = panel.rows.values()
    assert row.title.hasFocus()
    type_text(qtbot, row.title, "Radverkehr in Zahlen")
    qtbot.keyClick(row.title, Qt.Key.Key_Tab)  # leaving the field stores it
    enter(qtbot, row.publisher, "Landtag Nordrhein-Westfalen")
    enter(qtbot, row.url, "https://www.landtag.nrw.de/drs-18-4712.pdf")
    window.flush_edits()

    stored = window.ops.get(created.id)
    (note,) = stored.footnotes.values()
    assert note.source_id is not None
    source = stored.sources[note.source_id]
    assert source.title == "Radverkehr in Zahlen"
    assert source.publisher == "Landtag Nordrhein-Westfalen"
    assert source.url == "https://www.landtag.nrw.de/drs-18-4712.pdf"
    assert plain_text(note.text) == "Vgl. https://www.landtag.nrw.de/drs-18-4712.pdf"
