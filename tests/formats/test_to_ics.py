"""The calendar export, read back with the icalendar package."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from icalendar import Calendar

from desk_app.formats.catalog import EXPORTERS, export_inquiry
from desk_app.formats.write.ics.calendar import calendar_for, event_uid, to_ics
from desk_app.model import DeskError, Extension, Inquiry, paragraph
from desk_app.rules.registry import ProfileRegistry

TITLE = "Wie steht es um die Radwege in <Köln> & Bonn; „jetzt“?"


def _inquiry(inquiry_id: int | None = 7) -> Inquiry:
    inquiry = Inquiry("NW", "kleine-anfrage", id=inquiry_id, term=17, number="3417")
    inquiry.drucksache = "17/8765"
    inquiry.title = paragraph(TITLE)
    inquiry.dates.forwarded = date(2020, 2, 19)  # + 4 weeks = Mi 18.03.2020
    return inquiry


def _events(data: bytes) -> list:
    return Calendar.from_ical(data).walk("VEVENT")


def test_due_date_is_an_all_day_event(registry: ProfileRegistry) -> None:
    data = to_ics(_inquiry(), registry)
    assert b"DTSTART;VALUE=DATE:20200318\r\n" in data
    assert b"DTEND;VALUE=DATE:20200319\r\n" in data
    (event,) = _events(data)
    assert event.decoded("dtstart") == date(2020, 3, 18)
    assert event.decoded("dtend") == date(2020, 3, 19)
    assert str(event["summary"]) == f"Antwortfrist: {TITLE}"


def test_alarm_three_days_before_by_default(registry: ProfileRegistry) -> None:
    data = to_ics(_inquiry(), registry)
    assert b"TRIGGER:-P3D\r\n" in data
    (alarm,) = _events(data)[0].walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == timedelta(days=-3)


def test_alarm_days_are_a_parameter(registry: ProfileRegistry) -> None:
    (event,) = _events(to_ics(_inquiry(), registry, alarm_days=7))
    assert event.walk("VALARM")[0].decoded("trigger") == timedelta(days=-7)
    (silent,) = _events(to_ics(_inquiry(), registry, alarm_days=None))
    assert silent.walk("VALARM") == []
    with pytest.raises(DeskError, match="Erinnerung"):
        to_ics(_inquiry(), registry, alarm_days=-1)


def test_description_names_the_inquiry_and_the_working(registry: ProfileRegistry) -> None:
    (event,) = _events(to_ics(_inquiry(), registry))
    text = str(event["description"])
    for part in (
        "Landtag Nordrhein-Westfalen",
        "Kleine Anfrage 3417",
        "17. Wahlperiode",
        "Drucksache 17/8765",
        "Fristende: 18.03.2020 (Mi)",
        "Beginn: Weiterleitung am 19.02.2020 (Mi)",
        "+ 4 Wochen → 18.03.2020 (Mi)",
        "Quelle: GO LT NRW §92",
    ):
        assert part in text


def test_two_exports_are_byte_identical(registry: ProfileRegistry) -> None:
    assert to_ics(_inquiry(), registry) == to_ics(_inquiry(), registry)
    assert b"DTSTAMP:20200219T000000Z\r\n" in to_ics(_inquiry(), registry)


def test_uid_is_stable_and_an_extension_updates_the_event(registry: ProfileRegistry) -> None:
    (first,) = _events(to_ics(_inquiry(), registry))
    changed = _inquiry()
    changed.title = paragraph("Ein ganz anderer Titel")
    changed.dates.extensions = [Extension(units=2, granted=date(2020, 3, 10))]
    (second,) = _events(to_ics(changed, registry))
    assert str(first["uid"]) == str(second["uid"]) == "nw-kleine-anfrage-id7@anfragen-desk"
    assert second.decoded("dtstart") == date(2020, 4, 1)
    assert int(second["sequence"]) > int(first["sequence"])


def test_uid_without_id_comes_from_term_number_and_drucksache() -> None:
    assert event_uid(_inquiry(None)) == "nw-kleine-anfrage-wp17-nr3417-drs17-8765@anfragen-desk"
    bare = Inquiry("BT", "schriftliche-frage", title=paragraph("Frage"))
    assert event_uid(bare) == event_uid(
        Inquiry("BT", "schriftliche-frage", title=paragraph("Frage"))
    )
    assert event_uid(bare) != event_uid(Inquiry("BT", "schriftliche-frage"))


def test_no_due_date_is_refused(registry: ProfileRegistry) -> None:
    draft = Inquiry("NW", "kleine-anfrage", id=3)
    with pytest.raises(DeskError, match="Für diese Anfrage lässt sich noch keine Frist berechnen"):
        to_ics(draft, registry)


def test_one_calendar_for_many_only_with_due_dates(registry: ProfileRegistry) -> None:
    later = _inquiry(8)
    later.dates.forwarded = date(2020, 3, 2)  # Mo + 4 weeks = Mo 30.03.2020
    draft = Inquiry("NW", "kleine-anfrage", id=9)
    bundestag = Inquiry("BT", "kleine-anfrage", id=10, title=paragraph("Bund"))
    bundestag.dates.forwarded = date(2020, 3, 2)  # + 14 days = Mo 16.03.2020
    data = calendar_for([later, draft, _inquiry(), bundestag], registry)
    events = _events(data)
    assert [event.decoded("dtstart") for event in events] == [
        date(2020, 3, 16),
        date(2020, 3, 18),
        date(2020, 3, 30),
    ]
    assert len({str(event["uid"]) for event in events}) == 3
    assert data == calendar_for([bundestag, _inquiry(), draft, later], registry)


def test_calendar_without_any_due_date_is_refused(registry: ProfileRegistry) -> None:
    with pytest.raises(DeskError, match="Fristende"):
        calendar_for([Inquiry("NW", "kleine-anfrage", id=1)], registry)


def test_catalog_offers_ics(registry: ProfileRegistry) -> None:
    assert EXPORTERS["ics"].suffix == "ics"
    assert export_inquiry(_inquiry(), "ics", registry) == to_ics(_inquiry(), registry)
