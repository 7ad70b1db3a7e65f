"""`Desk.sync`: a Bundestag inquiry gets its Drucksache and its answer from a local DIP.

The DIP is the test server of tests/sources/fake_dip.py, whose responses are
validated against the OpenAPI description; the answer is the real Drs. 21/235.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desk_app.model import DeskError, Status
from desk_app.service import Desk
from desk_app.sources.dip import DipSource
from tests.sources.fake_dip import INQUIRY_FILE, KEY, TITLE, Failure, FakeDip, dip

__all__ = ["dip"]  # the fixture, used by name


@pytest.fixture
def desk(tmp_path):
    opened = Desk(tmp_path / "desk.sqlite3")
    yield opened
    opened.close()


def rows(path: Path) -> list[str]:
    """Return every row of the database as SQL, to compare a store before and after."""
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def submitted_draft(desk: Desk) -> int:
    """Store a Bundestag inquiry submitted on 5 May 2025, known only by its title."""
    inquiry = desk.create("BT", "kleine-anfrage", title=TITLE)
    inquiry.dates.submitted = date(2025, 5, 5)
    desk.save(inquiry)
    assert inquiry.id is not None
    return inquiry.id


def imported_inquiry(desk: Desk) -> int:
    """Store the real Drs. 21/114 as the import reads it."""
    return desk.import_file(INQUIRY_FILE).id


def test_an_inquiry_known_by_its_title_gets_its_drucksache(desk, dip: FakeDip):
    inquiry_id = submitted_draft(desk)
    dip.add_inquiry()
    [outcome] = desk.sync([inquiry_id])
    assert outcome.changes == ["Drucksache 21/114 vom 07.05.2025 eingetragen"]
    assert outcome.notes == ["noch keine Antwort im DIP"]
    stored = desk.get(inquiry_id)
    assert (stored.drucksache, stored.dates.issued) == ("21/114", date(2025, 5, 7))
    assert stored.status == Status.PUBLISHED and stored.answer is None
    # Found by title and date: the Vorgang list was paged along its cursor.
    assert len(dip.asked("/vorgang")) >= 2


def test_an_answer_appearing_is_imported_and_the_inquiry_answered(desk, dip: FakeDip):
    inquiry_id = imported_inquiry(desk)
    dip.add_inquiry()
    dip.add_answer()
    [outcome] = desk.sync([inquiry_id])
    assert outcome.changes == ["Antwort Drucksache 21/235 vom 22.05.2025 importiert"]
    stored = desk.get(inquiry_id)
    assert stored.status == Status.ANSWERED
    # Answered on the day the paper names ("vom 21. Mai 2025 übermittelt"), issued a day later.
    assert stored.dates.answered == date(2025, 5, 21)
    assert stored.dates.answer_issued == date(2025, 5, 22)
    assert stored.dates.answer_drucksache == "21/235"
    assert stored.answer is not None and stored.answer.drucksache == "21/235"
    assert len(stored.questions) == 6  # the inquiry's questions stay
    covered = {str(n) for part in stored.answer.parts for n in part.questions}
    assert covered >= {str(n) for n in range(1, 7)}  # every question has its answer
    assert "Rio Tinto" in " ".join(str(part) for part in stored.answer.parts)
    assert desk.history(inquiry_id)[0].what == "Antwort importiert aus DIP 21/235"
    assert len(desk.list()) == 1  # no second inquiry


def test_nothing_new_is_no_change(desk, dip: FakeDip):
    inquiry_id = imported_inquiry(desk)
    dip.add_inquiry()
    dip.add_answer()
    desk.sync([inquiry_id])
    before = rows(desk.db_path)
    [outcome] = desk.sync([inquiry_id])
    assert not outcome.changed and outcome.summary() == "keine Änderung"
    assert rows(desk.db_path) == before


def test_all_open_syncs_the_bundestag_inquiries_waiting_for_an_answer(desk, dip: FakeDip):
    waiting = imported_inquiry(desk)
    desk.create("BT", "kleine-anfrage", title="Noch ein Entwurf")  # a draft: not in the DIP
    desk.create("NW", "kleine-anfrage", title="Schulsozialarbeit")  # another parliament
    dip.add_inquiry()
    dip.add_answer()
    outcomes = desk.sync()
    assert [outcome.inquiry.id for outcome in outcomes] == [waiting]
    assert desk.get(waiting).status == Status.ANSWERED


def test_an_inquiry_of_a_landtag_is_refused(desk, dip: FakeDip):
    inquiry = desk.create("NW", "kleine-anfrage", title="Schulsozialarbeit")
    with pytest.raises(DeskError) as raised:
        desk.sync([inquiry.id])
    assert "Nur Anfragen an den Bundestag" in str(raised.value)
    assert dip.requests == []  # nothing was sent


def test_a_failure_after_the_lookup_changes_nothing(desk, dip: FakeDip):
    first, second = submitted_draft(desk), imported_inquiry(desk)
    dip.add_inquiry()
    dip.add_answer()
    dip.fail["/drucksache-text"] = Failure(status=404)
    before = rows(desk.db_path)
    with pytest.raises(DeskError) as raised:
        desk.sync([first, second])  # the first would get its Drucksache; the second fails
    assert str(raised.value) == "Das DIP des Bundestages kennt die Drucksache 21/235 nicht."
    assert rows(desk.db_path) == before


def test_a_drucksache_the_dip_does_not_know(desk, dip: FakeDip):
    inquiry_id = imported_inquiry(desk)  # 21/114, but the DIP has nothing yet
    with pytest.raises(DeskError) as raised:
        desk.sync([inquiry_id])
    assert str(raised.value) == "Das DIP des Bundestages kennt die Drucksache 21/114 nicht."


def test_a_source_may_be_given(desk, dip: FakeDip):
    inquiry_id = submitted_draft(desk)
    dip.add_inquiry()
    with DipSource(KEY, dip.url) as source:
        [outcome] = desk.sync([inquiry_id], source)
    assert outcome.changed


def test_an_inquiry_not_yet_in_the_dip_is_no_change(desk, dip: FakeDip):
    inquiry_id = submitted_draft(desk)  # the DIP has no Vorgang of those weeks yet
    before = rows(desk.db_path)
    [outcome] = desk.sync([inquiry_id])
    assert outcome.summary() == "keine Änderung"
    assert outcome.notes == ["das DIP kennt noch keinen Vorgang mit diesem Titel"]
    assert rows(desk.db_path) == before


def test_an_inquiry_without_number_title_or_date_cannot_be_looked_up(desk, dip: FakeDip):
    inquiry = desk.create("BT", "kleine-anfrage")
    inquiry.dates.drafted = None
    desk.save(inquiry)
    with pytest.raises(DeskError) as raised:
        desk.sync([inquiry.id])
    assert str(raised.value) == (
        f"Anfrage {inquiry.id} lässt sich im DIP nicht suchen: sie braucht eine "
        "Drucksachennummer oder einen Titel und ein Datum."
    )
    assert dip.requests == []
