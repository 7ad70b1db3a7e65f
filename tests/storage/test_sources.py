"""Sources are remembered by URL across inquiries."""

from __future__ import annotations

from datetime import date

from desk_app.model import Source
from desk_app.storage import InquiryStore
from tests.storage.conftest import make_inquiry

URL = "https://www.landtag.nrw.de/Dokumentenservice/portal/WWW/dokumentenarchiv/MMD17-8765.pdf"


def test_remember_and_find_a_source(store: InquiryStore) -> None:
    store.remember_source(Source("s1", URL, "Antwort der Landesregierung", "Landtag NRW"))
    store.remember_source(
        Source("x", URL, "Antwort der Landesregierung", "Landtag NRW", date(2020, 2, 19))
    )
    assert store.find_source(URL) == Source(
        "", URL, "Antwort der Landesregierung", "Landtag NRW", date(2020, 2, 19)
    )
    assert store.find_source("https://example.org/fehlt") is None


def test_a_source_without_url_is_not_remembered(store: InquiryStore) -> None:
    store.remember_source(Source("s1", "", "Gespräch"))
    assert store.find_source("") is None


def test_saving_an_inquiry_remembers_its_sources(store: InquiryStore) -> None:
    inquiry = make_inquiry()
    inquiry.sources = {"q": Source("q", URL, "Bericht", archive_url="https://web.archive.org/x")}
    inquiry.footnotes["n1"].source_id = "q"
    store.add(inquiry)
    found = store.find_source(URL)
    assert found is not None and found.archive_url == "https://web.archive.org/x"
