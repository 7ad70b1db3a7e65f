"""Several desks on one store: versions refuse a lost update, revisions name their author.

Each test runs on a SQLite file and on a database of the throwaway server: the
same behaviour on both stores.
"""

from __future__ import annotations

import pytest

from desk_app.model import paragraph
from desk_app.storage import InquiryStore, StaleInquiry
from tests.storage.conftest import FakeClock, make_inquiry


def test_a_save_against_an_old_version_is_refused_and_writes_nothing(location, clock) -> None:
    with (
        InquiryStore(location, now=clock, author="anna") as anna,
        InquiryStore(location, now=clock, author="bernd") as bernd,
    ):
        inquiry_id = anna.add(make_inquiry("Radwege in Köln"))
        hers = anna.get(inquiry_id)
        his = bernd.get(inquiry_id)
        his.title = paragraph("Radwege in Köln und Bonn")
        bernd.save(his, expected=bernd.seen_version(inquiry_id))
        hers.notes = "Rückfrage beim Ministerium"
        with pytest.raises(StaleInquiry) as refused:
            anna.save(hers, expected=anna.seen_version(inquiry_id))
        assert refused.value.author == "bernd"
        assert "von bernd geändert" in str(refused.value)
        assert "nicht gespeichert" in str(refused.value)
        stored = anna.get(inquiry_id)  # reading again shows his change, without hers
        assert stored.title == paragraph("Radwege in Köln und Bonn")
        assert stored.notes == ""
        assert [r.author for r in anna.revisions(inquiry_id)] == ["bernd", "anna"]
        # Having seen his version, her save goes through.
        stored.notes = "Rückfrage beim Ministerium"
        assert anna.save(stored, expected=anna.seen_version(inquiry_id))


def test_the_same_change_made_twice_is_no_conflict(location, clock) -> None:
    with (
        InquiryStore(location, now=clock, author="anna") as anna,
        InquiryStore(location, now=clock, author="bernd") as bernd,
    ):
        inquiry_id = anna.add(make_inquiry("Radwege"))
        hers, his = anna.get(inquiry_id), bernd.get(inquiry_id)
        his.notes = hers.notes = "Frist verlängert"
        assert bernd.save(his, expected=bernd.seen_version(inquiry_id))
        assert not anna.save(hers, expected=anna.seen_version(inquiry_id))  # nothing to write
        hers.notes = "Frist verlängert bis Mai"
        assert anna.save(hers, expected=anna.seen_version(inquiry_id))  # now on his version


def test_two_people_on_different_inquiries_never_meet(location, clock) -> None:
    with (
        InquiryStore(location, now=clock, author="anna") as anna,
        InquiryStore(location, now=clock, author="bernd") as bernd,
    ):
        first = anna.add(make_inquiry("Schulbau"))
        second = bernd.add(make_inquiry("Schulsozialarbeit"))
        hers, his = anna.get(first), bernd.get(second)
        his.notes = "seins"
        hers.notes = "ihres"
        assert bernd.save(his, expected=bernd.seen_version(second))
        assert anna.save(hers, expected=anna.seen_version(first))
        assert anna.get(second).notes == "seins" and bernd.get(first).notes == "ihres"


def test_every_changing_save_counts_the_version_up(store: InquiryStore) -> None:
    inquiry_id = store.add(make_inquiry())
    assert store.version(inquiry_id) == 1
    inquiry = store.get(inquiry_id)
    inquiry.notes = "eins"
    store.save(inquiry)
    assert store.version(inquiry_id) == store.seen_version(inquiry_id) == 2
    store.save(inquiry)  # nothing changed: no revision, the same version
    assert store.version(inquiry_id) == 2
    store.update(inquiry_id, lambda changed: setattr(changed, "notes", "zwei"))
    assert store.version(inquiry_id) == store.seen_version(inquiry_id) == 3


def test_revisions_keep_their_author_through_the_trash(location, clock: FakeClock) -> None:
    with InquiryStore(location, now=clock, author="carla") as store:
        inquiry_id = store.add(make_inquiry())
        store.delete(inquiry_id)
        store.restore_deleted(inquiry_id)
        assert {r.author for r in store.revisions(inquiry_id)} == {"carla"}
        assert [r.event for r in store.revisions(inquiry_id)] == ["undeleted", "created"]


HOSTILE = [
    "'; DROP TABLE inquiries; --",
    'Robert"); DELETE FROM revisions; --',
    "100 % sicher? :id %s %(id)s ?",
    "Pfad C:\\temp\\ und \\x00-Zeichen",
    "<-> & | ! :* ( ) Klammer",
]


@pytest.mark.parametrize("title", HOSTILE)
def test_hostile_titles_are_stored_as_text(store: InquiryStore, title: str) -> None:
    inquiry_id = store.add(make_inquiry(title))
    assert store.get(inquiry_id).title == paragraph(title)
    assert [row.title for row in store.list()] == [title]
    assert store.count() == 1 and len(store.revisions(inquiry_id)) == 1


@pytest.mark.parametrize(
    "query",
    [
        *HOSTILE,
        "'",
        '"',
        "\\",
        "&&",
        "!Förderung",
        "Förderung:*",
        "a <-> b",
        "%",
        "?",
        "*",
        "Förderung | Radweg",
        ")",
    ],
)
def test_hostile_search_strings_find_or_not_but_never_fail(store: InquiryStore, query) -> None:
    store.add(make_inquiry("Förderung der Integrationsagenturen"))
    found = store.search(query)
    assert store.count_search(query) == len(found)
    assert store.count() == 1  # the table is still there


def test_a_word_found_with_the_punctuation_around_it(store: InquiryStore) -> None:
    inquiry_id = store.add(make_inquiry("Förderung der Integrationsagenturen"))
    assert [row.id for row in store.search("!Förderung")] == [inquiry_id]
    assert [row.id for row in store.search("(Integrationsagenturen)")] == [inquiry_id]


def test_a_nul_in_the_text_is_kept_in_the_inquiry(store: InquiryStore) -> None:
    # PostgreSQL's text type cannot hold NUL: its list column shows U+FFFD instead,
    # while the inquiry itself (JSON, where NUL is an escape) keeps it exactly.
    inquiry_id = store.add(make_inquiry("Vor\x00Radweg", question="Frage\x00mit NUL?"))
    assert store.get(inquiry_id).title == paragraph("Vor\x00Radweg")
    assert store.list()[0].title in ("Vor\x00Radweg", "Vor\ufffdRadweg")
    assert [row.id for row in store.search("Radweg")] == [inquiry_id]
    assert store.open_dates()[0].title == paragraph(store.list()[0].title)
