"""`desk due`, `desk deadlines`, `desk show` and the calendar, through the real command line."""

from __future__ import annotations

from datetime import date

from icalendar import Calendar


def test_due_json_explains_a_holiday_move(desk):
    # 22.05.2025 + 4 weeks = Thu 19.06.2025, Fronleichnam in NRW → Fri 20.06.2025.
    result = desk(
        "due", "--parliament", "NW", "--kind", "kleine-anfrage", "--from", "2025-05-22", "--json"
    )
    assert result.status == 0, result.err
    data = result.json()
    assert data["due"] == "2025-06-20"
    assert any("Fronleichnam" in step for step in data["steps"])
    assert data["confidence"] == "confirmed"
    assert data["rule"]["unit"] == "weeks"


def test_show_fills_the_computed_due_date_and_overdue(desk, seed_id):
    assert desk("set", str(seed_id), "dates.forwarded", "2020-02-19").status == 0
    data = desk("show", str(seed_id), "--json").json()
    assert data["dates"]["due"] == "2020-03-18"
    assert data["overdue"] is True
    assert desk("set", str(seed_id), "dates.answered", "2020-03-17").status == 0
    data = desk("show", str(seed_id), "--json").json()
    assert (data["status"], data["overdue"]) == ("answered", False)


def test_override_is_reported_as_such(desk, seed_id):
    assert desk("set", str(seed_id), "dates.due_override", "2020-04-01").status == 0
    data = desk("show", str(seed_id), "--json").json()
    assert data["dates"]["due"] == "2020-04-01"
    assert data["dates"]["due_overridden"] is True


def test_deadlines_lists_open_inquiries_overdue_first(desk, seed_id):
    fresh = desk("new", "--parliament", "BT", "--kind", "kleine-anfrage", "--title", "Neu?")
    fresh_id = int(fresh.out)
    assert desk("set", str(fresh_id), "dates.submitted", date.today().isoformat()).status == 0
    rows = desk("deadlines", "--json").json()
    assert [row["id"] for row in rows] == [seed_id, fresh_id]
    assert rows[0]["overdue"] is True and rows[1]["overdue"] is False
    assert rows[1]["days_left"] >= 14


def test_all_open_calendar_has_one_event_per_open_inquiry(desk, seed_id, tmp_path):
    target = tmp_path / "fristen.ics"
    result = desk("export", "--all-open", "--format", "ics", "-o", str(target))
    assert result.status == 0, result.err
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert len(events) == 1
    assert events[0].decoded("DTSTART") == date(2020, 3, 18)


def test_all_open_needs_the_calendar_format(desk, seed_id, tmp_path):
    result = desk("export", "--all-open", "--format", "md", "-o", str(tmp_path / "x.md"))
    assert result.status == 2
    assert "--all-open" in result.err
    assert not (tmp_path / "x.md").exists()


def test_impossible_start_date_is_one_sentence(desk):
    result = desk("due", "--parliament", "NW", "--kind", "kleine-anfrage", "--from", "2025-02-30")
    assert result.status == 2
    assert result.err.count("\n") == 1 and "2025-02-30" in result.err
