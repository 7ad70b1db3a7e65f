"""Importing the same paper twice asks first, and "Vorhandene öffnen" opens the stored one."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.gui import inquiry_commands
from desk_app.gui.inquiry_commands import DUPLICATE_BOX

CORPUS = Path(__file__).parents[1] / "corpus" / "documents"
PAPER = CORPUS / "bt_21_114_kleine_anfrage.txt"  # Drucksache 21/114, "Lithium-Abkommen mit Serbien"


def _answer_box(button_text: str, seen: list[str]) -> QTimer:
    """Watch for the duplicate question; remember its text and press the button named."""
    timer = QTimer()

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QMessageBox) or not widget.isVisible():
                continue
            if widget.objectName() != DUPLICATE_BOX:  # an error box: fail, but do not hang
                seen.append(f"unerwartet: {widget.text()}")
                widget.reject()
                continue
            seen.append(widget.text())
            seen.extend(button.text() for button in widget.buttons())
            timer.stop()
            next(b for b in widget.buttons() if b.text() == button_text).click()
            return

    timer.timeout.connect(look)
    timer.start(20)
    return timer


def _first_import(session) -> int:
    first = inquiry_commands.import_file(session.window, PAPER)
    assert first is not None and session.desk.count() == 1
    return first


def test_the_same_drucksache_again_asks_and_vorhandene_oeffnen_opens_the_first(session, tmp_path):
    window = session.window
    first = _first_import(session)
    other = window.ops.create("BT", "kleine-anfrage", title="Etwas anderes")  # as the menu does
    window.open_inquiry(other.id)
    copy = tmp_path / "nochmal.txt"  # the same paper under another file name
    shutil.copy(PAPER, copy)
    seen: list[str] = []
    timer = _answer_box("Vorhandene öffnen", seen)
    assert inquiry_commands.import_file(window, copy) == first
    timer.stop()
    assert seen[0] == (
        "Diese Drucksache ist schon vorhanden: „Lithium-Abkommen mit Serbien“ "
        "(Kleine Anfrage, Drucksache 21/114)."
    )
    assert {"Vorhandene öffnen", "Trotzdem importieren", "Abbrechen"} <= set(seen[1:])
    assert session.desk.count() == 2  # the first and the other one: no second copy
    assert window.list_panel.model.total() == 2  # as the list shows it
    assert window.current is not None and window.current.id == first
    assert window.current.drucksache == "21/114"


def test_trotzdem_importieren_stores_a_second_copy(session):
    first = _first_import(session)
    seen: list[str] = []
    timer = _answer_box("Trotzdem importieren", seen)
    second = inquiry_commands.import_file(session.window, PAPER)
    timer.stop()
    assert seen and second is not None and second != first
    assert session.desk.count() == 2
    assert session.window.list_panel.model.total() == 2
    assert session.window.current is not None and session.window.current.id == second


def test_abbrechen_imports_nothing(session):
    _first_import(session)
    seen: list[str] = []
    timer = _answer_box("Abbrechen", seen)
    assert inquiry_commands.import_file(session.window, PAPER) is None
    timer.stop()
    assert seen and session.desk.count() == 1


def test_the_same_text_without_a_number_is_found_by_its_text(session, tmp_path):
    text = (
        "---\nparliament: NW\n---\n"
        "# Radwege an Landesstraßen im Kreis Kleve\n\n"
        "Der Ausbau der Radwege an Landesstraßen kommt nur langsam voran.\n\n"
        "1. Wie viele Kilometer Radweg an Landesstraßen gibt es im Kreis Kleve?\n"
        "2. Welche Abschnitte sollen bis 2027 gebaut werden?\n"
    )
    first_file, second_file = tmp_path / "entwurf.md", tmp_path / "entwurf-kopie.md"
    first_file.write_text(text, encoding="utf-8")
    # The same words, spaced and wrapped differently: still the same text.
    second_file.write_text(text.replace("im Kreis Kleve?", "im  Kreis\nKleve?"), encoding="utf-8")
    first = inquiry_commands.import_file(session.window, first_file)
    assert first is not None
    seen: list[str] = []
    timer = _answer_box("Vorhandene öffnen", seen)
    assert inquiry_commands.import_file(session.window, second_file) == first
    timer.stop()
    assert seen and "„Radwege an Landesstraßen im Kreis Kleve“" in seen[0]
    assert session.desk.count() == 1


def test_a_different_paper_is_imported_without_a_question(session):
    _first_import(session)
    seen: list[str] = []
    timer = _answer_box("Abbrechen", seen)
    other = inquiry_commands.import_file(session.window, CORPUS / "bt_21_127_kleine_anfrage.txt")
    timer.stop()
    assert other is not None and seen == []
    assert session.desk.count() == 2
