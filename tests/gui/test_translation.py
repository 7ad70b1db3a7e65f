"""The English translation: the window speaks it with the translator, German without."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtCore import QTranslator as QtTranslatorType
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel

from desk_app.gui.application import open_session
from desk_app.gui.i18n import install_translator
from desk_app.gui.main_window import MainWindow
from desk_app.model import DeskError
from desk_app.paths import resources_dir

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "anfragen_desk_en.ts"
QM = ROOT / "resources" / "i18n" / "anfragen_desk_en.qm"


def _tool(name: str) -> str | None:
    """Find a PySide6 tool next to the running Python, else on the PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


@pytest.fixture
def english(qapp):
    """Install the English translator for one test and take it out again afterwards."""
    app = QApplication.instance()
    assert app is not None
    translator = install_translator(app, "en")
    assert translator is not None, "anfragen_desk_en.qm did not load"
    yield translator
    assert QCoreApplication.removeTranslator(translator)
    translator.deleteLater()


@pytest.fixture
def open_window(qtbot, tmp_path):
    """Build the real main window on an empty database; close it after the test."""
    sessions = []

    def build() -> MainWindow:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        session = open_session(tmp_path / "db.sqlite3", settings)
        sessions.append(session)
        qtbot.addWidget(session.window)
        return session.window

    yield build
    for session in sessions:
        session.window.close()
        session.close()


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _label_texts(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel) if label.text()}


def _box_titles(widget) -> set[str]:
    return {box.title() for box in widget.findChildren(QGroupBox)}


def _tabs(tabs) -> list[str]:
    return [tabs.tabText(index) for index in range(tabs.count())]


def test_window_speaks_english_with_the_translator(english, open_window):
    window = open_window()
    assert _menu_titles(window) == [
        "&File",
        "&Edit",
        "&Questions",
        "&View",
        "&Settings",
        "&Help",
    ]
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if a.text()][:11] == [
        "&New…",
        "&Import…",
        "&Save",
        "Import &answer…",
        "Update from &DIP",
        "&Export…",
        "Export deadlines as &calendar…",
        "&Print…",
        "&History…",
        "Move to &trash",
        "Tras&h…",
    ]
    assert _tabs(window.left_tabs) == ["Inquiries", "Deadlines", "Statistics"]
    assert _tabs(window.right_tabs) == ["Preview", "Tracking", "Footnotes"]

    editor = window.editor
    assert {"Title:", "Preamble:", "Lead-in sentence:", "Questions:"} <= _label_texts(editor)
    # Created in a module function with a fixed context, not by the editor's own tr().
    assert editor.edit_actions.bold.text() == "Bold"
    assert editor.edit_actions.insert_footnote.text() == "Footnote"
    assert editor.edit_actions.add_question.text() == "Add question"
    assert editor.edit_actions.undo.text() == "Undo"

    tracking = window.tracking
    assert {"Progress", "Answer deadline", "Answer"} <= _box_titles(tracking)
    assert {"Lead ministry", "Submitted on", "Drucksache"} <= _label_texts(tracking)  # glossary

    # Plurals are separate strings, and the deadline summary comes from the dashboard.
    assert window.count_label.text() == "0 inquiries · 0 overdue · 0 this week"


def test_module_level_texts_are_translated_at_use_time(english, open_window, tmp_path):
    from desk_app.gui import labels
    from desk_app.model import Status

    assert labels.status_name(Status.DRAFT) == "Draft"
    assert labels.reference(None, "17/8765") == "Drs. 17/8765"  # the glossary keeps it
    open_window()
    with pytest.raises(DeskError, match="already has the database"):
        open_session(tmp_path / "db.sqlite3")


def test_window_stays_german_without_translator(open_window):
    window = open_window()
    assert _menu_titles(window) == [
        "&Datei",
        "&Bearbeiten",
        "&Fragen",
        "&Ansicht",
        "&Einstellungen",
        "&Hilfe",
    ]
    assert _tabs(window.left_tabs) == ["Anfragen", "Fristen", "Statistik"]
    assert {"Titel:", "Vorbemerkung:", "Einleitungssatz:"} <= _label_texts(window.editor)
    assert window.editor.edit_actions.bold.text() == "Fett"
    assert {"Verlauf", "Antwortfrist", "Antwort"} <= _box_titles(window.tracking)
    assert "Federführendes Ministerium" in _label_texts(window.tracking)


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_message_is_translated_in_a_named_context():
    messages = _messages(TS)
    assert len(messages) > 200
    for context, message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert context, f"no context for {source!r}: translate it with a literal context"
        assert translation is not None and translation.get("type") is None, (context, source)
        assert (translation.text or "").strip(), (context, source)


def test_ts_lists_exactly_the_strings_in_the_code(tmp_path):
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, "-extensions", "py", "-recursive", "desk_app/gui", "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {(context, m.findtext("source") or "") for context, m in _messages(ts)}

    assert keys(fresh) == keys(TS), "run `make translations` and translate what is new"


def test_shipped_qm_is_compiled_from_the_ts(tmp_path):
    assert QM.is_file()
    assert (resources_dir() / "i18n" / QM.name).read_bytes() == QM.read_bytes()
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "check.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run `make translations`"


def test_qt_own_buttons_speak_german_by_default(qapp):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from desk_app.gui.i18n import install_translator

    before = set(qapp.findChildren(QtTranslatorType))
    install_translator(qapp, "de")
    added = [t for t in qapp.findChildren(QtTranslatorType) if t not in before]
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    finally:
        for translator in added:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
