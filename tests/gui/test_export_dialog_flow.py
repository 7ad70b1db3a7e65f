"""The export dialog from the window: the first export works, errors stay, the result opens."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from desk_app.gui.export_dialog import FOLDER_KEY, ExportDialog, default_folder, export_folder
from desk_app.paths import resources_dir

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"
SEED_DRAFT = "KA_3417_Wie-bewahrt-die-Landesregierung-bei-der"


@pytest.fixture
def fresh_home(tmp_path, monkeypatch):
    """Give the test a new account's home: no documents folder, no user-dirs file."""
    home = tmp_path / "neu"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return home


class UrlCatcher(QObject):
    """Receive the URLs the desktop would open (Qt's own hook for a URL scheme)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls():
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "handle")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")


def _in_dialog(step):
    """Run step(dialog) once the export dialog is up, then close it."""
    seen: list[str] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        try:
            seen.append(step(dialog) or "")
        finally:
            dialog.reject()

    QTimer.singleShot(0, run)
    return seen


def _import(qtbot, window) -> None:
    """Import the seed as a user does, and wait as a user would before the next key press.

    The window is active again once the events of the import's progress dialog
    and of its report (shown beside, without taking the keyboard) are through.
    """
    window.import_path(SEED)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def _press_ctrl_e(qtbot, window) -> None:
    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)


def test_the_first_export_on_a_fresh_account_makes_the_documents_folder(session, qtbot, fresh_home):
    window = session.window
    _import(qtbot, window)
    documents = fresh_home / "Documents"
    assert not documents.exists()

    def export(dialog: ExportDialog) -> str:
        assert dialog.path().parent == documents
        dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("submission"))
        dialog.export_button.click()
        return dialog.message()

    seen = _in_dialog(export)
    _press_ctrl_e(qtbot, window)
    target = documents / f"{SEED_DRAFT}.pdf"
    assert seen == [f"Exportiert: {target}"]
    assert target.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Exportiert: {target}"
    assert window.settings.value(FOLDER_KEY) == str(documents)  # remembered for the next time


def test_without_a_documents_folder_to_make_home_is_proposed(fresh_home):
    (fresh_home / "Documents").write_text("a file where the folder should be")
    assert default_folder() == fresh_home


def test_the_last_folder_is_proposed_again_unless_it_is_gone(tmp_path, fresh_home):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert export_folder(settings) == fresh_home / "Documents"
    chosen = tmp_path / "Abgaben"
    chosen.mkdir()
    settings.setValue(FOLDER_KEY, str(chosen))
    assert export_folder(settings) == chosen
    chosen.rmdir()
    assert export_folder(settings) == fresh_home / "Documents"


def test_an_error_keeps_the_dialog_open_with_one_sentence(session, qtbot, tmp_path):
    window = session.window
    _import(qtbot, window)
    missing = tmp_path / "gibt-es-nicht"
    target = missing / "anfrage.pdf"

    def export_twice(dialog: ExportDialog) -> str:
        dialog.path_edit.setText(str(target))
        dialog.export_button.click()
        said = dialog.message()
        assert dialog.isVisible() and dialog.outcome is None
        assert dialog.path_edit.text() == str(target)  # nothing to type again
        assert not dialog.open_button.isVisible()
        missing.mkdir()  # the user makes the folder and tries again in the same dialog
        dialog.export_button.click()
        assert dialog.outcome is not None and dialog.open_button.isVisible()
        return said

    seen = _in_dialog(export_twice)
    _press_ctrl_e(qtbot, window)
    assert seen == [f"{target} ließ sich nicht schreiben: den Ordner gibt es nicht."]
    assert [path.name for path in missing.iterdir()] == ["anfrage.pdf"]  # no temporary file left


def test_after_an_export_the_file_and_its_folder_can_be_opened(
    session, qtbot, tmp_path, opened_urls
):
    window = session.window
    _import(qtbot, window)
    window.settings.setValue(FOLDER_KEY, str(tmp_path))

    def export(dialog: ExportDialog) -> None:
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("md"))
        dialog.export_button.click()
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
        assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "&Schließen"

    _in_dialog(export)
    _press_ctrl_e(qtbot, window)
    target = tmp_path / f"{SEED_DRAFT}.md"
    assert "Subsidiaritätsprinzip" in target.read_text(
        encoding="utf-8"
    )  # Markdown, from the dialog
    assert opened_urls == [QUrl.fromLocalFile(str(target)), QUrl.fromLocalFile(str(tmp_path))]


def test_the_layouts_of_one_inquiry_never_share_a_file_name(qtbot, tmp_path):
    from desk_app.model import Answer
    from desk_app.rules.registry import ProfileRegistry
    from tests.formats.pdf_samples import seed_inquiry

    registry = ProfileRegistry.load()
    inquiry = seed_inquiry(registry)
    inquiry.answer = Answer(drucksache="17/9000")
    dialog = ExportDialog(inquiry, registry, folder=tmp_path)
    qtbot.addWidget(dialog)
    names = set()
    for layout in ("submission", "drucksache", "answer"):
        dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData(layout))
        names.add(Path(dialog.path_edit.text()).name)
    assert names == {
        f"{SEED_DRAFT}.pdf",
        "KA_3417_Drs-17-8765_Wie-bewahrt-die-Landesregierung-bei-der.pdf",
        "KA_3417_Antwort_Wie-bewahrt-die-Landesregierung-bei-der.pdf",
    }
    dialog.path_edit.setText(str(tmp_path / "Meine Fassung.pdf"))
    dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("submission"))
    assert dialog.path_edit.text() == str(tmp_path / "Meine Fassung.pdf")  # typed: it stays


def test_a_long_export_shows_progress_and_a_cancel_writes_nothing(session, qtbot, tmp_path):
    """Thousands of notes take seconds to set: the dialog shows it and may stop it."""

    from tests.formats.pdf_samples import stress_inquiry
    from tests.gui.progress_dialog import click_cancel_when

    window = session.window
    inquiry_id = window.ops.desk.store.add(stress_inquiry(400))
    window.open_inquiry(inquiry_id)
    target = tmp_path / "lang.pdf"
    shown: list[str] = []

    def export(dialog: ExportDialog) -> str:
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
        dialog.path_edit.setText(str(target))
        # Abbrechen once the layout says how far it is: the stop ends the layout midway.
        watch = click_cancel_when("Teilen gesetzt", shown)
        dialog.export_button.click()
        watch.stop()
        return dialog.message()

    seen = _in_dialog(export)
    _press_ctrl_e(qtbot, window)
    assert len(shown) == 1 and re.fullmatch(r"[\d.]+ von [\d.]+ Teilen gesetzt …", shown[0])
    assert seen == ["Export abgebrochen; es wurde nichts geschrieben."]
    assert not target.exists() and not list(tmp_path.glob("*.tmp*"))
    # Nothing was recorded either: the history has no export.
    assert not [e for e in window.ops.desk.history(inquiry_id) if e.event == "exported"]
