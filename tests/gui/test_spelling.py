"""German spell checking in the editor's fields: underlines, suggestions, the word list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desk_app.gui.editor import InquiryEditor
from desk_app.gui.editor.context import make_context
from desk_app.gui.editor.footnote_text_edit import FootnoteTextEdit
from desk_app.gui.editor.spelling import SpellChecker, checker_for, personal_word_list
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


def _german_dictionary() -> bool:
    try:
        import enchant
    except ImportError:
        return False
    return enchant.dict_exists("de_DE")


needs_dictionary = pytest.mark.skipif(
    not _german_dictionary(),
    reason="no German Hunspell dictionary (tools/system_deps.sh installs hunspell-de-de)",
)


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path, monkeypatch):
    """Give each test its own user data folder, where the personal word list lives."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def make_editor(qtbot):
    """Return a function that shows an editor with its footnote panel, loaded and spell-ready."""
    parliament = ProfileRegistry.load().get("NW")
    windows: list[QWidget] = []  # keeps the windows alive for the whole test

    def make(inquiry: Inquiry) -> InquiryEditor:
        editor = shown_editor(qtbot, windows, inquiry, parliament, date(2026, 11, 24))
        checker = checker_for(editor.undo_stack())
        qtbot.waitUntil(lambda: checker.loaded, timeout=5000)
        return editor

    return make


def _inquiry() -> Inquiry:
    return Inquiry(
        parliament="NW",
        kind="kleine-anfrage",
        title=Paragraph([Run("Radwege")]),
        preamble=[Paragraph([Run("Die Landesregierung plant."), FootnoteRef("a")])],
        questions=[Question([paragraph("Wie viele")])],
        footnotes={"a": Footnote("a")},
        signature=["Name"],
    )


def underlined(edit: FootnoteTextEdit) -> list[str]:
    """Return the words of a field that carry the red wavy underline, in order."""
    words = []
    block = edit.document().begin()
    while block.isValid():
        for rng in block.layout().formats():
            if rng.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                words.append(block.text()[rng.start : rng.start + rng.length])
        block = block.next()
    return words


def point_in(edit: FootnoteTextEdit, word: str) -> QPoint:
    """Return a viewport point inside the first occurrence of a word."""
    position = edit.toPlainText().index(word) + 1
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    return edit.cursorRect(cursor).center()


def menu_at(edit: FootnoteTextEdit, point: QPoint) -> QMenu:
    """Build the field's context menu for a right click at a point, as the field does."""
    menu = edit.build_context_menu(point)
    menu.setParent(edit, menu.windowFlags())  # gone with the field, like a closed menu
    return menu


def texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions()]


def trigger(menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().split("\t")[0] == text)
    action.trigger()


@needs_dictionary
def test_misspelt_word_typed_into_a_question_is_underlined(qtbot, make_editor):
    editor = make_editor(_inquiry())
    question = editor.questions.boxes[0].edit
    put_cursor(question)
    type_text(qtbot, question, " Fehlr gibt es?")
    qtbot.waitUntil(lambda: underlined(question) == ["Fehlr"], timeout=3000)
    # Underlines are shown only: the stored text carries no format of them.
    assert "Fehlr" in plain_text(editor.inquiry().questions[0].text)


@needs_dictionary
def test_suggestion_from_the_context_menu_replaces_the_word_and_undoes(qtbot, make_editor):
    editor = make_editor(_inquiry())
    question = editor.questions.boxes[0].edit
    put_cursor(question)
    type_text(qtbot, question, " Fehlr gibt es?")
    qtbot.waitUntil(lambda: underlined(question) == ["Fehlr"], timeout=3000)
    menu = menu_at(question, point_in(question, "Fehlr"))
    shown = texts(menu)
    assert "Fehler" in shown[:6]  # the suggestions come first
    assert "Zum Wörterbuch hinzufügen" in shown and "Ignorieren" in shown
    assert shown.index("Fehler") < shown.index("Zum Wörterbuch hinzufügen")
    trigger(menu, "Fehler")
    assert question.toPlainText() == "Wie viele Fehler gibt es?"
    qtbot.waitUntil(lambda: underlined(question) == [], timeout=3000)
    editor.undo_stack().undo()
    assert question.toPlainText() == "Wie viele Fehlr gibt es?"


@needs_dictionary
def test_a_right_click_opens_the_menu_with_the_suggestions(qtbot, make_editor):
    editor = make_editor(_inquiry())
    question = editor.questions.boxes[0].edit
    put_cursor(question)
    type_text(qtbot, question, " Fehlr gibt es?")
    qtbot.waitUntil(lambda: underlined(question) == ["Fehlr"], timeout=3000)
    point = point_in(question, "Fehlr")
    seen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(texts(menu))
        trigger(menu, "Fehler")
        menu.close()

    QTimer.singleShot(0, choose)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, question.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(question.viewport(), event)  # returns when the menu closed
    assert "Fehler" in seen and any(t.startswith("Fußnote einfügen\t") for t in seen)
    assert question.toPlainText() == "Wie viele Fehler gibt es?"


@needs_dictionary
def test_added_word_loses_its_underline_and_is_known_after_a_restart(qtbot, make_editor):
    editor = make_editor(_inquiry())
    title = editor.title_edit
    put_cursor(title)
    type_text(qtbot, title, " im Kreis Quxelbach")
    qtbot.waitUntil(lambda: underlined(title) == ["Quxelbach"], timeout=3000)
    trigger(menu_at(title, point_in(title, "Quxelbach")), "Zum Wörterbuch hinzufügen")
    qtbot.waitUntil(lambda: underlined(title) == [], timeout=3000)
    assert personal_word_list().read_text(encoding="utf-8").splitlines() == ["Quxelbach"]

    # A new editor (as after a restart) reads the list again.
    again = make_editor(_inquiry())
    question = again.questions.boxes[0].edit
    put_cursor(question)
    type_text(qtbot, question, " Quxelbach und Quxelbäche?")
    qtbot.waitUntil(lambda: underlined(question) == ["Quxelbäche"], timeout=3000)


@needs_dictionary
def test_ignored_word_is_accepted_in_every_field_of_the_editor(qtbot, make_editor):
    editor = make_editor(_inquiry())
    question = editor.questions.boxes[0].edit
    put_cursor(question)
    type_text(qtbot, question, " Plopperei?")
    qtbot.waitUntil(lambda: underlined(question) == ["Plopperei"], timeout=3000)
    trigger(menu_at(question, point_in(question, "Plopperei")), "Ignorieren")
    qtbot.waitUntil(lambda: underlined(question) == [], timeout=3000)
    put_cursor(editor.preamble_edit)
    type_text(qtbot, editor.preamble_edit, " Plopperei und Glumpf")
    qtbot.waitUntil(lambda: underlined(editor.preamble_edit) == ["Glumpf"], timeout=3000)
    assert not personal_word_list().exists()  # ignoring lasts for the session only


@needs_dictionary
def test_correct_german_with_umlauts_compounds_and_skipped_tokens_has_no_underline(
    qtbot, make_editor
):
    editor = make_editor(_inquiry())
    preamble = editor.preamble_edit
    put_cursor(preamble)
    type_text(
        qtbot,
        preamble,
        " Über die Förderrichtlinien für Kindertagesstätten und Straßenbaumaßnahmen "
        "in Nordrhein-Westfalen berichtet die CDU-Fraktion gemäß § 12a GO-BT, "
        "siehe https://www.landtag.nrw.de/Dokumentenservice/portal/WWW/dokumentenarchiv "
        "oder www.bundestag.de/drucksachen (NRW, 3. Quartal 2025, Drucksache 18/4711), "
        "vgl. bzw. ggf. Nr. 3, Post an poststelle@landtag.nrw.de.",
    )
    note = editor.footnote_panel().rows["a"].edit
    put_cursor(note)
    type_text(qtbot, note, "Vgl. Protokoll 18/80, S. 12, abgerufen am 24.11.2026.")
    qtbot.wait(200)  # the highlighter runs on the change; give it time to (not) mark
    assert underlined(preamble) == []
    assert underlined(note) == []
    assert underlined(editor.title_edit) == []


@needs_dictionary
def test_footnote_texts_and_sub_questions_are_checked_too(qtbot, make_editor):
    editor = make_editor(_inquiry())
    note = editor.footnote_panel().rows["a"].edit
    put_cursor(note)
    type_text(qtbot, note, "Vgl. Drucksahe 18/12")
    qtbot.waitUntil(lambda: underlined(note) == ["Drucksahe"], timeout=3000)
    menu = menu_at(note, point_in(note, "Drucksahe"))
    assert "Drucksache" in texts(menu)
    assert "Fußnote einfügen" not in [t.split("\t")[0] for t in texts(menu)]  # no note in a note
    editor.questions.boxes[0].edit.setFocus()
    editor.edit_actions.add_subquestion.trigger()
    sub = editor.questions.boxes[0].subs[0].edit
    put_cursor(sub)
    type_text(qtbot, sub, "in der Verwaltng")
    qtbot.waitUntil(lambda: underlined(sub) == ["Verwaltng"], timeout=3000)


@needs_dictionary
def test_underlines_are_no_edit_and_no_undo_step(qtbot, make_editor):
    editor = make_editor(_inquiry())
    question = editor.questions.boxes[0].edit
    put_cursor(question)
    type_text(qtbot, question, " Fehlr")
    qtbot.waitUntil(lambda: underlined(question) == ["Fehlr"], timeout=3000)
    steps = editor.undo_stack().count()
    edits: list[None] = []
    editor.edited.connect(lambda: edits.append(None))
    checker_for(editor.undo_stack()).ignore("Fehlr")  # redraws every field
    qtbot.waitUntil(lambda: underlined(question) == [], timeout=3000)
    assert editor.undo_stack().count() == steps and edits == []


def test_context_menu_inserts_a_footnote_where_clicked(qtbot, make_editor):
    editor = make_editor(_inquiry())
    question = editor.questions.boxes[0].edit
    point = point_in(question, "viele")
    qtbot.mouseClick(question.viewport(), Qt.MouseButton.RightButton, pos=point)  # focuses
    menu = menu_at(question, point)
    labels = [t.split("\t")[0] for t in texts(menu)]
    assert labels[-1] == "Fußnote einfügen"  # no marker under the click: no "Quelle bearbeiten"
    trigger(menu, "Fußnote einfügen")
    inlines = editor.inquiry().questions[0].text[0].inlines
    assert isinstance(inlines[1], FootnoteRef)
    assert [getattr(i, "text", None) for i in inlines[::2]] == ["Wie v", "iele"]


def test_without_a_dictionary_the_field_works_and_the_menu_says_so_once(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    context = make_context(owner, "Eingabe", date.today)
    checker = SpellChecker(languages=("xx_XX",), parent=context.stack)
    edit = FootnoteTextEdit(context, parent=owner)
    owner.show()
    qtbot.waitUntil(lambda: checker.loaded, timeout=5000)
    assert not checker.available
    put_cursor(edit)
    type_text(qtbot, edit, "Fehlr Wortt")
    assert edit.toPlainText() == "Fehlr Wortt" and underlined(edit) == []
    first = texts(menu_at(edit, point_in(edit, "Fehlr")))
    assert first[0] == "Rechtschreibprüfung aus: kein deutsches Wörterbuch gefunden"
    again = texts(menu_at(edit, point_in(edit, "Fehlr")))
    assert not any("Wörterbuch" in text for text in again)


@needs_dictionary
def test_opening_an_inquiry_with_unknown_words_leaves_it_saved(qtbot, session):
    window = session.window
    created = window.ops.create("NW", "kleine-anfrage", title="Fahradwege im Kreis Quxelbach")
    window.open_inquiry(created.id)
    editor = window.editor
    checker = checker_for(editor.undo_stack())
    qtbot.waitUntil(lambda: checker.loaded, timeout=5000)
    qtbot.waitUntil(lambda: underlined(editor.title_edit) == ["Fahradwege", "Quxelbach"])
    qtbot.wait(50)  # anything the underlines set off has run
    assert not window.autosave.is_dirty()
    assert editor.undo_stack().count() == 0


def _right_click_choose(edit, word: str, choice: str) -> list[str]:
    """Right-click a word of a plain field, take one entry of its menu; return the entries."""
    point = point_in(edit, word)
    seen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(texts(menu))
        trigger(menu, choice)
        menu.close()

    QTimer.singleShot(0, choose)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, edit.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(edit.viewport(), event)  # returns when the menu closed
    return seen


@needs_dictionary
def test_the_signature_is_checked_and_corrected_from_its_menu(qtbot, make_editor):
    editor = make_editor(_inquiry())
    signature = editor.signature_edit
    signature.setFocus()
    signature.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(signature, " und Fraktoin")
    qtbot.waitUntil(lambda: underlined(signature) == ["Fraktoin"], timeout=3000)
    seen = _right_click_choose(signature, "Fraktoin", "Fraktion")
    assert "Zum Wörterbuch hinzufügen" in seen
    assert signature.toPlainText() == "Name und Fraktion"
    assert editor.inquiry().signature == ["Name und Fraktion"]


@needs_dictionary
def test_the_office_notes_are_checked_too(qtbot):
    from desk_app.gui.tracking_pane import TrackingPane

    pane = TrackingPane()
    qtbot.addWidget(pane)
    pane.load(_inquiry())
    pane.show()
    qtbot.waitUntil(lambda: pane.notes.spelling.loaded, timeout=5000)
    qtbot.keyClicks(pane.notes, "Rueckruf im Ministerum")
    qtbot.waitUntil(lambda: "Ministerum" in underlined(pane.notes), timeout=3000)
    _right_click_choose(pane.notes, "Ministerum", "Ministerium")
    assert pane.notes.toPlainText().endswith("im Ministerium")


@needs_dictionary
def test_the_lead_in_is_checked_and_stays_one_sentence(qtbot, make_editor):
    editor = make_editor(_inquiry())
    lead_in = editor.lead_in_edit
    lead_in.setFocus()
    qtbot.keyClicks(lead_in, "Daher fargen wir")
    qtbot.keyClick(lead_in, Qt.Key.Key_Return)  # no second paragraph
    qtbot.keyClicks(lead_in, " die Landesregierung:")
    qtbot.waitUntil(lambda: underlined(lead_in) == ["fargen"], timeout=3000)
    _right_click_choose(lead_in, "fargen", "fragen")
    assert editor.inquiry().lead_in == "Daher fragen wir die Landesregierung:"
