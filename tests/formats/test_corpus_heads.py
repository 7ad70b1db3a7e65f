"""Real Drucksache heads read as a user checks them: title, originators and party, dates, number."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.pages.reader import page_blocks
from desk_app.formats.read.result import Report
from desk_app.formats.read.structure.head_lines import Head, read_head
from desk_app.formats.read.structure.head_shapes import split_lines
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


# Heads in the printed forms of parliaments the corpus lacks, line for line as their text layers
# read (sources named in each profile's [reading] comment); the questions are shortened.
PRINTED_HEADS = {
    "BW": """Landtag von Baden-Württemberg Drucksache 17 / 116
17. Wahlperiode 25.5.2021
Kleine Anfrage des Abg. Bernd Gögel AfD und
Antwort des Ministeriums des Inneren, für Digitalisierung und Kommunen
Feuerwehrfinanzierung im Wahlkreis
Kleine Anfrage
Ich frage die Landesregierung:
1. Wie haben sich die Ausgaben der Gemeinden für das Feuerwehrwesen entwickelt?
2. Wie hoch waren die jährlich beantragten Fördersummen?
""",
    "HE": """HESSISCHER LANDTAG
19. Wahlperiode
Drucksache 19/1054
Kleine Anfrage
des Abg. Rentsch (FDP) vom 03.11.2014
betreffend Praxis der Landesregierung bezüglich der Beantwortung parlamentarischer Initiativen
und Antwort des Chefs der Staatskanzlei
Ich frage die Landesregierung:
1. Wie viele Kleine Anfragen gab es bis zum 31. Oktober 2014?
2. Wie viele wurden fristgerecht beantwortet?
""",
    "MV": """LANDTAG MECKLENBURG-VORPOMMERN Drucksache 6/4820
6. Wahlperiode 15.12.2015
KLEINE ANFRAGE
des Abgeordneten Tino Müller, Fraktion der AfD
Polizeieinsatz in Ueckermünde
und
ANTWORT
der Landesregierung
Die nachfolgende Frage bezieht sich auf die Antwort der Landesregierung auf Drucksache 6/4537.
1. Welche Polizeieinsätze fanden am 18.09.2015 in Ueckermünde statt?
""",
    "BY": """Bayerischer Landtag
17. Wahlperiode 28.07.2017 Drucksache 17/17297
Schriftliche Anfrage
des Abgeordneten Dr. Hans Jürgen Fahn FREIE WÄHLER
vom 15.05.2017
Entwicklungspolitische Aktivitäten der Staatsregierung 2015/2016 Teil 1
Eine Reihe von Nachfragen ergeben sich im Hinblick auf die Aktivitäten des Freistaates.
Ich frage die Staatsregierung:
1. Wie sind die Ministerpräsidentenstipendien ausgestaltet?
2. Welche Voraussetzungen müssen Stipendiaten erfüllen?
""",
    "TH": """18.08.2017 Drucksache 6/4597
Thüringer Landtag 6. Wahlperiode
K l e i n e A n f r a g e
der Abgeordneten Muhsal (AfD)
und
A n t w o r t
des Thüringer Ministeriums für Inneres und Kommunales
Islamismus in Ostthüringen - erneut nachgefragt
In der Antwort auf die Kleine Anfrage 2188 heißt es: „So werden Ermittlungen eingeleitet“.
Ich frage die Landesregierung:
1. Wie viele Ermittlungen wurden seit dem 1. Januar 2010 in Thüringen eingeleitet?
2. Wie viele der Beschuldigten waren dem islamistischen Spektrum zugeordnet?
""",
}


@pytest.mark.parametrize(
    ("pid", "expected", "originators", "number", "signed"),
    [
        ("BW", "Feuerwehrfinanzierung im Wahlkreis", [("Bernd Gögel", "AfD")], "17/116", None),
        (
            "HE",
            "Praxis der Landesregierung bezüglich der Beantwortung parlamentarischer Initiativen",
            [("Rentsch", "FDP")],
            "19/1054",
            date(2014, 11, 3),
        ),
        ("MV", "Polizeieinsatz in Ueckermünde", [("Tino Müller", "AfD")], "6/4820", None),
        (
            "BY",
            "Entwicklungspolitische Aktivitäten der Staatsregierung 2015/2016 Teil 1",
            [("Dr. Hans Jürgen Fahn", "FREIE WÄHLER")],
            "17/17297",
            date(2017, 5, 15),
        ),
        (
            "TH",
            "Islamismus in Ostthüringen - erneut nachgefragt",
            [("Muhsal", "AfD")],
            "6/4597",
            None,
        ),
    ],
)
def test_printed_heads_of_more_parliaments(
    registry: ProfileRegistry,
    pid: str,
    expected: str,
    originators: list[tuple[str, str]],
    number: str,
    signed: date | None,
) -> None:
    inquiry = from_text(PRINTED_HEADS[pid], registry, parliament=pid).inquiry
    assert plain(inquiry.title.inlines) == expected
    assert [(person.name, person.party) for person in inquiry.originators] == originators
    assert inquiry.drucksache == number
    assert inquiry.dates.signed == signed
    # The answer's line of a joint head ("und Antwort des …") is neither title nor preamble.
    assert not plain_text(inquiry.preamble[:1]).startswith(("und", "Antwort", "ANTWORT"))


def test_a_faction_alone_asks(registry: ProfileRegistry) -> None:
    text = (
        "BREMISCHE BÜRGERSCHAFT\nLandtag\n21. Wahlperiode\nDrucksache 21/100\n12.03.2024\n"
        "Kleine Anfrage der Fraktion der SPD\nWie steht es um die Häfen?\nDie Häfen sind wichtig.\n"
        "Wir fragen den Senat:\n1. Wie viele Schiffe?\n2. Wie viele Container?\n"
    )
    inquiry = from_text(text, registry, parliament="HB").inquiry
    assert (inquiry.faction, inquiry.originators) == ("SPD", [])
    assert plain(inquiry.title.inlines) == "Wie steht es um die Häfen?"
    assert len(inquiry.questions) == 2


@pytest.mark.parametrize(
    ("stem", "pid", "expected", "count"),
    [
        ("bt_21_114_kleine_anfrage", "BT", "Lithium-Abkommen mit Serbien", 15),
        (
            "ni_19_11221_kleine_anfrage_mit_antwort",
            "NI",
            "Ausbreitung der Asiatischen Hornisse in Niedersachsen - aktuelle Bestandslage, "
            "Schäden und Bekämpfungsmaßnahmen",
            4,
        ),
    ],
)
def test_head_lines_one_per_block_read_the_same(
    registry: ProfileRegistry, stem: str, pid: str, expected: str, count: int
) -> None:
    # A page reader may hand every head line over as a block of its own.
    text = (DOCUMENTS / f"{stem}.txt").read_text(encoding="utf-8")
    profile = registry.get(pid)
    report = Report()
    blocks: list[Block] = []
    for block in page_blocks(text, profile, report).blocks:
        if block.kind is BlockKind.PARAGRAPH and block.depth == 0 and len(blocks) < 40:
            blocks += [Block(BlockKind.PARAGRAPH, line) for line in split_lines(block.inlines)]
        else:
            blocks.append(block)
    units, _ = strip_page_lines(outline(blocks), profile, report)
    head = read_head(units, profile, report)
    assert plain(head.title or []) == expected
    assert len(head.header.originators) == count


def test_a_title_that_names_a_drucksache_stays_the_title(registry: ProfileRegistry) -> None:
    text = (
        "Deutscher Bundestag Drucksache 21/900\n21. Wahlperiode 01.08.2025\nKleine Anfrage\n"
        "der Abgeordneten Anna Muster und der Fraktion Die Linke\n"
        "Nachfrage zur Antwort der Bundesregierung auf Bundestagsdrucksache 21/235\n"
        "Die Antwort ließ Fragen offen.\nWir fragen die Bundesregierung:\n1. Warum?\n2. Wann?\n"
    )
    inquiry = from_text(text, registry).inquiry
    assert plain(inquiry.title.inlines) == (
        "Nachfrage zur Antwort der Bundesregierung auf Bundestagsdrucksache 21/235"
    )
    assert inquiry.drucksache == "21/900"


def test_bremen_members_and_their_faction_with_the_date_after_the_names(
    registry: ProfileRegistry,
) -> None:
    text = (
        "BREMISCHE BÜRGERSCHAFT\nLandtag\n20. Wahlperiode\nDrucksache 20/300\n"
        "Kleine Anfrage der Abgeordneten Prof. Dr. Hilz, Frau Wischhusen und Fraktion der FDP\n"
        "vom 23. Januar 2020\nBremer Wasserkraftwerk – Treibgut bleibt, Fische sterben?\n"
        "Das Kraftwerk ist alt.\nWir fragen den Senat:\n1. Wie viel Prozent?\n2. Inwieweit?\n"
    )
    inquiry = from_text(text, registry, parliament="HB").inquiry
    assert [(person.name, person.party) for person in inquiry.originators] == [
        ("Prof. Dr. Hilz", "FDP"),
        ("Frau Wischhusen", "FDP"),
    ]
    assert (inquiry.faction, inquiry.dates.signed) == ("FDP", date(2020, 1, 23))
    assert (
        plain(inquiry.title.inlines) == "Bremer Wasserkraftwerk – Treibgut bleibt, Fische sterben?"
    )


def test_a_faction_named_before_the_answer_ends_there(registry: ProfileRegistry) -> None:
    # Baden-Württemberg, Drs. 16/2640: "Große Anfrage der Fraktion der SPD und Antwort der …".
    text = (
        "Landtag von Baden-Württemberg\n16. Wahlperiode Drucksache 16 / 2640 15. 09. 2017\n"
        "Große Anfrage der Fraktion der SPD und Antwort der Landesregierung\n"
        "Aktuelle Rahmenbedingungen für die Inklusion an allgemeinbildenden Schulen\n"
        "G r o ß e A n f r a g e\nWir fragen die Landesregierung:\n1. Wie viele Schüler?\n"
        "2. Wie viele Schulen?\n"
    )
    inquiry = from_text(text, registry, parliament="BW").inquiry
    assert (inquiry.kind, inquiry.faction, inquiry.drucksache) == (
        "grosse-anfrage",
        "SPD",
        "16/2640",
    )
    assert inquiry.dates.issued == date(2017, 9, 15)
    assert plain(inquiry.title.inlines) == (
        "Aktuelle Rahmenbedingungen für die Inklusion an allgemeinbildenden Schulen"
    )
