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


def test_the_saarland_rule_is_marked_as_an_assumption(registry: ProfileRegistry) -> None:
    rule = registry.get("SL").kind(KA).deadline
    assert rule is not None and rule.confidence == "unconfirmed"
    assert "prüfen" in rule.note


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
