"""Working days per Land, the user's extra days off, and BGB period counting."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.model import DeskError
from desk_app.rules.calendar_days import WorkCalendar, parse_extra_days
from desk_app.rules.periods import add_months, count_period, next_working_day


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        # docs/TECH_NOTES.md: Fr 24.10.2025 + 10 Arbeitstage; Sachsen loses Reformationstag 31.10.
        ("NW", date(2025, 11, 7)),
        ("BY", date(2025, 11, 7)),
        ("SN", date(2025, 11, 10)),
    ],
)
def test_arbeitstage_skip_weekends_and_the_lands_holidays(region: str, expected: date) -> None:
    counted = count_period(date(2025, 10, 24), 10, "arbeitstage", WorkCalendar(region))
    assert counted.end == expected
    weekend = {date(2025, 10, 25), date(2025, 10, 26), date(2025, 11, 1), date(2025, 11, 2)}
    assert weekend <= {off.day for off in counted.skipped}


def test_werktage_count_saturdays() -> None:
    # Mo 02.02.2026 + 6 Werktage: Di, Mi, Do, Fr, Sa, (So skipped) Mo 09.02.
    counted = count_period(date(2026, 2, 2), 6, "werktage", WorkCalendar("MV"))
    assert counted.end == date(2026, 2, 9)
    assert [off.day for off in counted.skipped] == [date(2026, 2, 8)]


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 3, 31), 1, date(2024, 4, 30)),
        (date(2024, 11, 30), 3, date(2025, 2, 28)),
        (date(2024, 12, 15), 1, date(2025, 1, 15)),
    ],
)
def test_months_end_on_the_same_number_or_the_months_last_day(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected


def test_next_working_day_lists_what_it_passes() -> None:
    day, skipped = next_working_day(date(2025, 12, 24), WorkCalendar("NW", [(12, 24)]))
    assert day == date(2025, 12, 29)
    assert [(off.day.day, off.holiday) for off in skipped] == [
        (24, "zusätzlicher freier Tag"),
        (25, "Erster Weihnachtstag"),
        (26, "Zweiter Weihnachtstag"),
        (27, None),
        (28, None),
    ]


def test_holiday_names_are_german_and_per_land() -> None:
    assert WorkCalendar("NW").holiday(date(2025, 6, 19)) == "Fronleichnam"
    assert WorkCalendar("SN").holiday(date(2025, 6, 19)) is None
    assert WorkCalendar("BE").holiday(date(2024, 3, 8)) == "Frauentag"
    assert WorkCalendar("BY").holiday(date(2025, 8, 15)) is None  # only in some communities
    assert WorkCalendar("NW", [date(2025, 12, 31)]).holiday(date(2025, 12, 31)) is not None
    assert WorkCalendar("NW", [date(2025, 12, 31)]).holiday(date(2026, 12, 31)) is None


def test_unknown_region_is_refused() -> None:
    with pytest.raises(DeskError, match="Feiertagsregion"):
        WorkCalendar("XY")


def test_parse_extra_days() -> None:
    assert parse_extra_days("24.12., 31.12.; 02.01.2026, 1.5") == (
        (12, 24),
        (12, 31),
        date(2026, 1, 2),
        (5, 1),
    )
    assert parse_extra_days("") == ()
    assert parse_extra_days("29.02.") == ((2, 29),)


@pytest.mark.parametrize(("text", "message"), [("24-12", "kein freier Tag"), ("31.02.", "gibt es")])
def test_parse_extra_days_refuses_nonsense(text: str, message: str) -> None:
    with pytest.raises(DeskError, match=message):
        parse_extra_days(text)
