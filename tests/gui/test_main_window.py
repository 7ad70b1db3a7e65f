"""The whole window as a new user meets it: create, write, track, preview, export, import."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.gui.application import open_session
from desk_app.gui.export_dialog import ExportChoice, ExportDialog
from desk_app.gui.new_inquiry_dialog import NewInquiryDialog
from desk_app.model import DeskError, footnote_numbers, plain_text
from desk_app.paths import resources_dir
from tests.gui.editor.typing import put_cursor, type_text
from tests.word_template import word_template

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"


@pytest.fixture
def session(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    opened = open_session(tmp_path / "gui.sqlite3", settings)
    qtbot.addWidget(opened.window)
    opened.window.show()
    opened.window.activateWindow()
    qtbot.waitActive(opened.window)  # typing needs a focused field, as on a real desktop
    yield opened
    opened.window.close()
    opened.close()


@pytest.fixture
def messages(monkeypatch):
    """Collect message boxes instead of blocking on them."""
    shown: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, _t, text, *a, **k: shown.append(text))
    return shown


def _fill_new_dialog() -> None:
    """Answer the New dialog like a user: Landtag NRW, Kleine Anfrage, two members."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NewInquiryDialog)
    dialog.parliament_combo.setCurrentIndex(dialog.parliament_combo.findData("NW"))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("kleine-anfrage"))
    dialog.title_edit.setText("Wie sicher sind die Radwege in Nordrhein-Westfalen?")
    dialog._rows[0].name_edit.setText("Berivan Aymaz")
    dialog._rows[0].party_combo.setEditText("BÜNDNIS 90/DIE GRÜNEN")
    dialog.accept()


def test_new_from_template_prefills_and_opens(session):
    window = session.window
    QTimer.singleShot(0, _fill_new_dialog)
    window.commands.new_inquiry()
    assert window.current is not None
    stored = window.ops.get(window.current.id)
    assert (stored.parliament, stored.kind, stored.term) == ("NW", "kleine-anfrage", 18)
    assert stored.originators[0].name == "Berivan Aymaz"
    editor = window.editor
    assert editor.lead_in_edit.text() == "Vor diesem Hintergrund frage ich die Landesregierung:"
    assert editor.title_edit.toPlainText().startswith("Wie sicher sind die Radwege")
    assert window.focusWidget() is editor.preamble_edit  # the cursor waits in the preamble
    assert window.list_panel.model.rowCount() == 1


def test_a_new_user_writes_tracks_previews_and_exports(session, qtbot, tmp_path, monkeypatch):
    window = session.window
    created = window.ops.create("NW", "kleine-anfrage", title="Wie sicher sind die Radwege?")
    window.open_inquiry(created.id)
    editor = window.editor
    put_cursor(editor.preamble_edit)
    for number in range(3):
        type_text(qtbot, editor.preamble_edit, f"Die Förderung für Straßen Nr. {number}")
        editor.edit_actions.insert_footnote.trigger()  # the cursor moves into the new note
        type_text(qtbot, QApplication.focusWidget(), f"https://example.org/quelle-{number}")
        put_cursor(editor.preamble_edit)
        type_text(qtbot, editor.preamble_edit, " ist gestiegen. ")
    for number in range(5):
        editor.edit_actions.add_question.trigger()
        type_text(qtbot, QApplication.focusWidget(), f"Wie viele Unfälle gab es {2020 + number}?")

    written = editor.inquiry()
    assert len(written.questions) == 5
    assert sorted(footnote_numbers(written).values()) == [1, 2, 3]
    assert "Förderung für Straßen Nr. 2" in plain_text(written.preamble)

    submitted = window.tracking.dates["submitted"]
    submitted.edit.setFocus()
    type_text(qtbot, submitted.edit, "19.02.2020")
    submitted.edit.editingFinished.emit()
    qtbot.waitUntil(lambda: not window.autosave.is_dirty(), timeout=3000)
    stored = window.ops.get(window.current.id)
    assert stored.dates.submitted.isoformat() == "2020-02-19"
    assert len(stored.questions) == 5
    steps = "\n".join(window.tracking.deadline_view.steps())
    assert "Fristende: 18.03.2020" in steps

    with qtbot.waitSignal(window.preview.rendered, timeout=5000):
        window._refresh_preview()
    assert window.preview.document().pageCount() >= 1

    for fmt in ("docx", "pdf"):
        target = tmp_path / f"anfrage.{fmt}"
        monkeypatch.setattr(
            "desk_app.gui.window_commands.ask_export",
            lambda *a, _f=fmt, _t=target: a[-1](ExportChoice(_f, "submission", _t)),
        )
        window.commands.export()
        assert target.stat().st_size > 1000


def test_imported_seed_is_listed_opened_and_editable(session, qtbot):
    window = session.window
    inquiry_id = window.import_path(SEED)
    assert inquiry_id is not None
    assert window.current.id == inquiry_id
    assert "Subsidiaritätsprinzip" in window.editor.title_edit.toPlainText()
    assert [n for n, _ in window.editor.footnote_panel().shown_notes()] == ["1", "2", "3"]
    assert window.list_panel.model.rowCount() == 1
    assert window.count_label.text().split(" · ")[0] == "1 Anfrage"
    assert "5 Fragen, 3 Fußnoten" in window.statusBar().currentMessage()  # the import report


def test_broken_and_unsupported_files_give_a_message_and_change_nothing(
    session, tmp_path, messages
):
    window = session.window
    window.import_path(SEED)
    before = window.editor.inquiry()
    bad = tmp_path / "kaputt.txt"
    bad.write_bytes(b"\x00\x01\x02 binary")
    assert window.import_path(bad) is None
    assert len(messages) == 1 and "kaputt.txt" in messages[0]
    assert window.editor.inquiry() == before
    assert window.ops.desk.store.count() == 1


def test_export_into_an_unwritable_place_keeps_the_editor(session, tmp_path, monkeypatch, messages):
    window = session.window
    window.import_path(SEED)
    before = window.editor.inquiry()
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    shown: list[str] = []

    def export_into_the_file() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        dialog.path_edit.setText(str(blocked / "anfrage.pdf"))
        dialog.export_button.click()
        shown.append(dialog.message())  # the dialog stays open with the reason
        dialog.reject()

    QTimer.singleShot(0, export_into_the_file)
    window.commands.export()
    assert len(shown) == 1 and "anfrage.pdf" in shown[0] and not messages
    assert window.editor.inquiry() == before


def test_a_second_window_on_the_same_database_is_refused(session, tmp_path):
    with pytest.raises(DeskError, match="schon geöffnet"):
        open_session(Path(session.desk.store.path))


def test_undo_reaches_across_fields(session, qtbot):
    window = session.window
    window.import_path(SEED)
    editor = window.editor
    title = editor.title_edit.toPlainText()
    preamble = plain_text(editor.inquiry().preamble)
    put_cursor(editor.title_edit)
    type_text(qtbot, editor.title_edit, " Neu")
    put_cursor(editor.preamble_edit)
    type_text(qtbot, editor.preamble_edit, " Ende")
    assert editor.title_edit.toPlainText() == title + " Neu"  # both edits arrived
    assert plain_text(editor.inquiry().preamble) == preamble + " Ende"
    editor.edit_actions.undo.trigger()  # the last edit, in the preamble
    assert plain_text(editor.inquiry().preamble) == preamble
    assert editor.title_edit.toPlainText() == title + " Neu"
    editor.edit_actions.undo.trigger()  # then the one before, in another field
    assert editor.title_edit.toPlainText() == title
    editor.edit_actions.redo.trigger()
    assert editor.title_edit.toPlainText() == title + " Neu"


def test_the_welcome_page_leads_to_a_new_inquiry(session):
    window = session.window
    assert window.centre.currentWidget() is window.welcome
    QTimer.singleShot(0, _fill_new_dialog)
    window.welcome.new_button.click()
    assert window.centre.currentWidget() is window.editor
    assert window.current is not None and window.current.parliament == "NW"


def test_one_burst_of_typing_renders_the_preview_once(session, qtbot):
    window = session.window
    with qtbot.waitSignal(window.preview.rendered, timeout=5000):
        window.import_path(SEED)
    renders: list[float] = []
    window.preview.rendered.connect(renders.append)
    put_cursor(window.editor.preamble_edit)
    type_text(qtbot, window.editor.preamble_edit, " Nachtrag")
    qtbot.waitUntil(lambda: not window.autosave.is_dirty(), timeout=3000)  # saved
    qtbot.waitUntil(lambda: len(renders) == 1, timeout=5000)
    qtbot.wait(800)  # long enough for a second render, if a save triggered one
    assert len(renders) == 1
    assert window.ops.get(window.current.id).preamble[-1].inlines[-1].text.endswith("Nachtrag")


def test_export_with_a_word_template_from_the_window(session, qtbot, monkeypatch, tmp_path):
    window = session.window
    window.import_path(SEED)
    template = word_template(tmp_path / "Fraktion.dotx")
    target = tmp_path / "anfrage.docx"
    monkeypatch.setattr(
        "desk_app.gui.window_commands.ask_export",
        lambda *a: a[-1](ExportChoice("docx", "drucksache", target, template)),
    )
    window.commands.export()
    with zipfile.ZipFile(target) as package:
        assert 'w:ascii="Georgia"' in package.read("word/styles.xml").decode()
        assert "Subsidiaritätsprinzip" in package.read("word/document.xml").decode()
    assert window.statusBar().currentMessage() == f"Exportiert: {target}"


def test_contradicting_dates_are_saved_and_shown_as_a_warning(session, qtbot):
    window = session.window
    created = window.ops.create("NW", "kleine-anfrage", title="Wann kam die Antwort?")
    window.open_inquiry(created.id)
    for name, typed in (("submitted", "19.02.2020"), ("answered", "01.02.2020")):
        field = window.tracking.dates[name]
        field.edit.setFocus()
        type_text(qtbot, field.edit, typed)
        field.edit.editingFinished.emit()
    qtbot.waitUntil(lambda: not window.autosave.is_dirty(), timeout=3000)
    stored = window.ops.get(created.id)
    # Nothing typed is lost: both dates are kept, and the contradiction is in plain sight.
    assert (stored.dates.submitted.isoformat(), stored.dates.answered.isoformat()) == (
        "2020-02-19",
        "2020-02-01",
    )
    findings = window.editor.findings
    shown = [findings.item(row).text() for row in range(findings.count())]
    assert "Die Einreichung (19.02.2020) liegt nach der Antwort (01.02.2020)." in shown
    assert findings.isVisible()
