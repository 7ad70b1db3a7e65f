"""`desk deadlines` and the calendar of all open inquiries on a store of 2,000 inquiries.

Both read what the store keeps (the due column, the list columns, the dates)
instead of loading every inquiry; these tests hold them to the deadline
engine counting each whole inquiry anew.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from desk_app.cli import main
from desk_app.formats.write.ics.calendar import event_uid
from desk_app.model import Answer, Extension, Inquiry, paragraph, plain
from desk_app.rules.calendar_days import ExtraDay, parse_extra_days
from desk_app.rules.deadlines import effective_due
from desk_app.service import Desk

COUNT = 2_000


def _inquiry(rng: random.Random, n: int, kinds: list[tuple[str, str]]) -> Inquiry:
    """Return one inquiry of a random parliament and kind, at a random stage of its life."""
    parliament, kind = rng.choice(kinds)
    inquiry = Inquiry(
        parliament, kind, term=18, number=str(n), title=paragraph(f" Frage {n}; a,b ")
    )
    dates = inquiry.dates
    begin = date.today() - timedelta(days=rng.randint(-30, 120))
    stage = rng.random()
    if stage < 0.1:
        return inquiry  # a draft: no date, no deadline
    dates.submitted = begin
    if rng.random() < 0.6:
        dates.forwarded = begin + timedelta(days=rng.randint(0, 4))
    if rng.random() < 0.4:
        inquiry.drucksache = f"18/{n}"
        dates.issued = begin + timedelta(days=5)
    if rng.random() < 0.1:
        dates.extensions.append(Extension(units=rng.randint(1, 2), reason="Umfang, viel; Text"))
    if rng.random() < 0.05:
        dates.due_override = begin + timedelta(days=rng.randint(40, 90))
    if stage > 0.9:
        inquiry.answer = Answer(drucksache=f"18/{n + 10_000}")
    elif stage > 0.85:
        inquiry.withdrawn = True
    return inquiry


@pytest.fixture(scope="module")
def store_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[Inquiry]]]:
    """Return a store of COUNT inquiries saved through the desk, with the inquiries saved."""
    db = tmp_path_factory.mktemp("scale") / "desk.sqlite3"
    desk = Desk(db)
    kinds = [
        (parliament.id, kind) for parliament in desk.registry.all() for kind in parliament.kinds
    ]
    rng = random.Random(18)
    saved = []
    for n in range(COUNT):
        inquiry = _inquiry(rng, n, kinds)
        inquiry.id = desk.store.add(inquiry)
        saved.append(inquiry)
    desk.close()
    yield db, saved


def _counted(
    db: Path, saved: list[Inquiry], extra_days: tuple[ExtraDay, ...] = ()
) -> list[tuple[int, date]]:
    """Return (id, due) of the open inquiries as the engine counts them, in the list's order."""
    registry = Desk(db).registry
    today = date.today()
    found = []
    for inquiry in saved:
        due = effective_due(inquiry, registry, extra_days).due
        if not inquiry.status.is_closed and due is not None:
            found.append((not due < today, due, inquiry.id or 0))
    return [(inquiry_id, due) for _, due, inquiry_id in sorted(found)]


def _desk(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    capsys.readouterr()
    assert main(["--db", str(db), *args]) == 0
    return capsys.readouterr().out


def test_the_stored_due_column_agrees_with_the_engine(store_db) -> None:
    db, saved = store_db
    desk = Desk(db)
    registry = desk.registry
    stored = {summary.id: summary.due for summary in desk.list(order="id")}
    assert len(stored) == COUNT
    assert stored == {inquiry.id: effective_due(inquiry, registry).due for inquiry in saved}
    desk.close()


def test_deadlines_json_lists_what_the_engine_counts(store_db, capsys) -> None:
    db, saved = store_db
    rows = json.loads(_desk(capsys, db, "deadlines", "--json"))
    expected = _counted(db, saved)
    assert 500 < len(expected) < COUNT
    assert [(row["id"], date.fromisoformat(row["due"])) for row in rows] == expected
    today = date.today()
    by_id = {inquiry.id: inquiry for inquiry in saved}
    for row in rows:
        inquiry = by_id[row["id"]]
        due = date.fromisoformat(row["due"])
        assert row["days_left"] == (due - today).days
        assert row["overdue"] is (due < today)
        assert row["status"] == inquiry.status.value
        assert row["title"] == plain(inquiry.title.inlines).strip()
        assert (row["parliament"], row["kind"]) == (inquiry.parliament, inquiry.kind)
        assert (row["number"], row["drucksache"]) == (inquiry.number, inquiry.drucksache)


def test_extra_days_off_count_every_deadline_anew(store_db, capsys) -> None:
    db, saved = store_db
    # Every Monday and Friday of the year off: most deadlines move.
    extra = ",".join(f"{day:%d.%m.}" for day in _weekdays(date.today().year, (0, 4)))
    rows = json.loads(_desk(capsys, db, "deadlines", "--json", "--extra-days", extra))
    expected = _counted(db, saved, parse_extra_days(extra))
    assert [(row["id"], date.fromisoformat(row["due"])) for row in rows] == expected
    assert expected != _counted(db, saved)


def _weekdays(year: int, weekdays: tuple[int, ...]) -> list[date]:
    first = date(year, 1, 1)
    days = (first + timedelta(days=offset) for offset in range(365))
    return [day for day in days if day.weekday() in weekdays]


def test_deadlines_text_has_one_line_per_row(store_db, capsys) -> None:
    db, saved = store_db
    lines = _desk(capsys, db, "deadlines").splitlines()
    assert [int(line.split()[0]) for line in lines] == [i for i, _ in _counted(db, saved)]


def test_calendar_has_one_event_per_open_inquiry_with_a_due_date(
    store_db, capsys, tmp_path
) -> None:
    db, saved = store_db
    target = tmp_path / "fristen.ics"
    _desk(capsys, db, "export", "--all-open", "--format", "ics", "-o", str(target))
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    by_id = {inquiry.id: inquiry for inquiry in saved}
    expected = {event_uid(by_id[inquiry_id]): due for inquiry_id, due in _counted(db, saved)}
    assert len(events) == len(expected)
    assert {str(event["uid"]): event.decoded("dtstart") for event in events} == expected
