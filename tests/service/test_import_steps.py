"""An import reads without the store, reports its pages, stops when cancelled, knows duplicates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desk_app.model import Inquiry, Question, paragraph
from desk_app.service import Desk, importing
from desk_app.service.calendar_work import open_calendar_work
from desk_app.service.progress import Cancelled, Progress

CORPUS = Path(__file__).parents[1] / "corpus" / "documents"
PAPER = CORPUS / "bt_21_114_kleine_anfrage.txt"


@pytest.fixture
def desk(tmp_path):
    opened = Desk(tmp_path / "desk.sqlite3")
    yield opened
    opened.close()


def _exported_pdf(desk: Desk, path: Path, questions: int = 80) -> Path:
    """Export a long NRW Kleine Anfrage to PDF (several pages), then take it out of the store."""
    inquiry = desk.create("NW", "kleine-anfrage", title="Schulsozialarbeit in Hamm")
    inquiry.questions = [
        Question([paragraph(f"Wie viele Stellen gibt es an der Schule Nummer {n}? " * 4)])
        for n in range(questions)
    ]
    desk.save(inquiry)
    desk.export(inquiry, "pdf", path)
    assert inquiry.id is not None
    desk.delete(inquiry.id)
    return path


def test_a_pdf_import_reports_each_page_once(desk, tmp_path):
    path = _exported_pdf(desk, tmp_path / "anfrage.pdf")
    heard: list[tuple[int, int, str]] = []
    read = importing.read_import(
        desk.registry, path, progress=Progress(lambda *report: heard.append(report))
    )
    assert read.result is not None and len(read.result.inquiry.questions) == 80
    pages = heard[-1][1]
    assert pages > 3
    # Read once, though the import first looks whether the file is an answer.
    assert [done for done, _total, _what in heard] == list(range(pages + 1))
    assert heard[2][2] == f"Seite 2 von {pages} gelesen"
    assert heard[-1][2] == f"Alle {pages} Seiten gelesen; die Gliederung wird erkannt …"
    assert desk.count() == 0  # reading stored nothing
    outcome = importing.store_read(desk, read)
    assert desk.get(outcome.id).title == read.result.inquiry.title


def test_a_cancel_during_the_pages_stops_the_read_and_stores_nothing(desk, tmp_path):
    path = _exported_pdf(desk, tmp_path / "anfrage.pdf")
    reached: list[int] = []
    progress = Progress()

    def listen(done: int, total: int, what: str) -> None:
        reached.append(done)
        if done == 2:
            progress.cancel()  # as the dialog's button does, from the other thread

    progress = Progress(listen)
    with pytest.raises(Cancelled):
        importing.import_into(desk, path, progress=progress)
    assert reached == [0, 1, 2]
    assert desk.count() == 0


def test_the_same_drucksache_is_named_and_refused_unless_forced(desk):
    first = importing.import_into(desk, PAPER)
    read = importing.read_import(desk.registry, PAPER)
    found = importing.duplicate_in(desk, read)
    assert found is not None and found.id == first.id and not found.same_text
    assert found.paper == "Kleine Anfrage, Drucksache 21/114"
    with pytest.raises(importing.DuplicateImport, match="schon vorhanden"):
        importing.store_read(desk, read)
    assert desk.count() == 1
    importing.store_read(desk, read, force=True)
    assert desk.count() == 2


def test_an_edited_copy_with_its_number_is_still_the_same_paper(desk):
    first = importing.import_into(desk, PAPER)
    desk.set_field(first.id, "title", "Mein eigener Titel")
    read = importing.read_import(desk.registry, PAPER)
    found = importing.duplicate_in(desk, read)
    assert found is not None and found.title == "Mein eigener Titel"


def test_the_number_of_another_parliament_is_no_duplicate(desk):
    importing.import_into(desk, PAPER)
    other = Inquiry("NW", "kleine-anfrage", term=21, drucksache="21/114")
    other.title = paragraph("Ganz etwas anderes")
    desk.store.add(other)
    assert importing.duplicate_in(desk, importing.read_import(desk.registry, PAPER)) is not None
    desk.delete(1)
    assert importing.duplicate_in(desk, importing.read_import(desk.registry, PAPER)) is None


def _open(desk: Desk, count: int) -> None:
    for n in range(count):
        inquiry = Inquiry("NW", "kleine-anfrage", term=18, number=str(100 + n))
        inquiry.dates.submitted = date(2026, 11, 2)
        desk.store.add(inquiry)


def test_a_cancelled_calendar_writes_no_file(desk, tmp_path):
    _open(desk, 5)
    target = tmp_path / "Fristen.ics"
    progress = Progress()
    progress = Progress(lambda done, total, what: done == 3 and progress.cancel())
    with pytest.raises(Cancelled):
        open_calendar_work(desk, target)(progress)
    assert not target.exists() and list(tmp_path.glob("*.ics*")) == []


def test_the_calendar_work_reports_each_inquiry_and_writes_once(desk, tmp_path):
    _open(desk, 3)
    target = tmp_path / "Fristen.ics"
    heard: list[str] = []
    outcome = open_calendar_work(desk, target)(Progress(lambda d, t, what: heard.append(what)))
    assert outcome.path == target and target.read_bytes().count(b"BEGIN:VEVENT") == 3
    assert heard == [f"Fristen berechnet: {n} von 3" for n in range(4)]
