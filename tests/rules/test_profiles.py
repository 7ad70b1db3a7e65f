"""The bundled parliament profiles load, validate and carry their sources."""

from __future__ import annotations

import re
from datetime import date

import holidays
import pytest

from desk_app.rules.profile import Confidence, DeadlineRule
from desk_app.rules.profile_loader import load_parliament
from desk_app.rules.registry import ProfileRegistry
from tests.rules.conftest import BUNDLED

IDS = ["BT", "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV", "NI", "NW", "RP", "SL", "SN", "ST"]
IDS += ["SH", "TH"]


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load(BUNDLED, BUNDLED / "does-not-exist")


def test_all_seventeen_parliaments_are_bundled(registry: ProfileRegistry) -> None:
    assert registry.ids() == sorted(IDS)


@pytest.mark.parametrize("pid", IDS)
def test_each_profile_loads_and_is_complete(pid: str) -> None:
    parliament = load_parliament(BUNDLED / pid)
    assert parliament.id == pid
    assert parliament.holidays_region in holidays.Germany.subdivisions
    assert parliament.detect_phrases and parliament.parties and parliament.source
    assert {"kleine-anfrage", "grosse-anfrage"} <= set(parliament.kinds)
    assert len(parliament.terms) >= 2
    assert parliament.terms[-1].end is None
    assert parliament.layout.font == "Liberation Sans"
    for kind in parliament.kinds.values():
        assert (BUNDLED / pid / "templates" / f"{kind.id}.toml").is_file()
        assert kind.template.kind == kind.id


def test_every_deadline_and_limit_names_its_source(registry: ProfileRegistry) -> None:
    rules = [kind.deadline for p in registry.all() for kind in p.kinds.values() if kind.deadline]
    assert len(rules) >= 17
    for rule in rules:
        assert rule.source.strip()
        assert isinstance(rule.confidence, Confidence)
    limits = [kind.limit for p in registry.all() for kind in p.kinds.values()]
    for limit in limits:
        if limit.max_questions or limit.max_subquestions or limit.max_per_month:
            assert limit.source.strip()


def test_domain_facts_are_kept_with_their_confidence(registry: ProfileRegistry) -> None:
    nw = _deadline(registry, "NW")
    assert (nw.length, nw.unit, nw.start_event, nw.confidence) == (
        4,
        "weeks",
        "forwarded",
        Confidence.CONFIRMED,
    )
    mv = _deadline(registry, "MV")
    assert (mv.length, mv.unit) == (20, "werktage")
    # Raised after reading the rules: ThürGGO § 35 (1) and GO § 90 (4); BayLTGeschO § 72 (1).
    assert _deadline(registry, "TH").confidence == Confidence.CONFIRMED
    assert _deadline(registry, "BY").confidence == Confidence.CONFIRMED
    assert _deadline(registry, "TH").source.startswith("GO Thüringer Landtag § 90 Abs. 4")
    # The Bundestag's Große Anfrage: no answer deadline, a statement within three weeks.
    grosse = registry.get("BT").kind("grosse-anfrage")
    assert grosse.deadline is None
    assert grosse.statement is not None and (grosse.statement.length, grosse.statement.unit) == (
        3,
        "weeks",
    )
    assert "GGO § 28 Abs. 3" in grosse.statement.source
    assert registry.get("SL").kind("grosse-anfrage").deadline is None
    question = registry.get("BT").kind("schriftliche-frage")
    assert question.deadline is not None and (question.deadline.length, question.deadline.unit) == (
        1,
        "weeks",
    )
    assert question.limit.max_per_month == 4
    assert registry.get("RP").kind("kleine-anfrage").limit.max_questions == 7


def test_own_kind_names_and_numbering(registry: ProfileRegistry) -> None:
    names = {pid: registry.get(pid).kind("kleine-anfrage").display_name for pid in IDS}
    assert names["BY"] == names["BE"] == "Schriftliche Anfrage"
    assert names["HH"] == "Schriftliche Kleine Anfrage"
    assert names["SL"] == "Anfrage"
    numbered = {pid for pid in IDS if registry.get(pid).kind("kleine-anfrage").numbered}
    assert {"NW", "RP", "BB"} <= numbered


def test_nw_term_for_the_seed_date_is_17(registry: ProfileRegistry) -> None:
    term = registry.get("NW").term_for(date(2020, 2, 19))
    assert term is not None and term.number == 17


def test_bayern_reads_drucksache_numbers_with_spaces(registry: ProfileRegistry) -> None:
    match = re.search(registry.get("BY").drucksache_pattern, "Drucksache 19 / 6524")
    assert match is not None and (match["term"], match["number"]) == ("19", "6524")


def _deadline(registry: ProfileRegistry, pid: str) -> DeadlineRule:
    rule = registry.get(pid).kind("kleine-anfrage").deadline
    assert rule is not None
    return rule
