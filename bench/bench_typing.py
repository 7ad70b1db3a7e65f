"""Typing in the editor with 200 footnotes: ms per typed character, renumbering included.

Each sample types one character into the preamble through Qt's key event path
and repaints the field (so markers are laid out and drawn); every tenth one is
a Backspace, which makes the numbering check for deleted markers. A second run
types next to the markers, inserting and deleting a marker too, to show what a
renumbering keystroke costs.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_typing.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from bench.common import Result, p95, report
from desk_app.gui.editor import InquiryEditor
from desk_app.model import (
    Footnote,
    FootnoteRef,
    Inquiry,
    Paragraph,
    Question,
    Run,
    paragraph,
)
from desk_app.rules.registry import ProfileRegistry

TARGET_MS = 16.0
NOTES = 200
SAMPLES = 300
SENTENCE = "Die Landesregierung fördert die kommunale Integrationsarbeit seit vielen Jahren. "


def inquiry_with_notes(notes: int) -> Inquiry:
    """Return an inquiry of 50 preamble paragraphs and 10 questions holding `notes` notes."""
    footnotes = {
        f"n{i}": Footnote(f"n{i}", [paragraph(f"Quelle {i}, S. {i}.")]) for i in range(notes)
    }
    ids = iter(footnotes)
    preamble = [
        Paragraph([item for _ in range(3) for item in (Run(SENTENCE * 2), FootnoteRef(next(ids)))])
        for _ in range(50)
    ]
    rest = list(ids)
    questions = [
        Question([Paragraph([Run("Wie viele Stellen gibt es?"), *map(FootnoteRef, rest[i::10])])])
        for i in range(10)
    ]
    return Inquiry(
        "NW",
        "kleine-anfrage",
        title=paragraph("Titel"),
        preamble=preamble,
        questions=questions,
        footnotes=footnotes,
        signature=["Name"],
    )


def median_ms(samples: list[float]) -> float:
    """Return the median of samples in seconds as milliseconds."""
    return statistics.median(samples) * 1000


def main() -> None:
    """Type into the editor and report the medians."""
    app = QApplication.instance() or QApplication(sys.argv)
    registry = ProfileRegistry.load()
    window = QWidget()
    editor = InquiryEditor(window)
    layout = QHBoxLayout(window)
    layout.addWidget(editor, 3)
    layout.addWidget(editor.footnote_panel(), 1)
    window.resize(1400, 900)
    window.show()
    editor.load(inquiry_with_notes(NOTES), registry.get("NW"))
    app.processEvents()
    assert len(editor.context.numbering.order()) == NOTES
    field = editor.preamble_edit
    field.setFocus()
    cursor = field.textCursor()
    cursor.setPosition(field.document().findBlockByNumber(25).position() + 10)
    field.setTextCursor(cursor)
    typing: list[float] = []
    for index in range(SAMPLES):
        start = time.perf_counter()
        if index % 10 == 9:
            QTest.keyClick(field, Qt.Key.Key_Backspace)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                field,
                Qt.Key.Key_unknown,
                "ä",
                Qt.KeyboardModifier.NoModifier,
            )
        field.viewport().repaint()
        typing.append(time.perf_counter() - start)
    renumbering: list[float] = []
    for _ in range(40):
        cursor = field.textCursor()
        cursor.setPosition(field.document().findBlockByNumber(0).position())
        field.setTextCursor(cursor)
        start = time.perf_counter()
        editor.insert_footnote()
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_Delete)  # delete it again: everything renumbers twice
        field.viewport().repaint()
        renumbering.append((time.perf_counter() - start) / 2)
    app.processEvents()
    typing_ms = [sample * 1000 for sample in typing]
    report(
        [
            Result(
                "typing 200 notes",
                f"per typed character, median of {SAMPLES}",
                median_ms(typing),
                target=TARGET_MS,
                note=f"p95 {p95(typing_ms):.2f} ms",
            ),
            Result(
                "typing 200 notes",
                "per marker insert/delete (all renumbered)",
                median_ms(renumbering),
                target=TARGET_MS,
            ),
        ]
    )
    window.close()


if __name__ == "__main__":
    main()
