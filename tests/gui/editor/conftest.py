"""Fixtures for the editor tests: the seed inquiry, its parliament and a shown editor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desk_app.formats.read.text.reader import from_text
from desk_app.gui.editor import InquiryEditor
from desk_app.model import Footnote, FootnoteRef, Inquiry, Paragraph, Question, Run, paragraph
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry
from tests.gui.editor_window import shown_editor

SEED = Path(__file__).resolve().parents[3] / "resources" / "seed" / "nw_17_kleine_anfrage_3417.md"
TODAY = date(2026, 11, 24)


@pytest.fixture(scope="session")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load()


@pytest.fixture()
def parliament(registry: ProfileRegistry) -> Parliament:
    return registry.get("NW")


@pytest.fixture()
def seed(registry: ProfileRegistry) -> Inquiry:
    return from_text(SEED.read_text(encoding="utf-8"), registry).inquiry


@pytest.fixture()
def make_editor(qtbot, parliament: Parliament):
    """Return a function that builds a shown editor with its panel, loaded with an inquiry."""

    windows: list[QWidget] = []  # keeps the windows alive for the whole test

    def make(inquiry: Inquiry) -> InquiryEditor:
        return shown_editor(qtbot, windows, inquiry, parliament, TODAY)

    return make


@pytest.fixture()
def editor(make_editor, seed: Inquiry) -> InquiryEditor:
    return make_editor(seed)


def two_notes() -> Inquiry:
    """Return an inquiry whose two preamble paragraphs carry one note each."""
    return Inquiry(
        parliament="NW",
        kind="kleine-anfrage",
        title=Paragraph([Run("Titel")]),
        preamble=[
            Paragraph([Run("Erster Absatz."), FootnoteRef("a")]),
            Paragraph([Run("Zweiter Absatz."), FootnoteRef("b")]),
        ],
        questions=[Question([paragraph("Eins?")]), Question([paragraph("Zwei?")])],
        footnotes={
            "a": Footnote("a", [paragraph("Note A")]),
            "b": Footnote("b", [paragraph("Note B")]),
        },
        signature=["Name"],
    )


@pytest.fixture()
def small(make_editor) -> InquiryEditor:
    return make_editor(two_notes())
