"""Rules change over time: the deadline of the rule in force when the clock started.

The NW profile is copied and its Kleine Anfrage rule replaced by two dated
versions, four weeks until 31.12.2024 and six weeks from 01.01.2025. Dates
checked on a calendar: Monday 02.12.2024 + 4 weeks = Monday 30.12.2024 (a
working day in NRW); Monday 06.01.2025 + 6 weeks = Monday 17.02.2025.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from desk_app.model import DeskError, Inquiry
from desk_app.rules.deadlines import deadline_from, effective_due
from desk_app.rules.profile import Parliament
from desk_app.rules.profile_loader import load_parliament

KA = "kleine-anfrage"
_RULE_BLOCK = re.compile(
    r"^\[\[?kinds\.kleine-anfrage\.deadline\]\]?\n(?:(?!\[).*\n)*", re.MULTILINE
)
_RULE = """
length = {length}
unit = "weeks"
start_event = "forwarded"
fallback_events = ["issued"]
source = "Testregel"
confidence = "confirmed"
"""


def _with_rules(folder: Path, *tables: str) -> Parliament:
    """Replace the NW copy's Kleine Anfrage deadline by the given [[…deadline]] tables."""
    profile = folder / "parliament.toml"
    text = _RULE_BLOCK.sub("", profile.read_text(encoding="utf-8"))
    added = "".join(f"\n[[kinds.kleine-anfrage.deadline]]\n{table}" for table in tables)
    profile.write_text(text + added, encoding="utf-8")
    return load_parliament(folder)


def _two_versions(folder: Path) -> Parliament:
    return _with_rules(
        folder,
        "valid_until = 2024-12-31" + _RULE.format(length=4),
        "valid_from = 2025-01-01" + _RULE.format(length=6),
    )


def _forwarded(day: date) -> Inquiry:
    inquiry = Inquiry("NW", KA)
    inquiry.dates.forwarded = day
    return inquiry


def test_each_side_of_the_change_counts_by_its_own_rule(nw_copy: Path) -> None:
    parliament = _two_versions(nw_copy)
    before = effective_due(_forwarded(date(2024, 12, 2)), parliament)
    after = effective_due(_forwarded(date(2025, 1, 6)), parliament)
    assert before.due == date(2024, 12, 30) and before.due.weekday() == 0
    assert after.due == date(2025, 2, 17) and after.due.weekday() == 0
    assert before.rule is not None and before.rule.length == 4
    assert after.rule is not None and after.rule.length == 6


def test_the_explanation_says_which_version_was_in_force(nw_copy: Path) -> None:
    parliament = _two_versions(nw_copy)
    before = effective_due(_forwarded(date(2024, 12, 2)), parliament)
    after = deadline_from(parliament, KA, date(2025, 1, 6))
    assert (
        "Diese Fassung der Regel gilt bis 31.12.2024; sie galt am Fristbeginn 02.12.2024."
        in before.steps
    )
    assert (
        "Diese Fassung der Regel gilt ab 01.01.2025; sie galt am Fristbeginn 06.01.2025."
        in after.steps
    )


def test_the_last_day_of_the_old_rule_still_counts_by_it(nw_copy: Path) -> None:
    parliament = _two_versions(nw_copy)
    # Tuesday 31.12.2024 + 4 weeks = Tuesday 28.01.2025 (the new rule would give 11.02.).
    assert deadline_from(parliament, KA, date(2024, 12, 31)).due == date(2025, 1, 28)


def test_an_old_inquiry_keeps_its_deadline_when_a_new_rule_is_added(nw_copy: Path) -> None:
    old = _forwarded(date(2024, 12, 2))
    single = _with_rules(nw_copy, _RULE.format(length=4))
    assert effective_due(old, single).due == date(2024, 12, 30)
    assert effective_due(old, _two_versions(nw_copy)).due == date(2024, 12, 30)


def test_terms_give_the_period(nw_copy: Path) -> None:
    parliament = _with_rules(
        nw_copy,
        "until_term = 17" + _RULE.format(length=4),
        "from_term = 18" + _RULE.format(length=6),
    )
    old, new = parliament.kinds[KA].deadlines
    assert (old.valid_until, new.valid_from) == (date(2022, 5, 31), date(2022, 6, 1))
    # Wednesday 01.06.2022 (first day of the 18th term) + 6 weeks = Wednesday 13.07.2022.
    deadline = deadline_from(parliament, KA, date(2022, 6, 1))
    assert deadline.due == date(2022, 7, 13)
    assert any("ab 01.06.2022 (18. Wahlperiode)" in step for step in deadline.steps)


def test_a_start_before_every_version_uses_the_newest_and_says_so(nw_copy: Path) -> None:
    parliament = _with_rules(nw_copy, "valid_from = 2025-01-01" + _RULE.format(length=6))
    deadline = deadline_from(parliament, KA, date(2024, 12, 2))
    assert deadline.due == date(2025, 1, 13)  # Monday 02.12.2024 + 6 weeks
    assert any("keine Fassung hinterlegt" in step for step in deadline.steps)


@pytest.mark.parametrize(
    ("tables", "problem"),
    [
        (
            ("valid_until = 2024-12-31" + _RULE.format(length=4), _RULE.format(length=6)),
            "mehrere Regeln brauchen je ihren Geltungszeitraum",
        ),
        (
            (
                "valid_until = 2025-01-31" + _RULE.format(length=4),
                "valid_from = 2025-01-01" + _RULE.format(length=6),
            ),
            "überschneidet sich mit der vorigen Regel",
        ),
        (
            ("from_term = 9" + _RULE.format(length=4),),
            "nennt die unbekannte Wahlperiode 9",
        ),
        (
            ("until_term = 18" + _RULE.format(length=4),),
            "die laufende Wahlperiode 18, die kein Ende hat",
        ),
        (
            ("valid_from = 2025-01-01\nvalid_until = 2024-01-01" + _RULE.format(length=4),),
            "liegt vor dem Beginn der Geltung",
        ),
    ],
)
def test_bad_periods_are_refused_with_the_field(
    nw_copy: Path, tables: tuple[str, ...], problem: str
) -> None:
    with pytest.raises(DeskError) as caught:
        _with_rules(nw_copy, *tables)
    assert "kinds.kleine-anfrage.deadline[" in str(caught.value)
    assert problem in str(caught.value)
