"""Attach the government's answer, delete to the trash and restore, all from the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.gui import inquiry_commands
from desk_app.model import Inquiry, Question, paragraph
from tests.formats.samples import forms
from tests.formats.samples.make_docx import make_docx


def _stored_inquiry(session) -> int:
    """Store the NRW Kleine Anfrage 800 that the sample answer answers, and open it."""
    inquiry = Inquiry("NW", "kleine-anfrage", term=17, number="800", drucksache="17/1957")
    inquiry.title = paragraph("Wie steht es um die Schulsozialarbeit in Hamm?")
    inquiry.questions = [
        Question([paragraph(text)])
        for text in (
            "Wie viele Stellen für Schulsozialarbeit gibt es in Hamm?",
            "Wie viele davon sind befristet?",
            "Wer finanziert diese Stellen derzeit?",
            "Plant die Landesregierung eine Verstetigung?",
            "Bis wann soll darüber entschieden werden?",
            "Welche Rolle spielt der Bund bei der Finanzierung?",
        )
    ]
    inquiry_id = session.desk.store.add(inquiry)
    session.window.open_inquiry(inquiry_id)
    return inquiry_id


def _answer_file(tmp_path: Path) -> Path:
    path = tmp_path / "antwort.docx"
    path.write_bytes(make_docx(forms.nw_answer()))
    return path


def test_the_answer_joins_the_open_inquiry(session, tmp_path):
    window = session.window
    inquiry_id = _stored_inquiry(session)
    assert inquiry_commands.import_answer(window, _answer_file(tmp_path))
    stored = session.desk.get(inquiry_id)
    assert stored.answer is not None and stored.answer.parts
    assert session.desk.count() == 1  # joined, not imported as a second inquiry
    assert window.current is not None and window.current.answer is not None  # the views reloaded
    assert window.tracking.isEnabled()
    assert "Antwort" in window.statusBar().currentMessage()


def test_an_answer_to_an_unrelated_inquiry_says_what_did_not_fit(session, tmp_path):
    window = session.window
    other = session.desk.create("BY", "kleine-anfrage", title="Radwege in Passau")
    window.open_inquiry(other.id)
    assert inquiry_commands.import_answer(window, _answer_file(tmp_path))  # the user chose it
    report = window.statusBar().currentMessage()
    assert "Unsicher: Antwortteil zu Frage 6 passt zu keiner Frage; übergangen." in report


def test_a_file_that_is_no_answer_is_one_message_and_changes_nothing(
    session, tmp_path, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: shown.append(text))
    window = session.window
    inquiry_id = _stored_inquiry(session)
    broken = tmp_path / "kaputt.pdf"
    broken.write_bytes(b"%PDF-1.4 kaputt")
    assert not inquiry_commands.import_answer(window, broken)
    assert len(shown) == 1 and shown[0].endswith(".")
    assert session.desk.get(inquiry_id).answer is None


def test_delete_key_in_the_list_moves_the_inquiry_to_the_trash_and_back(session, qtbot):
    window = session.window
    kept = session.desk.create("NW", "kleine-anfrage", title="Bleibt")
    gone = session.desk.create("NW", "kleine-anfrage", title="Kommt in den Papierkorb")
    window.list_panel.refresh()
    window.open_inquiry(gone.id)
    view = window.list_panel.view
    view.setFocus()

    def confirm():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "Kommt in den Papierkorb" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.current is None)
    assert [row.id for row in session.desk.list()] == [kept.id]
    assert window.list_panel.model.rowCount() == 1
    assert "Papierkorb" in window.statusBar().currentMessage()

    dialog = inquiry_commands.show_trash(window)
    qtbot.addWidget(dialog)
    assert (
        dialog.entries.count() == 1 and "Kommt in den Papierkorb" in dialog.entries.item(0).text()
    )
    assert dialog.restore_selected()
    assert window.current is not None and window.current.id == gone.id
    assert dialog.empty_label.isVisibleTo(dialog)
    assert window.list_panel.model.rowCount() == 2


def test_delete_in_the_editor_deletes_text_not_the_inquiry(session, qtbot):
    window = session.window
    inquiry = session.desk.create("NW", "kleine-anfrage", title="Titel")
    window.open_inquiry(inquiry.id)
    title = window.editor.title_edit
    title.setFocus()
    cursor = title.textCursor()
    cursor.setPosition(0)
    title.setTextCursor(cursor)
    QTest.keyClick(title, Qt.Key.Key_Delete)
    assert title.toPlainText() == "itel"
    assert session.desk.count() == 1 and window.current is not None
