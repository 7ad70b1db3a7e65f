"""Inline Markdown: what the writer escapes and what the reader understands."""

from __future__ import annotations

import pytest

from desk_app.formats.markdown.inline import (
    escape_text,
    inlines_to_markdown,
    parse_inlines,
)
from desk_app.model import FootnoteRef, Run, normalize_inlines


def round_trip(inlines: list) -> list:
    return normalize_inlines(parse_inlines(inlines_to_markdown(inlines)))


@pytest.mark.parametrize(
    "text",
    [
        "a<b & c>d",
        "R&D; &amp; &#169;",
        "**nicht fett** und *nicht kursiv* und _auch nicht_",
        "[^1] ist kein Verweis, [Link](x) kein Link",
        "C:\\Pfad\\ und \\* und ein \\",
        "`code` # kein Titel ~tief~ ^hoch^ $x$ @zitat |a|b| {.klasse}",
        "„Zitat“ und \"Anführung\" und 'einfach'",
        "Gedanken -- Strich --- und Punkte ... und ..",
        "Öffentlichkeit, Straße, Übergangsregelung",
        "<https://example.org/a_b*c> und https://example.org/x?y=1&z=2.",
        "mailto:a@b.de und <b>fett</b>",
    ],
)
def test_hostile_text_reads_back_verbatim(text: str) -> None:
    assert round_trip([Run(text)]) == [Run(text)]


@pytest.mark.parametrize(
    "start",
    [
        "1. Satz",
        "1) Satz",
        "a) Satz",
        "A. Satz",
        "iv. Satz",
        "- Strich",
        "+ plus",
        "# Raute",
        "> Zitat",
        ": Definition",
        "= gleich",
        "% Titel",
        "(a) Klammer",
        "* Stern",
        "2020. Jahr",
    ],
)
def test_block_markup_at_line_start_is_escaped(start: str) -> None:
    markdown = inlines_to_markdown([Run(start)])
    assert markdown != start
    assert round_trip([Run(start)]) == [Run(start)]


@pytest.mark.parametrize(
    "inlines",
    [
        [Run("fett", bold=True), Run("kursiv", italic=True)],
        [Run("kursiv", italic=True), Run("fett", bold=True)],
        [Run("a", bold=True), Run("b", bold=True, italic=True), Run("c", italic=True)],
        [Run("x "), Run("beides", bold=True, italic=True), Run(" y")],
        [Run("fett", bold=True), FootnoteRef("1"), Run(": weiter")],
        [FootnoteRef("1"), Run(": kein Fußnotentext")],
        [FootnoteRef("1"), Run("(kein Link)")],
        [Run("ende\\", bold=True), Run("*stern*", italic=True)],
    ],
)
def test_formatting_and_markers_read_back(inlines: list) -> None:
    assert round_trip(inlines) == inlines


def test_writer_emits_pandoc_forms() -> None:
    inlines = [Run("a "), Run("b", bold=True), Run(" "), Run("c", italic=True), FootnoteRef("2")]
    assert inlines_to_markdown(inlines) == "a **b** *c*[^2]"
    assert escape_text("siehe https://x.de/a") == "siehe <https://x.de/a>"


def test_reader_understands_foreign_forms() -> None:
    assert parse_inlines("selbst<sup>1</sup>.") == [Run("selbst"), FootnoteRef("1"), Run(".")]
    assert parse_inlines("_kursiv_ und snake_case_name") == [
        Run("kursiv", italic=True),
        Run(" und snake_case_name"),
    ]
    assert parse_inlines("5 * 3 **offen") == [Run("5 * 3 **offen")]
    assert parse_inlines("R&amp;D &nbsp;x") == [Run("R&D \xa0x")]
    assert parse_inlines("<https://a.de/x>") == [Run("https://a.de/x")]
