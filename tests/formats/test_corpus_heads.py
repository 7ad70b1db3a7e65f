"""Real Drucksache heads read as a user checks them: title, originators and party, dates, number."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desk_app.formats.read.pages.reader import page_blocks
from desk_app.formats.read.result import Report
from desk_app.formats.read.structure.head_lines import Head, read_head
from desk_app.formats.read.structure.header import take_values
from desk_app.formats.read.structure.outline import outline
from desk_app.formats.read.structure.page_lines import strip_page_lines
from desk_app.formats.read.text.reader import from_text
from desk_app.model import plain, plain_text
from desk_app.rules.registry import ProfileRegistry

DOCUMENTS = Path(__file__).parents[1] / "corpus" / "documents"


def head_of(stem: str, pid: str, registry: ProfileRegistry) -> Head:
    """Return the head of a corpus document as the inquiry parser reads it."""
    text = (DOCUMENTS / f"{stem}.txt").read_text(encoding="utf-8")
    profile = registry.get(pid)
    report = Report()
    units, page_lines = strip_page_lines(
        outline(page_blocks(text, profile, report).blocks), profile, report
    )
    head = read_head(units, profile, report)
    number = head.header.drucksache
    for match in page_lines:
        take_values(match, head.header)
    head.header.drucksache = number or head.header.drucksache
    return head


def people(head: Head) -> list[tuple[str, str]]:
    """Return the originators as (name, party) pairs."""
    return [(person.name, person.party) for person in head.header.originators]


def title(head: Head) -> str:
    """Return the title's plain text."""
    return plain(head.title or [])


def first_words(head: Head) -> str:
    """Return the first line of the body after the head."""
    unit = head.body[0]
    return unit.lines[0] if hasattr(unit, "lines") else ""


def test_bundestag_names_wrapped_over_lines_with_the_faction(registry: ProfileRegistry) -> None:
    head = head_of("bt_21_114_kleine_anfrage", "BT", registry)
    assert title(head) == "Lithium-Abkommen mit Serbien"
    assert len(head.header.originators) == 15
    assert people(head)[0] == ("Charlotte Neuhäuser", "Die Linke")
    assert people(head)[-1] == ("Sascha Wagner", "Die Linke")
    assert head.header.faction == "Die Linke"
    assert (head.header.drucksache, head.header.term) == ("21/114", 21)
    assert head.header.dates["issued"] == date(2025, 5, 7)


def test_bundestag_title_over_two_lines_stops_at_the_preamble(registry: ProfileRegistry) -> None:
    head = head_of("bt_21_127_kleine_anfrage", "BT", registry)
    assert title(head) == (
        "Zivile Seenotrettung durch Organisationen mit Sitz in Deutschland in dem Zeitraum "
        "vom 1. Januar 2024 bis zum 31. Dezember 2024"
    )
    assert first_words(head).startswith("Mit der Kleinen Anfrage „Zivile Seenotrettung")
    assert head.header.faction == "AfD"
    assert [name for name, _ in people(head)] == ["Stephan Brandner", "Martin Hess"]


def test_bundestag_grosse_anfrage_title_shares_a_block_with_the_preamble(
    registry: ProfileRegistry,
) -> None:
    head = head_of("bt_21_882_grosse_anfrage", "BT", registry)
    assert head.header.kind == "grosse-anfrage"
    assert title(head) == "Praxis der Abschiebungshaft seit 2021 und künftige Entwicklung"
    assert first_words(head).startswith("Anfang 2024 hat der Bundestag")


def test_niedersachsen_head_gives_number_dates_and_party(registry: ProfileRegistry) -> None:
    head = head_of("ni_19_11221_kleine_anfrage_mit_antwort", "NI", registry)
    assert title(head) == (
        "Ausbreitung der Asiatischen Hornisse in Niedersachsen - aktuelle Bestandslage, "
        "Schäden und Bekämpfungsmaßnahmen"
    )
    assert people(head) == [
        ("Alfred Dannenberg", "AfD"),
        ("Dr. Ingo Kerzel", "AfD"),
        ("Ansgar Georg Schledde", "AfD"),
        ("Dennis Jahn", "AfD"),
    ]
    # The running header names the answer's Drucksache; the inquiry's is "Drs. 19/11029".
    assert head.header.drucksache == "19/11029"
    assert head.header.dates["submitted"] == date(2026, 6, 23)
    assert head.header.dates["forwarded"] == date(2026, 6, 25)
    # "Vorbemerkung der Abgeordneten" is a heading, not preamble text.
    assert first_words(head).startswith("Die Asiatische Hornisse")


def test_niedersachsen_title_keeps_its_note_marker(registry: ProfileRegistry) -> None:
    head = head_of("ni_19_11147_kleine_anfrage_mit_antwort", "NI", registry)
    assert title(head) == "Hintergründe des „Justizskandals“ um einen ehemaligen Staatsanwalt"
    assert people(head) == [("MUDr. PhDr. / Univ.Prag Jozef Rakicky", "fraktionslos")]
    assert head.header.dates["submitted"] == date(2026, 5, 7)
    assert head.header.drucksache == "19/10742"


def test_berlin_head_with_dates_and_topic_mark(registry: ProfileRegistry) -> None:
    head = head_of("be_19_10048_schriftliche_anfrage_mit_antwort", "BE", registry)
    assert title(head) == "Neubau der Turnhalle an der Grundschule an der Wuhle"
    assert people(head) == [("Alexander J. Herrmann", "CDU")]
    assert head.header.drucksache == "19/10048"
    assert head.header.dates["signed"] == date(2021, 11, 8)
    assert head.header.dates["submitted"] == date(2021, 11, 10)


def test_saarland_spaced_kind_and_betr_title(registry: ProfileRegistry) -> None:
    head = head_of("sl_17_1331_anfrage_mit_antwort", "SL", registry)
    assert head.header.kind == "kleine-anfrage"
    assert title(head) == "Konzeptvergabe und Denkmalschutz beim ehemaligen Finanzamt"
    assert people(head) == [("Jutta Schmitt-Lang", "CDU")]
    assert head.header.drucksache == "17/1331"
    # The page-1 footer "Ausgegeben: 09.01.2025" is the issue date, not the paper's date.
    assert head.header.dates["issued"] == date(2025, 1, 9)


@pytest.mark.parametrize(
    ("stem", "expected", "name"),
    [
        (
            "sh_20_2905_kleine_anfrage_mit_antwort",
            "Erteilung von Schwimmunterricht",
            "Annabell Krämer",
        ),
        (
            "sh_20_3153_kleine_anfrage_mit_antwort",
            "Städtebauförderung in Schleswig-Holstein (2025)",
            "Thomas Hölck",
        ),
    ],
)
def test_schleswig_holstein_head_with_the_answering_ministry(
    registry: ProfileRegistry, stem: str, expected: str, name: str
) -> None:
    head = head_of(stem, "SH", registry)
    assert title(head) == expected
    assert [person for person, _ in people(head)] == [name]
    assert head.header.dates["issued"].year == 2025  # printed as ISO: "2025-02-14"


def test_saarland_questions_between_section_headings(registry: ProfileRegistry) -> None:
    text = (DOCUMENTS / "sl_17_1331_anfrage_mit_antwort.txt").read_text(encoding="utf-8")
    inquiry = from_text(text.split("\f17. Wahlperiode")[0], registry).inquiry
    assert inquiry.lead_in == "Daher frage ich die Regierung des Saarlandes:"
    assert len(inquiry.questions) == 9
    assert plain_text(inquiry.questions[4].text).endswith("bereits seit 2022 hinzieht?")
