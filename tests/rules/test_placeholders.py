"""Template lines fill from values and drop out when a value is missing."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.model import DeskError
from desk_app.rules.placeholders import (
    PLACEHOLDERS,
    fill,
    join_names,
    long_date,
    to_pattern,
    with_article,
)


def test_fill_replaces_every_placeholder() -> None:
    line = fill("Drucksache {drucksache}", {"drucksache": "17/8765"})
    assert line == "Drucksache 17/8765"


def test_fill_leaves_the_line_out_when_drucksache_is_none() -> None:
    assert fill("Drucksache {drucksache}", {"drucksache": None}) is None
    assert fill("Drucksache {drucksache}", {}) is None
    assert fill("Kleine Anfrage {number}", {"number": ""}) is None


def test_fill_keeps_a_line_without_placeholders() -> None:
    assert fill("und Fraktion", {}) == "und Fraktion"


def test_fill_rejects_an_unknown_placeholder() -> None:
    with pytest.raises(DeskError, match=r"unbekannten Platzhalter \{Name\}"):
        fill("{Name}", {"name": "A"})


def test_user_text_in_values_is_not_filled_again() -> None:
    assert fill("{names}", {"names": "A {term} B"}) == "A {term} B"


def test_long_date_is_german() -> None:
    assert long_date(date(2020, 2, 19)) == "19. Februar 2020"
    assert long_date(date(2018, 3, 8)) == "8. März 2018"


@pytest.mark.parametrize(
    ("names", "joined"),
    [
        ([], ""),
        (["A"], "A"),
        (["A", "B"], "A und B"),
        (["A", "B", "C"], "A, B und C"),
        (["A", "", "C"], "A und C"),
    ],
)
def test_join_names(names: list[str], joined: str) -> None:
    assert join_names(names) == joined


def test_to_pattern_counts_only_fixed_text() -> None:
    pattern, literal = to_pattern("{term}. Wahlperiode", {})
    assert literal == len(". Wahlperiode")
    assert "Wahlperiode" in pattern
    assert "term" in PLACEHOLDERS


@pytest.mark.parametrize(
    ("office", "expected"),
    [
        ("Minister für Arbeit", "Der Minister für Arbeit"),
        ("Ministerin für Schule", "Die Ministerin für Schule"),
        ("Ministerpräsident", "Der Ministerpräsident"),
        ("Staatskanzlei", "Die Staatskanzlei"),
        ("Senatsverwaltung für Finanzen", "Die Senatsverwaltung für Finanzen"),
        ("Ministerium des Innern", "Das Ministerium des Innern"),
        ("die  Staatsministerin", "Die Staatsministerin"),
    ],
)
def test_with_article_names_the_office_with_its_article(office: str, expected: str) -> None:
    assert with_article(office) == expected
