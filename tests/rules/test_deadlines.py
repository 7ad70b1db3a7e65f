"""Worked deadline cases that anyone can check on a wall calendar.

Every expected date below was worked out by hand (weekday and holiday
dates checked with Python's `calendar` module and the published Easter date),
never with the code under test. Each row also names the expected weekday,
and `test_the_table_names_true_weekdays` checks those names with `calendar`.
Easter 2025 is 20 April: Karfreitag 18.04., Ostermontag 21.04., Christi
Himmelfahrt 29.05., Pfingstmontag 09.06., Fronleichnam 19.06.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from datetime import date

import pytest

from desk_app.model import DeskError, Extension, Inquiry
from desk_app.rules.calendar_days import ExtraDay
from desk_app.rules.deadlines import deadline_from, effective_due, start_events
from desk_app.rules.profile import DeadlineRule, Parliament
from desk_app.rules.registry import ProfileRegistry
from tests.rules.conftest import BUNDLED

CHRISTMAS_EXTRAS: tuple[ExtraDay, ...] = ((12, 24), (12, 31))
WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
KA = "kleine-anfrage"

# (case, parliament, kind, start (date of the rule's start event), extra days off,
#  expected due date, its weekday, a phrase the explanation must contain)
CASES = [
    ("NW plain 4 weeks", "NW", KA, date(2020, 2, 19), (), date(2020, 3, 18), "Mi",
     "18.03.2020 ist ein Arbeitstag in Nordrhein-Westfalen"),
    ("NW end on Fronleichnam moves", "NW", KA, date(2025, 5, 22), (), date(2025, 6, 20), "Fr",
     "19.06.2025 fällt auf Fronleichnam"),
    ("BY end on Fronleichnam moves", "BY", KA, date(2025, 5, 22), (), date(2025, 6, 20), "Fr",
     "Fronleichnam"),
    ("SN has no Fronleichnam", "SN", KA, date(2025, 5, 22), (), date(2025, 6, 19), "Do",
     "19.06.2025 ist ein Arbeitstag in Sachsen"),
    ("BE has no Fronleichnam (3 weeks)", "BE", KA, date(2025, 5, 29), (), date(2025, 6, 19), "Do",
     "19.06.2025 ist ein Arbeitstag in Berlin"),
    ("SN end on Reformationstag moves over the weekend", "SN", KA, date(2025, 10, 3), (),
     date(2025, 11, 3), "Mo", "übersprungen: 31.10. Reformationstag, 01.11. Sa, 02.11. So"),
    ("NW has no Reformationstag", "NW", KA, date(2025, 10, 3), (), date(2025, 10, 31), "Fr",
     "31.10.2025 ist ein Arbeitstag"),
    ("NW end on Allerheiligen moves", "NW", KA, date(2024, 10, 4), (), date(2024, 11, 4), "Mo",
     "01.11.2024 fällt auf Allerheiligen"),
    ("BY end on Allerheiligen moves", "BY", KA, date(2024, 10, 4), (), date(2024, 11, 4), "Mo",
     "Allerheiligen"),
    ("SN has no Allerheiligen", "SN", KA, date(2024, 10, 4), (), date(2024, 11, 1), "Fr",
     "01.11.2024 ist ein Arbeitstag in Sachsen"),
    ("end on a Saturday", "NW", KA, date(2020, 2, 1), (), date(2020, 3, 2), "Mo",
     "29.02.2020 fällt auf einen Samstag"),
    ("end on a Sunday", "NW", KA, date(2020, 2, 2), (), date(2020, 3, 2), "Mo",
     "01.03.2020 fällt auf einen Sonntag"),
    ("end on Karfreitag skips Easter", "NW", KA, date(2025, 3, 21), (), date(2025, 4, 22), "Di",
     "übersprungen: 18.04. Karfreitag, 19.04. Sa, 20.04. So, 21.04. Ostermontag"),
    ("end on Christi Himmelfahrt", "NW", KA, date(2025, 5, 1), (), date(2025, 5, 30), "Fr",
     "29.05.2025 fällt auf Christi Himmelfahrt"),
    ("end on Pfingstmontag", "NW", KA, date(2025, 5, 12), (), date(2025, 6, 10), "Di",
     "09.06.2025 fällt auf Pfingstmontag"),
    ("month-end clamp in a leap year", "NI", KA, date(2024, 1, 31), (), date(2024, 2, 29), "Do",
     "§ 188 Abs. 3 BGB"),
    ("clamped leap day on a Sunday moves", "NI", KA, date(2032, 1, 31), (), date(2032, 3, 1), "Mo",
     "29.02.2032 fällt auf einen Sonntag"),
    ("clamped month end on a Sunday moves", "NI", KA, date(2025, 10, 31), (), date(2025, 12, 1),
     "Mo", "30.11.2025 fällt auf einen Sonntag"),
    ("3 months clamp (HE Große Anfrage)", "HE", "grosse-anfrage", date(2023, 11, 30), (),
     date(2024, 2, 29), "Do", "+ 3 Monate → 29.02.2024 (Do)"),
    ("Bundestag plain 14 days", "BT", KA, date(2025, 3, 4), (), date(2025, 3, 18), "Di",
     "+ 14 Tage"),
    ("Bundestag end on Frauentag (Berlin)", "BT", KA, date(2024, 2, 23), (), date(2024, 3, 11),
     "Mo", "08.03.2024 fällt auf Frauentag (Feiertag in Berlin)"),
    ("Hamburg has no Frauentag (8 days)", "HH", KA, date(2024, 2, 29), (), date(2024, 3, 8), "Fr",
     "08.03.2024 ist ein Arbeitstag in Hamburg"),
    ("MV 20 Werktage across Christmas", "MV", KA, date(2025, 12, 10), (), date(2026, 1, 6), "Di",
     "25.12. Erster Weihnachtstag, 26.12. Zweiter Weihnachtstag, 28.12. So"),
    ("MV Werktage with 24.12. and 31.12. off", "MV", KA, date(2025, 12, 10), CHRISTMAS_EXTRAS,
     date(2026, 1, 8), "Do", "24.12. zusätzlicher freier Tag"),
    ("MV Werktage ending on a Saturday moves", "MV", KA, date(2026, 2, 5), (), date(2026, 3, 2),
     "Mo", "28.02.2026 fällt auf einen Samstag"),
]  # fmt: skip


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load(BUNDLED, BUNDLED / "does-not-exist")


def _inquiry(pid: str = "NW", kind: str = KA, **dates: date) -> Inquiry:
    inquiry = Inquiry(pid, kind)
    for name, day in dates.items():
        setattr(inquiry.dates, name, day)
    return inquiry


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_the_table_names_true_weekdays(case: tuple) -> None:
    due, weekday = case[5], case[6]
    assert WEEKDAYS[calendar.weekday(due.year, due.month, due.day)] == weekday


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_worked_cases(registry: ProfileRegistry, case: tuple) -> None:
    _, pid, kind, start, extra, due, weekday, phrase = case
    deadline = deadline_from(registry.get(pid), kind, start, extra)
    assert deadline.due == due
    assert deadline.start == start and not deadline.used_fallback
    assert any(phrase in step for step in deadline.steps), deadline.steps
    assert deadline.steps[-1] == f"Fristende: {due:%d.%m.%Y} ({weekday})"


def test_explanation_names_start_rule_source_and_confidence(registry: ProfileRegistry) -> None:
    steps = deadline_from(registry.get("NW"), KA, date(2020, 2, 19)).steps
    assert "Beginn: Weiterleitung am 19.02.2020 (Mi)" in steps
    assert "+ 4 Wochen → 18.03.2020 (Mi)" in steps
    assert "GO LT NRW §92" in steps[0] and "Sicherheit: bestätigt" in steps[0]


def test_inquiry_dates_give_the_same_deadline(registry: ProfileRegistry) -> None:
    deadline = effective_due(_inquiry(forwarded=date(2020, 2, 19)), registry)
    assert deadline.due == date(2020, 3, 18)
    assert deadline.start_event == "forwarded" and deadline.computed == date(2020, 3, 18)


def test_extension_by_units_counts_from_the_previous_end(registry: ProfileRegistry) -> None:
    inquiry = _inquiry(forwarded=date(2020, 2, 19))
    inquiry.dates.extensions = [Extension(units=2, reason="Umfang", agreed_by="MdL Beer")]
    deadline = effective_due(inquiry, registry)
    assert deadline.due == date(2020, 4, 1)  # 18.03. + 2 weeks, a Wednesday
    assert deadline.computed == date(2020, 3, 18)
    text = "\n".join(deadline.steps)
    assert "Verlängerung 1: um 2 Wochen ab dem bisherigen Fristende 18.03.2020 (Mi)" in text
    assert "Grund: Umfang; vereinbart mit: MdL Beer" in text


def test_extension_by_units_moves_off_a_holiday(registry: ProfileRegistry) -> None:
    inquiry = _inquiry(forwarded=date(2025, 2, 21))  # + 4 weeks = Fr 21.03.2025
    inquiry.dates.extensions = [Extension(units=4)]  # + 4 weeks = Karfreitag 18.04.2025
    assert effective_due(inquiry, registry).due == date(2025, 4, 22)


def test_latest_extension_sets_the_date_and_all_are_explained(registry: ProfileRegistry) -> None:
    inquiry = _inquiry(forwarded=date(2020, 2, 19))
    inquiry.dates.extensions = [
        Extension(units=2, reason="Umfang"),
        Extension(new_due=date(2020, 4, 30), reason="Abstimmung", agreed_by="Ausschuss"),
    ]
    deadline = effective_due(inquiry, registry)
    assert deadline.due == date(2020, 4, 30)
    assert sum(step.startswith("Verlängerung") for step in deadline.steps) == 2
    assert "Verlängerung 2: neues Fristende 30.04.2020 (Do)" in "\n".join(deadline.steps)


@pytest.mark.parametrize(
    ("extension", "message"),
    [
        (Extension(new_due=date(2020, 3, 10)), "vor dem bisherigen Fristende 18.03.2020"),
        (Extension(new_due=date(2020, 1, 1)), "vor dem bisherigen Fristende"),
        (Extension(units=0), "mindestens eine Einheit"),
        (Extension(units=-1), "mindestens eine Einheit"),
    ],
)
def test_extension_into_the_past_is_refused(
    registry: ProfileRegistry, extension: Extension, message: str
) -> None:
    inquiry = _inquiry(forwarded=date(2020, 2, 19))
    inquiry.dates.extensions = [extension]
    with pytest.raises(DeskError, match=message):
        effective_due(inquiry, registry)


def test_extension_before_an_earlier_extension_is_refused(registry: ProfileRegistry) -> None:
    inquiry = _inquiry(forwarded=date(2020, 2, 19))
    inquiry.dates.extensions = [
        Extension(new_due=date(2020, 4, 30)),
        Extension(new_due=date(2020, 4, 1)),
    ]
    with pytest.raises(DeskError, match=re.escape("Verlängerung 2 auf den 01.04.2020")):
        effective_due(inquiry, registry)


def test_extension_without_a_rule_date_before_the_start_is_refused(
    registry: ProfileRegistry,
) -> None:
    # Saarland's Große Anfrage has no rule on record.
    inquiry = _inquiry("SL", "grosse-anfrage", forwarded=date(2020, 2, 19))
    inquiry.dates.extensions = [Extension(new_due=date(2020, 2, 1))]
    with pytest.raises(DeskError, match="vor dem Fristbeginn"):
        effective_due(inquiry, registry)


def test_override_wins_and_is_marked(registry: ProfileRegistry) -> None:
    inquiry = _inquiry(forwarded=date(2020, 2, 19), due_override=date(2020, 3, 25))
    inquiry.dates.extensions = [Extension(units=2)]
    deadline = effective_due(inquiry, registry)
    assert deadline.due == date(2020, 3, 25) and deadline.overridden
    assert "Fristende von Hand festgelegt: 25.03.2020 (Mi) (berechnet wäre 01.04.2020 (Mi))" in (
        deadline.steps
    )


def test_override_before_the_start_is_refused(registry: ProfileRegistry) -> None:
    inquiry = _inquiry(forwarded=date(2020, 2, 19), due_override=date(2020, 2, 18))
    with pytest.raises(DeskError, match=re.escape("liegt vor dem Fristbeginn 19.02.2020")):
        effective_due(inquiry, registry)


def test_unknown_start_falls_back_and_says_so(registry: ProfileRegistry) -> None:
    deadline = effective_due(_inquiry(issued=date(2020, 2, 20)), registry)
    assert deadline.due == date(2020, 3, 19)  # Do 20.02. + 4 weeks = Do 19.03.
    assert deadline.used_fallback and deadline.start_event == "issued"
    text = "\n".join(deadline.steps)
    assert "Für „Weiterleitung“ ist kein Datum erfasst; ersatzweise zählt" in text
    assert "Beginn (Ersatz): Ausgabe der Drucksache am 20.02.2020 (Do)" in text


def test_a_later_event_beats_an_earlier_one(registry: ProfileRegistry) -> None:
    # NRW counts from forwarding; the issue date (later) stands in before the submission.
    inquiry = _inquiry(submitted=date(2020, 2, 12), issued=date(2020, 2, 19))
    deadline = effective_due(inquiry, registry)
    assert (deadline.start_event, deadline.due) == ("issued", date(2020, 3, 18))


def test_submission_alone_gives_a_provisional_date(registry: ProfileRegistry) -> None:
    # Wed 12.02.2020 + 4 weeks = Wed 11.03.2020; signing (earlier still) is never used.
    inquiry = _inquiry(signed=date(2020, 2, 10), submitted=date(2020, 2, 12))
    deadline = effective_due(inquiry, registry)
    assert (deadline.start_event, deadline.due) == ("submitted", date(2020, 3, 11))
    assert deadline.used_fallback
    assert "Vorläufig" in "\n".join(deadline.steps)
    assert "vermutlich später" in "\n".join(deadline.steps)


def test_signing_alone_starts_no_clock(registry: ProfileRegistry) -> None:
    deadline = effective_due(_inquiry(signed=date(2020, 2, 10)), registry)
    assert deadline.due is None and deadline.start is None
    assert "kein Datum erfasst, mit dem die Frist beginnt" in deadline.steps[-2]
    assert deadline.steps[-1] == "Fristende: noch nicht berechenbar."


def test_generic_fallback_order_after_the_rules_own(registry: ProfileRegistry) -> None:
    rule = DeadlineRule(length=2, unit="weeks", start_event="submitted")
    assert start_events(rule) == ("submitted", "forwarded", "issued")
    assert start_events(dataclasses.replace(rule, fallback_events=("issued",))) == (
        "submitted",
        "issued",
        "forwarded",
    )
    parliament = _with_rule(registry.get("NW"), rule)
    deadline = effective_due(_inquiry(forwarded=date(2020, 2, 19)), parliament)
    assert deadline.due == date(2020, 3, 4) and deadline.used_fallback


def test_rule_that_does_not_move_keeps_a_holiday_end(registry: ProfileRegistry) -> None:
    rule = DeadlineRule(length=4, unit="weeks", start_event="forwarded", move_to_working_day=False)
    parliament = _with_rule(registry.get("NW"), rule)
    deadline = effective_due(_inquiry(forwarded=date(2025, 5, 22)), parliament)
    assert deadline.due == date(2025, 6, 19)
    assert "verschiebt sich das Fristende trotzdem nicht" in "\n".join(deadline.steps)


def test_extra_day_off_moves_an_end(registry: ProfileRegistry) -> None:
    # BT 14 days from Mi 10.12.2025 end on Mi 24.12.2025: a working day unless the user says not.
    bundestag = registry.get("BT")
    assert deadline_from(bundestag, KA, date(2025, 12, 10)).due == date(2025, 12, 24)
    moved = deadline_from(bundestag, KA, date(2025, 12, 10), CHRISTMAS_EXTRAS)
    assert moved.due == date(2025, 12, 29)  # 24. extra, 25./26. holidays, 27./28. weekend
    assert "24.12.2025 ist ein zusätzlicher freier Tag" in "\n".join(moved.steps)


def test_kind_without_rule_explains_and_refuses_desk_due(registry: ProfileRegistry) -> None:
    deadline = effective_due(
        _inquiry("SL", "grosse-anfrage", forwarded=date(2020, 2, 19)), registry
    )
    assert deadline.due is None and deadline.rule is None
    assert deadline.steps[0].startswith("Keine Antwortfrist hinterlegt")
    with pytest.raises(DeskError, match="keine Antwortfrist hinterlegt"):
        deadline_from(registry.get("SL"), "grosse-anfrage", date(2020, 2, 19))


def test_unknown_parliament_and_kind_are_refused(registry: ProfileRegistry) -> None:
    with pytest.raises(DeskError, match="unbekannt"):
        effective_due(_inquiry("XX", forwarded=date(2020, 2, 19)), registry)
    with pytest.raises(DeskError, match="kennt die Art"):
        deadline_from(registry.get("NW"), "interpellation", date(2020, 2, 19))


def _with_rule(parliament: Parliament, rule: DeadlineRule) -> Parliament:
    kinds = dict(parliament.kinds)
    kinds[KA] = dataclasses.replace(kinds[KA], deadlines=(rule,))
    return dataclasses.replace(parliament, kinds=kinds)
