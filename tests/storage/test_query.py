"""User text becomes a safe FTS5 expression."""

from __future__ import annotations

import pytest

from desk_app.storage.query import fts_query


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("München", '"München"'),
        ("Asyl-Verfahren", '"Asyl-Verfahren"'),
        ("AND OR NOT", '"AND" "OR" "NOT"'),
        ('sagt "ja"', '"sagt" """ja"""'),
        ("Förder*", '"Förder" *'),
        ("Kita Förder* ", '"Kita" "Förder" *'),
        ("Kita* Bau", '"Kita*" "Bau"'),
        ("( München )", '"München"'),
    ],
)
def test_words_are_quoted(text: str, expected: str) -> None:
    assert fts_query(text) == expected


@pytest.mark.parametrize("text", ["", "  ", "*", '"', "( ) - *", "'"])
def test_text_without_words_gives_none(text: str) -> None:
    assert fts_query(text) is None


def test_nul_characters_separate_words():
    # SQLite would end the query string at NUL and report "unterminated string".
    assert fts_query("Förderung\x00Kita") == '"Förderung" "Kita"'
    assert fts_query("\x00") is None
