"""Full-text search: umlauts, prefixes and hostile user input."""

from __future__ import annotations

import pytest

from desk_app.model import paragraph
from desk_app.storage import InquiryStore
from tests.storage.conftest import make_inquiry


@pytest.fixture
def filled(store: InquiryStore) -> InquiryStore:
    store.add(make_inquiry("Förderung der Integrationsagenturen in München"))
    store.add(
        make_inquiry(
            "Asyl-Verfahren in Nordrhein-Westfalen",
            preamble="Die Zahl der Verfahren steigt.",
            question="Wie viele ÄRZTINNEN arbeiten im Landesdienst?",
            footnote="Bericht des Ministeriums für Flüchtlinge, S. 12.",
        )
    )
    store.add(make_inquiry("Straßenbau im Sauerland", preamble="Förderprogramme für Brücken."))
    return store


def titles(store: InquiryStore, query: str) -> list[str]:
    return [summary.title for summary in store.search(query)]


@pytest.mark.parametrize("query", ["münchen", "MÜNCHEN", "München", "förderung"])
def test_umlaut_words_are_found_case_insensitively(filled: InquiryStore, query: str) -> None:
    assert titles(filled, query) == ["Förderung der Integrationsagenturen in München"]


def test_hyphenated_words_are_a_phrase(filled: InquiryStore) -> None:
    assert titles(filled, "Asyl-Verfahren") == ["Asyl-Verfahren in Nordrhein-Westfalen"]


def test_questions_and_footnotes_are_searched(filled: InquiryStore) -> None:
    assert titles(filled, "ärztinnen") == ["Asyl-Verfahren in Nordrhein-Westfalen"]
    assert titles(filled, "Flüchtlinge Ministeriums") == ["Asyl-Verfahren in Nordrhein-Westfalen"]


def test_all_words_must_match(filled: InquiryStore) -> None:
    assert titles(filled, "München Sauerland") == []


def test_trailing_star_searches_a_prefix(filled: InquiryStore) -> None:
    assert titles(filled, "Förder") == []
    assert set(titles(filled, "Förder*")) == {
        "Förderung der Integrationsagenturen in München",
        "Straßenbau im Sauerland",
    }


def test_title_hits_rank_before_body_hits(filled: InquiryStore) -> None:
    assert titles(filled, "förder*")[0] == "Förderung der Integrationsagenturen in München"


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        '"',
        '""',
        "AND OR NOT",
        "AND",
        "(",
        ")",
        "*",
        "**",
        "'",
        "NEAR(a b)",
        "title:München",
        "^München",
        "München -Sauerland",
        '"unbalanced',
        "a OR",
        "{title preamble}: x",
        "Förder* *München",
        "\x00",
        "ß*",
    ],
)
def test_hostile_queries_never_raise(filled: InquiryStore, query: str) -> None:
    assert isinstance(filled.search(query), list)


def test_empty_query_finds_nothing(filled: InquiryStore) -> None:
    assert filled.search("") == []
    assert filled.search(" * ") == []


def test_operator_words_are_searched_as_words(store: InquiryStore) -> None:
    store.add(make_inquiry("Bericht AND Antwort"))
    store.add(make_inquiry("Bericht ohne Antwort"))
    assert titles(store, "AND") == ["Bericht AND Antwort"]


def test_search_follows_saves_and_deletes(store: InquiryStore) -> None:
    inquiry = make_inquiry("Kita-Gebühren")
    inquiry_id = store.add(inquiry)
    inquiry.preamble = []
    inquiry.footnotes = {}
    inquiry.title = paragraph("Schulbau")
    store.save(inquiry)
    assert titles(store, "Kita") == []
    assert titles(store, "Schulbau") == ["Schulbau"]
    store.delete(inquiry_id)
    assert titles(store, "Schulbau") == []


def test_limit_and_offset_page_through_results(store: InquiryStore) -> None:
    for number in range(5):
        store.add(make_inquiry(f"Haushalt {number}"))
    first, second = store.search("Haushalt", limit=3), store.search("Haushalt", limit=3, offset=3)
    assert len(first) == 3 and len(second) == 2
    assert {s.id for s in first}.isdisjoint(s.id for s in second)
