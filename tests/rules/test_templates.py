"""New inquiries and originator lines follow each parliament's forms."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.model import Answer, DeskError, Inquiry, Originator, plain
from desk_app.rules.registry import ProfileRegistry
from desk_app.rules.templates import document_values, new_inquiry, originator_line
from tests.rules.conftest import BUNDLED

SEED_ORIGINATORS = (
    Originator("Berivan Aymaz", "BÜNDNIS 90/DIE GRÜNEN"),
    Originator("Sigrid Beer", "BÜNDNIS 90/DIE GRÜNEN"),
)


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load(BUNDLED, BUNDLED / "does-not-exist")


def line(registry: ProfileRegistry, pid: str, *people: Originator, faction: str = "") -> str:
    inquiry = Inquiry(parliament=pid, kind="kleine-anfrage", originators=list(people))
    inquiry.faction = faction
    return originator_line(registry.get(pid), inquiry)


def test_seed_originators_in_nrw_form(registry: ProfileRegistry) -> None:
    assert line(registry, "NW", *SEED_ORIGINATORS) == (
        "der Abgeordneten Berivan Aymaz und Sigrid Beer BÜNDNIS 90/DIE GRÜNEN"
    )


def test_one_originator_takes_the_singular(registry: ProfileRegistry) -> None:
    assert line(registry, "NW", Originator("Marc Herter", "SPD")) == (
        "des Abgeordneten Marc Herter SPD"
    )


def test_persons_are_grouped_by_party_in_order(registry: ProfileRegistry) -> None:
    people = [Originator("A", "CDU"), Originator("B", "FDP"), Originator("C", "CDU")]
    assert line(registry, "HE", *people) == "der Abgeordneten A und C (CDU) und B (FDP)"


def test_other_party_forms(registry: ProfileRegistry) -> None:
    keller = Originator("Tobias Keller", "AfD")
    assert line(registry, "SN", keller) == "des Abgeordneten Tobias Keller, AfD-Fraktion"
    assert line(registry, "BW", Originator("X", "CDU")) == "des Abg. X CDU"
    assert line(registry, "HH", Originator("Y", "FDP")) == "des Abgeordneten Y (FDP)"


def test_missing_party_leaves_the_names(registry: ProfileRegistry) -> None:
    assert line(registry, "HE", Originator("Z")) == "des Abgeordneten Z"


def test_bundestag_faction_suffix(registry: ProfileRegistry) -> None:
    people = [Originator("A", "AfD"), Originator("B", "AfD"), Originator("C", "AfD")]
    assert line(registry, "BT", *people, faction="der AfD") == (
        "der Abgeordneten A, B, C und der Fraktion der AfD"
    )


def test_a_faction_alone_as_originator(registry: ProfileRegistry) -> None:
    assert line(registry, "NW", faction="der SPD") == "der Fraktion der SPD"
    assert line(registry, "NW") == ""


def test_new_nw_inquiry_with_two_originators_is_plural(registry: ProfileRegistry) -> None:
    inquiry = new_inquiry(
        registry.get("NW"),
        "kleine-anfrage",
        SEED_ORIGINATORS,
        title="Titel",
        today=date(2020, 2, 19),
    )
    assert inquiry.parliament == "NW" and inquiry.kind == "kleine-anfrage"
    assert inquiry.term == 17
    assert inquiry.lead_in == "Vor diesem Hintergrund fragen wir die Landesregierung:"
    assert inquiry.signature == ["Berivan Aymaz", "Sigrid Beer"]
    assert plain(inquiry.title.inlines) == "Titel"
    assert inquiry.originators == list(SEED_ORIGINATORS)
    assert inquiry.originators[0] is not SEED_ORIGINATORS[0]


def test_new_nw_inquiry_with_one_originator_is_singular(registry: ProfileRegistry) -> None:
    inquiry = new_inquiry(
        registry.get("NW"), "kleine-anfrage", SEED_ORIGINATORS[:1], today=date(2024, 1, 1)
    )
    assert inquiry.term == 18
    assert inquiry.lead_in == "Vor diesem Hintergrund frage ich die Landesregierung:"


def test_new_bundestag_inquiry_signs_for_the_faction(registry: ProfileRegistry) -> None:
    inquiry = new_inquiry(
        registry.get("BT"),
        "kleine-anfrage",
        [Originator("A"), Originator("B")],
        faction="der CDU/CSU",
        today=date(2025, 4, 1),
        faction_leaders="Friedrich Merz, Alexander Dobrindt",
    )
    assert inquiry.term == 21
    assert inquiry.lead_in == "Wir fragen die Bundesregierung:"
    assert inquiry.signature == ["Friedrich Merz, Alexander Dobrindt und Fraktion"]
    unsigned = new_inquiry(registry.get("BT"), "kleine-anfrage", today=date(2025, 4, 1))
    assert unsigned.signature == []


def test_new_inquiry_for_niedersachsen_has_no_lead_in(registry: ProfileRegistry) -> None:
    inquiry = new_inquiry(registry.get("NI"), "kleine-anfrage", SEED_ORIGINATORS[:1])
    assert inquiry.lead_in == ""


def test_new_inquiry_before_any_known_term_has_no_term(registry: ProfileRegistry) -> None:
    inquiry = new_inquiry(registry.get("NW"), "kleine-anfrage", today=date(1990, 1, 1))
    assert inquiry.term is None


def test_unknown_kind_is_a_desk_error(registry: ProfileRegistry) -> None:
    with pytest.raises(DeskError, match="kennt die Art „antwort“ nicht"):
        new_inquiry(registry.get("NW"), "antwort")


def test_answer_title_of_the_nrw_example(registry: ProfileRegistry) -> None:
    from desk_app.rules.placeholders import fill

    nw = registry.get("NW")
    inquiry = new_inquiry(nw, "kleine-anfrage", [Originator("Marc Herter", "SPD")])
    inquiry.number, inquiry.drucksache = "800", "17/1957"
    inquiry.dates.signed = date(2018, 2, 14)
    title = fill(nw.kind("kleine-anfrage").template.answer_title, document_values(nw, inquiry))
    assert title == (
        "Antwort der Landesregierung auf die Kleine Anfrage 800 vom 14. Februar 2018 "
        "des Abgeordneten Marc Herter SPD Drucksache 17/1957"
    )


def test_nrw_first_page_footer(registry: ProfileRegistry) -> None:
    from desk_app.rules.placeholders import fill

    nw = registry.get("NW")
    inquiry = new_inquiry(nw, "kleine-anfrage", SEED_ORIGINATORS)
    inquiry.dates.signed = inquiry.dates.issued = date(2020, 2, 19)
    values = document_values(nw, inquiry)
    assert fill(nw.layout.first_page_footer, values) == (
        "Datum des Originals: 19.02.2020/Ausgegeben: 19.02.2020"
    )
    assert fill("Drucksache {drucksache}", values) is None


def test_answer_intro_of_the_nrw_example(registry: ProfileRegistry) -> None:
    from desk_app.rules.placeholders import fill

    nw = registry.get("NW")
    inquiry = new_inquiry(nw, "kleine-anfrage", [Originator("Marc Herter", "SPD")])
    inquiry.number = "800"
    inquiry.answer = Answer("17/2128", date(2018, 3, 13), "Ministerpräsident")
    inquiry.dates.answered = date(2018, 3, 8)
    values = document_values(nw, inquiry)
    assert (values["answer_drucksache"], values["answer_issued"]) == ("17/2128", "13.03.2018")
    assert fill(nw.kind("kleine-anfrage").template.answer_intro, values) == (
        "Der Ministerpräsident hat die Kleine Anfrage 800 mit Schreiben vom 8. März 2018 "
        "namens der Landesregierung beantwortet."
    )
