"""Every bundled profile's deadline rules load and compute a plausible date."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.rules.deadlines import deadline_from
from desk_app.rules.registry import ProfileRegistry
from tests.rules.conftest import BUNDLED

KA = "kleine-anfrage"
EXTRAS = ((12, 24), (12, 31))


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load(BUNDLED, BUNDLED / "does-not-exist")


def _rules(registry: ProfileRegistry) -> list[tuple[str, str]]:
    return [
        (parliament.id, kind.id)
        for parliament in registry.all()
        for kind in parliament.kinds.values()
        if kind.deadline is not None
    ]


def test_all_seventeen_parliaments_have_a_rule_for_the_kleine_anfrage(
    registry: ProfileRegistry,
) -> None:
    with_rule = {pid for pid, kind in _rules(registry) if kind == KA}
    assert with_rule == set(registry.ids())
    assert len(with_rule) == 17


def test_the_saarland_answer_is_due_one_month_after_forwarding(registry: ProfileRegistry) -> None:
    # § 58 Abs. 3 GO LT SL: forwarded on Monday 10.03.2025, due on Thursday 10.04.2025.
    deadline = deadline_from(registry.get("SL"), KA, date(2025, 3, 10))
    assert deadline.due == date(2025, 4, 10) and deadline.due.weekday() == 3
    assert deadline.rule is not None and deadline.rule.confidence == "confirmed"
    assert "§ 58" in deadline.rule.source
    # Forwarded on 31.01.2025: February has no 31st, so the month ends on Friday 28.02.2025.
    assert deadline_from(registry.get("SL"), KA, date(2025, 1, 31)).due == date(2025, 2, 28)


@pytest.mark.parametrize(
    ("pid", "kind"), _rules(ProfileRegistry.load(BUNDLED, BUNDLED / "does-not-exist"))
)
def test_every_profile_rule_computes(registry: ProfileRegistry, pid: str, kind: str) -> None:
    start = date(2025, 3, 3)
    deadline = deadline_from(registry.get(pid), kind, start, EXTRAS)
    assert deadline.rule is not None and deadline.due is not None
    assert deadline.due > start
    assert deadline.rule.source and deadline.rule.source in deadline.steps[0]
    if deadline.rule.move_to_working_day:
        assert deadline.due.weekday() < 5
