"""A word in very many inquiries: the newest matches are ranked, older ones follow, none lost."""

from __future__ import annotations

import pytest

from desk_app.storage import InquiryStore, search
from tests.storage.conftest import make_inquiry


def fill(store: InquiryStore) -> InquiryStore:
    """Add ten inquiries that mention the word, two of them in the title, and one that does not."""
    for number in range(10):
        title = "Förderung im Titel" if number in (2, 8) else f"Anfrage {number}"
        store.add(make_inquiry(title, preamble="Es geht um Förderung."))
    store.add(make_inquiry("Etwas anderes", preamble="Nichts davon."))
    return store


@pytest.fixture
def common(store: InquiryStore, monkeypatch: pytest.MonkeyPatch) -> InquiryStore:
    # Ten matches stand for tens of thousands: rank only the newest four.
    monkeypatch.setattr(search, "RANKED_MATCHES", 4)
    return fill(store)


def test_pages_hold_every_match_once(common: InquiryStore) -> None:
    pages = [common.search("Förderung", limit=3, offset=offset) for offset in range(0, 12, 3)]
    ids = [row.id for page in pages for row in page]
    assert sorted(ids) == list(range(1, 11))


def test_newest_matches_are_ranked_then_older_follow_newest_first(common: InquiryStore) -> None:
    ids = [row.id for row in common.search("Förderung", limit=20)]
    # Ids 7–10 are the newest four; 9 has the word in its title, so it leads them.
    assert ids[0] == 9
    assert sorted(ids[:4]) == [7, 8, 9, 10]
    assert ids[4:] == [6, 5, 4, 3, 2, 1]


def test_few_matches_are_all_ranked(common: InquiryStore) -> None:
    assert [row.title for row in common.search("Titel")] == ["Förderung im Titel"] * 2
