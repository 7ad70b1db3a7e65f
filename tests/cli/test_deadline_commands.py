"""`desk due`, `desk deadlines` and the calendar of all open inquiries, called in process."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from desk_app.cli.deadline_commands import (
    add_deadline_verbs,
    cmd_deadlines,
    cmd_due,
)
from desk_app.model import Answer, DeskError, Inquiry, paragraph
from desk_app.service import Desk

TODAY = date(2020, 3, 20)


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[Desk]:
    context = Desk(tmp_path / "desk.sqlite3", today=lambda: TODAY)
    yield context
    context.close()


def _due(**options: object) -> argparse.Namespace:
    values = {"parliament": "NW", "kind": "kleine-anfrage", "start": "2020-02-19", "json": True}
    values.update(options)
    return argparse.Namespace(**values)


def _add(ctx: Desk, title: str, forwarded: date | None, **fields: object) -> int:
    inquiry = Inquiry("NW", "kleine-anfrage", title=paragraph(title), number=title[-4:])
    inquiry.dates.forwarded = forwarded
    for name, value in fields.items():
        setattr(inquiry, name, value)
    return ctx.store.add(inquiry)


def test_due_json(ctx: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_due(_due(), ctx) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["due"] == "2020-03-18"
    assert "Beginn: Weiterleitung am 19.02.2020 (Mi)" in result["steps"]
    assert result["rule"] == {
        "length": 4,
        "unit": "weeks",
        "start_event": "forwarded",
        "fallback_events": ["issued"],
        "move_to_working_day": True,
        "note": result["rule"]["note"],
        "valid_from": result["rule"]["valid_from"],
        "valid_until": result["rule"]["valid_until"],
    }
    assert "GO LT NRW" in result["source"] and result["confidence"] == "confirmed"
    assert "statement_due" not in result  # only kinds with a statement deadline have one


def test_due_text_with_extra_days(ctx: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    # BT 14 days from Mi 10.12.2025 = Mi 24.12.2025, a day off when the user says so.
    args = _due(parliament="bt", start="10.12.2025", json=False, extra_days="24.12.,31.12.")
    assert cmd_due(args, ctx) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Fristende: 29.12.2025 (Mo)"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"start": "2025-02-30"}, "Den 2025-02-30 gibt es nicht"),
        ({"start": "morgen"}, "ist kein Datum"),
        ({"parliament": "XX"}, "Das Parlament „XX“ ist unbekannt"),
        ({"kind": "interpellation"}, "kennt die Art „interpellation“ nicht"),
        ({"parliament": "SL", "kind": "grosse-anfrage"}, "keine Antwortfrist hinterlegt"),
    ],
)
def test_due_bad_input_is_one_sentence(ctx: Desk, options: dict, message: str) -> None:
    with pytest.raises(DeskError, match=message):
        cmd_due(_due(**options), ctx)


def test_deadlines_overdue_first_then_by_due_date(
    ctx: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    soon = _add(ctx, "Bald 0002", date(2020, 3, 2))  # due Mo 30.03.2020
    late = _add(ctx, "Spät 0001", date(2020, 2, 19))  # due Mi 18.03.2020
    later = _add(ctx, "Später 0003", date(2020, 3, 9))  # due Mo 06.04.2020
    _add(ctx, "Entwurf 0004", None)
    _add(ctx, "Beantwortet 0005", date(2020, 2, 1), answer=Answer(drucksache="17/1"))
    _add(ctx, "Zurückgezogen 0006", date(2020, 2, 1), withdrawn=True)
    assert cmd_deadlines(argparse.Namespace(json=True), ctx) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in rows] == [late, soon, later]
    assert rows[0] == {
        "id": late,
        "parliament": "NW",
        "kind": "kleine-anfrage",
        "number": "0001",
        "drucksache": None,
        "title": "Spät 0001",
        "due": "2020-03-18",
        "days_left": -2,
        "overdue": True,
        "status": "submitted",
    }
    assert (rows[1]["days_left"], rows[1]["overdue"]) == (10, False)


def test_deadlines_text(ctx: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    assert cmd_deadlines(argparse.Namespace(json=False), ctx) == 0
    assert "Keine offene Anfrage" in capsys.readouterr().out
    _add(ctx, "Spät 0001", date(2020, 2, 19))
    cmd_deadlines(argparse.Namespace(json=False), ctx)
    assert "18.03.2020  2 Tage überfällig" in capsys.readouterr().out


def test_export_all_open_writes_one_calendar(ctx: Desk, tmp_path: Path) -> None:
    first = _add(ctx, "Spät 0001", date(2020, 2, 19))
    second = _add(ctx, "Bald 0002", date(2020, 3, 2))
    _add(ctx, "Entwurf 0004", None)
    _add(ctx, "Beantwortet 0005", date(2020, 2, 1), answer=Answer(drucksache="17/1"))
    target = tmp_path / "fristen.ics"
    ctx.export_open_calendar(target)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(event["uid"]) for event in events] == [
        f"nw-kleine-anfrage-id{first}@anfragen-desk",
        f"nw-kleine-anfrage-id{second}@anfragen-desk",
    ]
    again = tmp_path / "again.ics"
    ctx.export_open_calendar(again)
    assert again.read_bytes() == target.read_bytes()


def test_verbs_parse(ctx: Desk) -> None:
    parser = argparse.ArgumentParser()
    add_deadline_verbs(parser.add_subparsers(dest="verb"))
    args = parser.parse_args(["due", "--parliament", "NW", "--kind", "kleine-anfrage",
                              "--from", "2020-02-19", "--json"])  # fmt: skip
    assert (args.verb, args.start, args.json, args.extra_days) == ("due", "2020-02-19", True, "")
    assert parser.parse_args(["deadlines"]).json is False
