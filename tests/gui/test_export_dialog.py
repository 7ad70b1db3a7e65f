"""File → Export: format, layout, a file name with the right suffix, and no surprise overwrite."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from desk_app.gui.export_dialog import ExportDialog, ask_export, with_suffix
from desk_app.model import Inquiry, paragraph
from desk_app.rules.registry import ProfileRegistry
from desk_app.service.format_names import export_file_name
from tests.formats.pdf_samples import seed_inquiry


@pytest.fixture(scope="module")
def registry():
    return ProfileRegistry.load()


def make_dialog(qtbot, inquiry, registry, tmp_path, fmt=None):
    dialog = ExportDialog(inquiry, registry, fmt=fmt, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def button(dialog, kind=QDialogButtonBox.StandardButton.Ok):
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(kind)


SEED_NAME = "KA_3417_Drs-17-8765_Wie-bewahrt-die-Landesregierung-bei-der"
SEED_DRAFT = "KA_3417_Wie-bewahrt-die-Landesregierung-bei-der"


def test_suggested_names(registry):
    seed = seed_inquiry(registry)
    assert export_file_name(seed, "pdf", "drucksache", registry) == f"{SEED_NAME}.pdf"
    assert export_file_name(seed, "docx", "submission", registry) == f"{SEED_DRAFT}.docx"
    bavarian = Inquiry("BY", "kleine-anfrage", term=19, drucksache="19/6524")
    assert export_file_name(bavarian, "md", None, registry) == "SA_Drs-19-6524.md"
    draft = Inquiry("NW", "kleine-anfrage", term=18, title=paragraph('Kita: "Plätze"/Personal?'))
    assert export_file_name(draft, "ics", None, registry) == "KA_Kita-Plaetze-Personal.ics"
    assert export_file_name(Inquiry("BT", "grosse-anfrage"), "pdf", None) == "GA.pdf"


def test_the_suffix_is_added_only_when_missing():
    assert with_suffix(Path("/tmp/antwort"), "pdf") == Path("/tmp/antwort.pdf")
    assert with_suffix(Path("/tmp/antwort.PDF"), "pdf") == Path("/tmp/antwort.PDF")
    assert with_suffix(Path("/tmp/fassung.v2"), "docx") == Path("/tmp/fassung.v2.docx")


def test_defaults_follow_the_inquiry(qtbot, registry, tmp_path):
    dialog = make_dialog(qtbot, seed_inquiry(registry), registry, tmp_path)
    labels = [dialog.format_combo.itemText(i) for i in range(dialog.format_combo.count())]
    assert labels == ["Markdown", "Word (DOCX)", "PDF", "Kalender (ICS)"]
    assert dialog.format_combo.currentText() == "PDF"
    assert dialog.layout_combo.currentText() == "Drucksache"  # it has a Drucksache number
    assert dialog.choice() == ("pdf", "drucksache", tmp_path / f"{SEED_NAME}.pdf", None)
    draft = make_dialog(qtbot, seed_inquiry(registry, drucksache=None), registry, tmp_path)
    assert draft.layout_combo.currentText() == "Einreichung"


def test_changing_the_format_changes_suffix_and_layout_choice(qtbot, registry, tmp_path):
    dialog = make_dialog(qtbot, seed_inquiry(registry), registry, tmp_path)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findText("Markdown"))
    assert not dialog.layout_combo.isEnabled()
    assert dialog.choice() == ("md", None, tmp_path / f"{SEED_DRAFT}.md", None)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findText("Word (DOCX)"))
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findText("Einreichung"))
    assert dialog.choice() == ("docx", "submission", tmp_path / f"{SEED_DRAFT}.docx", None)


def test_browse_takes_the_picked_file_and_appends_the_suffix(
    qtbot, registry, tmp_path, monkeypatch
):
    seen: list[tuple] = []

    def pick(parent, caption, start, pattern):
        seen.append((start, pattern))
        return str(tmp_path / "Abgabe_Landtag"), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    dialog = make_dialog(qtbot, seed_inquiry(registry), registry, tmp_path, fmt="docx")
    dialog.browse()
    assert seen == [(str(tmp_path / f"{SEED_NAME}.docx"), "Word (DOCX) (*.docx)")]
    assert dialog.path_edit.text() == str(tmp_path / "Abgabe_Landtag.docx")
    dialog.path_edit.setText(str(tmp_path / "getippt"))
    assert dialog.path() == tmp_path / "getippt.docx"


def test_an_existing_file_is_replaced_only_after_asking(qtbot, registry, tmp_path, monkeypatch):
    (tmp_path / f"{SEED_NAME}.pdf").write_bytes(b"%PDF old")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers.pop(0))
    dialog = make_dialog(qtbot, seed_inquiry(registry), registry, tmp_path)
    qtbot.mouseClick(button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # "No" keeps the dialog open
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(button(dialog), Qt.MouseButton.LeftButton)


def test_ask_export_returns_the_choice_or_none(qtbot, registry, tmp_path):
    def click(button_kind):
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        button(dialog, button_kind).click()

    QTimer.singleShot(0, lambda: click(QDialogButtonBox.StandardButton.Ok))
    chosen = ask_export(None, seed_inquiry(registry), registry, fmt="md", folder=tmp_path)
    assert chosen == ("md", None, tmp_path / f"{SEED_DRAFT}.md", None)
    QTimer.singleShot(0, lambda: click(QDialogButtonBox.StandardButton.Cancel))
    assert ask_export(None, seed_inquiry(registry), registry, folder=tmp_path) is None


def test_answer_layout_is_offered_once_an_answer_exists(qtbot):
    from desk_app.gui.export_dialog import ExportDialog
    from desk_app.model import Answer, Inquiry
    from desk_app.rules.registry import ProfileRegistry

    registry = ProfileRegistry.load()
    inquiry = Inquiry("NW", "kleine-anfrage", drucksache="17/1")
    without = ExportDialog(inquiry, registry)
    qtbot.addWidget(without)
    assert without.layout_combo.findData("answer") == -1
    inquiry.answer = Answer(drucksache="17/2")
    with_answer = ExportDialog(inquiry, registry)
    qtbot.addWidget(with_answer)
    assert with_answer.layout_combo.findData("answer") >= 0


def test_a_word_template_is_offered_for_docx_only(qtbot, registry, tmp_path):
    dialog = make_dialog(qtbot, seed_inquiry(registry), registry, tmp_path)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("docx"))
    assert dialog.template_edit.isEnabled() and dialog.template_button.isEnabled()
    dialog.template_edit.setText(str(tmp_path / "Fraktion.dotx"))
    assert dialog.choice().template == tmp_path / "Fraktion.dotx"
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
    assert not dialog.template_edit.isEnabled()
    assert dialog.choice().template is None  # a PDF has no Word template


def test_row_labels_show_their_shortcut_not_an_ampersand(qtbot, registry, tmp_path):
    from PySide6.QtWidgets import QLabel

    dialog = make_dialog(qtbot, seed_inquiry(registry), registry, tmp_path)
    labels = {label.text(): label.buddy() for label in dialog.findChildren(QLabel)}
    assert labels["&Datei:"] is dialog.path_edit
    assert labels["&Word-Vorlage:"] is dialog.template_edit
