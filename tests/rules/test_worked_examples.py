"""One worked example per parliament and kind with an answer deadline, checked on a calendar.

Each case names the start (the rule's start event, usually the forwarding to the
government), the period, where it ends by the calendar and, when that day is a
Saturday, Sunday or a public holiday of the parliament's Land, the working day the
end moves to (BGB §§ 187, 188, 193). The weekdays and holidays were read off the
calendars of 2024-2026; the reasoning of each case is its test id.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from desk_app.rules.deadlines import deadline_from
from desk_app.rules.registry import ProfileRegistry
from tests.rules.conftest import BUNDLED

KA = "kleine-anfrage"
GA = "grosse-anfrage"
MON, TUE, WED, THU, FRI = range(5)


class Case(NamedTuple):
    pid: str
    kind: str
    start: date
    due: date
    weekday: int
    why: str


CASES = [
    Case(
        "BT",
        KA,
        date(2025, 4, 4),
        date(2025, 4, 22),
        TUE,
        "Fri 04.04.2025 + 14 days = Good Friday 18.04., Easter Monday 21.04. -> Tue 22.04.2025",
    ),
    Case(
        "BT",
        "schriftliche-frage",
        date(2025, 4, 24),
        date(2025, 5, 2),
        FRI,
        "Thu 24.04.2025 + 1 week = Thu 01.05. (May Day) -> Fri 02.05.2025",
    ),
    Case(
        "BW",
        KA,
        date(2025, 5, 29),
        date(2025, 6, 20),
        FRI,
        "Thu 29.05.2025 + 3 weeks = Thu 19.06. (Corpus Christi in BW) -> Fri 20.06.2025",
    ),
    Case(
        "BY",
        KA,
        date(2024, 12, 9),
        date(2025, 1, 7),
        TUE,
        "Mon 09.12.2024 + 4 weeks = Mon 06.01.2025 (Epiphany in BY), across the year -> Tue",
    ),
    Case(
        "BE",
        KA,
        date(2024, 2, 16),
        date(2024, 3, 11),
        MON,
        "Fri 16.02.2024 + 3 weeks = Fri 08.03.2024 (Women's Day in Berlin) -> Mon 11.03.2024",
    ),
    Case(
        "BB",
        KA,
        date(2025, 3, 10),
        date(2025, 4, 7),
        MON,
        "Mon 10.03.2025 + 4 weeks = Mon 07.04.2025, a working day",
    ),
    Case(
        "BB",
        GA,
        date(2025, 7, 31),
        date(2025, 11, 3),
        MON,
        "Thu 31.07.2025 + 3 months = Fri 31.10. (Reformation Day in BB) -> Mon 03.11.2025",
    ),
    Case(
        "HB",
        KA,
        date(2025, 3, 14),
        date(2025, 4, 22),
        TUE,
        "Fri 14.03.2025 + 5 weeks = Good Friday 18.04., Easter Monday 21.04. -> Tue 22.04.2025",
    ),
    Case(
        "HB",
        GA,
        date(2025, 5, 26),
        date(2025, 6, 30),
        MON,
        "Mon 26.05.2025 + 5 weeks = Mon 30.06.2025, the month's last day, a working day",
    ),
    Case(
        "HH",
        KA,
        date(2025, 12, 24),
        date(2026, 1, 2),
        FRI,
        "Wed 24.12.2025 + 8 days = Thu 01.01.2026 (New Year) -> Fri 02.01.2026",
    ),
    Case(
        "HH",
        GA,
        date(2025, 9, 1),
        date(2025, 9, 29),
        MON,
        "Mon 01.09.2025 + 4 weeks = Mon 29.09.2025, a working day",
    ),
    Case(
        "HE",
        KA,
        date(2025, 5, 8),
        date(2025, 6, 20),
        FRI,
        "Thu 08.05.2025 + 6 weeks = Thu 19.06. (Corpus Christi in HE) -> Fri 20.06.2025",
    ),
    Case(
        "HE",
        GA,
        date(2025, 1, 31),
        date(2025, 4, 30),
        WED,
        "Fri 31.01.2025 + 3 months: April has no 31st -> Wed 30.04.2025",
    ),
    Case(
        "HE",
        "auskunftsersuchen",
        date(2025, 3, 10),
        date(2025, 4, 7),
        MON,
        "Mon 10.03.2025 + 4 weeks = Mon 07.04.2025, a working day",
    ),
    Case(
        "MV",
        KA,
        date(2025, 3, 10),
        date(2025, 4, 2),
        WED,
        "Mon 10.03.2025 + 20 Werktage (Mon-Sat) from Tue 11.03. -> Wed 02.04.2025",
    ),
    Case(
        "NI",
        KA,
        date(2025, 10, 1),
        date(2025, 11, 3),
        MON,
        "Wed 01.10.2025 + 1 month = Sat 01.11. (no holiday in NI) -> Mon 03.11.2025",
    ),
    Case(
        "NW",
        KA,
        date(2025, 5, 22),
        date(2025, 6, 20),
        FRI,
        "Thu 22.05.2025 + 4 weeks = Thu 19.06. (Corpus Christi in NW) -> Fri 20.06.2025",
    ),
    Case(
        "NW",
        GA,
        date(2025, 8, 1),
        date(2025, 11, 3),
        MON,
        "Fri 01.08.2025 + a quarter (3 months) = Sat 01.11. (All Saints in NW) -> Mon 03.11.2025",
    ),
    Case(
        "RP",
        KA,
        date(2025, 3, 10),
        date(2025, 3, 31),
        MON,
        "Mon 10.03.2025 + 3 weeks = Mon 31.03.2025, the month's last day, a working day",
    ),
    Case(
        "SL",
        KA,
        date(2025, 7, 15),
        date(2025, 8, 18),
        MON,
        "Tue 15.07.2025 + 1 month = Fri 15.08. (Assumption Day in SL) -> Mon 18.08.2025",
    ),
    Case(
        "SN",
        KA,
        date(2025, 10, 22),
        date(2025, 11, 20),
        THU,
        "Wed 22.10.2025 + 4 weeks = Wed 19.11. (Day of Repentance in SN) -> Thu 20.11.2025",
    ),
    Case(
        "SN",
        GA,
        date(2025, 3, 10),
        date(2025, 5, 19),
        MON,
        "Mon 10.03.2025 + 10 weeks = Mon 19.05.2025, a working day",
    ),
    Case(
        "ST",
        KA,
        date(2024, 12, 6),
        date(2025, 1, 7),
        TUE,
        "Fri 06.12.2024 + 1 month = Mon 06.01.2025 (Epiphany in ST), across the year -> Tue",
    ),
    Case(
        "SH",
        KA,
        date(2025, 10, 17),
        date(2025, 11, 3),
        MON,
        "Fri 17.10.2025 + 2 weeks = Fri 31.10. (Reformation Day in SH) -> Mon 03.11.2025",
    ),
    Case(
        "TH",
        KA,
        date(2024, 8, 9),
        date(2024, 9, 23),
        MON,
        "Fri 09.08.2024 + 6 weeks = Fri 20.09.2024 (Children's Day in TH) -> Mon 23.09.2024",
    ),
    Case(
        "TH",
        GA,
        date(2025, 5, 30),
        date(2025, 9, 1),
        MON,
        "Fri 30.05.2025 + 3 months = Sat 30.08.2025 -> Mon 01.09.2025",
    ),
]


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load(BUNDLED, BUNDLED / "does-not-exist")


@pytest.mark.parametrize("case", CASES, ids=[f"{c.pid}-{c.kind}: {c.why}" for c in CASES])
def test_worked_example(registry: ProfileRegistry, case: Case) -> None:
    """The profile's rule gives the due date worked out by hand on the calendar."""
    deadline = deadline_from(registry.get(case.pid), case.kind, case.start)
    assert deadline.due == case.due, case.why
    assert deadline.due.weekday() == case.weekday, case.why
    assert deadline.start == case.start and not deadline.used_fallback


def test_every_answer_deadline_has_a_worked_example(registry: ProfileRegistry) -> None:
    with_rule = {
        (parliament.id, kind.id)
        for parliament in registry.all()
        for kind in parliament.kinds.values()
        if kind.deadline is not None
    }
    assert with_rule == {(case.pid, case.kind) for case in CASES}
    assert {pid for pid, _ in with_rule} == set(registry.ids())
