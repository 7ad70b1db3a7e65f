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


def test_bremen_term_21_began_with_the_constituent_session(registry: ProfileRegistry) -> None:
    # The Bürgerschaft met on Thursday 29.06.2023; 05.07.2023 was the Senate's election.
    terms = {term.number: term for term in registry.get("HB").terms}
    assert terms[21].start == date(2023, 6, 29) and terms[21].start.weekday() == 3
    assert terms[20].end == date(2023, 6, 28)
    assert registry.get("HB").term_for(date(2023, 7, 3)).number == 21


def test_sachsen_anhalt_and_thueringen_number_their_kleine_anfragen(
    registry: ProfileRegistry,
) -> None:
    for pid in ("ST", "TH", "NW", "RP", "BB"):
        assert registry.get(pid).kind(KA).numbered, pid
    assert "KA {term}/{number}" in registry.get("ST").kind(KA).template.kind_line
    assert "{term}/{number}" in registry.get("TH").kind(KA).template.kind_line
    # A Große Anfrage has no number in Thüringen: its kind line must not need one.
    assert "{number}" not in registry.get("TH").kind("grosse-anfrage").template.kind_line


def test_mecklenburg_vorpommern_keeps_werktage_and_says_it_is_unconfirmed(
    registry: ProfileRegistry,
) -> None:
    rule = registry.get("MV").kind(KA).deadline
    assert rule is not None and (rule.length, rule.unit) == (20, "werktage")
    assert rule.confidence == "unconfirmed" and "Arbeitstage" in rule.note


def test_the_bundestag_grosse_anfrage_has_no_answer_deadline(registry: ProfileRegistry) -> None:
    assert registry.get("BT").kind("grosse-anfrage").deadline is None


def test_sources_cite_the_rules_not_internal_notes(registry: ProfileRegistry) -> None:
    for parliament in registry.all():
        assert "DOMAIN" not in parliament.source, parliament.id
        for kind in parliament.kinds.values():
            texts = [kind.limit.source, kind.limit.note]
            if kind.deadline is not None:
                texts += [kind.deadline.source, kind.deadline.note]
            for text in texts:
                assert "DOMAIN" not in text and "laut docs" not in text, (parliament.id, kind.id)


def test_raised_and_lowered_confidence(registry: ProfileRegistry) -> None:
    def rule(pid: str, kind: str = KA):
        found = registry.get(pid).kind(kind).deadline
        assert found is not None
        return found

    confirmed = [("SH", KA), ("BE", KA), ("BY", KA), ("TH", KA), ("NW", "grosse-anfrage")]
    confirmed += [("HE", "grosse-anfrage"), ("BW", KA)]
    for pid, kind in confirmed:
        assert rule(pid, kind).confidence == "confirmed", (pid, kind)
    # Sachsen-Anhalt and Hamburg rest on accounts of the rule, not on its text.
    assert rule("ST").confidence == rule("HH").confidence == "secondary"
    assert "§ 44" in rule("ST").source and "Art. 25 Abs. 3" in rule("HH").source
    assert "§ 36 Abs. 2" in rule("SH").source
    assert "§ 90 Abs. 1" in rule("NW", "grosse-anfrage").source
    assert rule("HE", "grosse-anfrage").start_event == "forwarded"
    assert "§ 34 Abs. 3" in rule("HE", "grosse-anfrage").source


def test_niedersachsen_offers_the_kleine_anfrage_for_short_written_answers(
    registry: ProfileRegistry,
) -> None:
    kind = registry.get("NI").kind("kleine-anfrage-kurzfristig")
    assert kind.display_name == "Kleine Anfrage zur kurzfristigen schriftlichen Beantwortung"
    assert kind.limit.max_per_month == 2 and kind.limit.source
    assert kind.template.kind == "kleine-anfrage-kurzfristig"
