"""Foreign text without our markers: the importer reads it by shape and profile wording."""

from __future__ import annotations

from datetime import date

from desk_app.formats.read.text.reader import from_text
from desk_app.model import FootnoteRef, Originator, plain, plain_text
from desk_app.rules.registry import ProfileRegistry

NRW_PLAIN = """LANDTAG NORDRHEIN-WESTFALEN
17. Wahlperiode

Drucksache 17/8765
19.02.2020

Kleine Anfrage 3418

des Abgeordneten Marc Herter SPD

**Wie geht es mit den Kommunen weiter?**

Die Landesregierung schrieb[^a] damals:

1. Alte Frage eins
2. Alte Frage zwei

Das war die alte Anfrage.

Vor diesem Hintergrund frage ich die Landesregierung:

1. Neue Frage?
   a) Unterfrage eins?
   b) Unterfrage zwei?
2. Zweite Frage,
über zwei Zeilen?

Marc Herter

[^a]: Vgl. Drs. 17/100.
"""


def test_plain_nrw_text(registry: ProfileRegistry) -> None:
    result = from_text(NRW_PLAIN, registry)
    inquiry = result.inquiry
    assert (inquiry.parliament, inquiry.number, inquiry.term, inquiry.drucksache) == (
        "NW",
        "3418",
        17,
        "17/8765",
    )
    assert inquiry.dates.issued == date(2020, 2, 19)
    assert inquiry.originators == [Originator("Marc Herter", "SPD")]
    assert plain(inquiry.title.inlines) == "Wie geht es mit den Kommunen weiter?"
    # Questions quoted in the preamble stay preamble; the lead-in picks the real ones.
    assert [plain(p.inlines) for p in inquiry.preamble] == [
        "Die Landesregierung schrieb damals:",
        "1. Alte Frage eins",
        "2. Alte Frage zwei",
        "Das war die alte Anfrage.",
    ]
    assert inquiry.preamble[0].inlines[1] == FootnoteRef("1")
    assert inquiry.lead_in == "Vor diesem Hintergrund frage ich die Landesregierung:"
    assert [plain_text(q.text) for q in inquiry.questions] == [
        "Neue Frage?",
        "Zweite Frage, über zwei Zeilen?",
    ]
    assert [plain_text(s) for s in inquiry.questions[0].subquestions] == [
        "Unterfrage eins?",
        "Unterfrage zwei?",
    ]
    assert inquiry.signature == ["Marc Herter"]
    assert plain_text(inquiry.footnotes["1"].text) == "Vgl. Drs. 17/100."
    assert inquiry.sources == {}


BUNDESTAG = """Deutscher Bundestag
20. Wahlperiode

Kleine Anfrage

der Abgeordneten Anna Beispiel, Bernd Muster und der Fraktion der CDU/CSU

Wie sicher sind Brücken?

Viele Brücken sind alt (vgl. https://example.org/bruecken).

Wir fragen die Bundesregierung:

1. Wie viele Brücken gibt es?
2. Wie viele sind marode?

Berlin, den 18. März 2025

Friedrich Merz, Alexander Dobrindt und Fraktion
"""


def test_bundestag_text_with_date_line(registry: ProfileRegistry) -> None:
    result = from_text(BUNDESTAG, registry)
    inquiry = result.inquiry
    assert (inquiry.parliament, inquiry.kind, inquiry.term) == ("BT", "kleine-anfrage", 20)
    assert [person.name for person in inquiry.originators] == ["Anna Beispiel", "Bernd Muster"]
    assert inquiry.faction == "CDU/CSU"
    assert plain(inquiry.title.inlines) == "Wie sicher sind Brücken?"
    assert any("Titel nur vermutet" in line for line in result.uncertain)
    assert len(inquiry.questions) == 2
    assert inquiry.dates.signed == date(2025, 3, 18)
    assert inquiry.signature == ["Friedrich Merz, Alexander Dobrindt und Fraktion"]


def test_questions_without_lead_in_are_found_and_doubted(registry: ProfileRegistry) -> None:
    text = "# Eine Frage zur Schule\n\nText davor.\n\n1. Erste?\n2. Zweite?\n"
    result = from_text(text, registry, parliament="NW")
    assert len(result.inquiry.questions) == 2
    assert result.inquiry.lead_in == ""
    assert result.inquiry.kind == "kleine-anfrage"
    assert "Unsicher: Kein Einleitungssatz vor den Fragen gefunden." in result.report


def test_given_kind_wins_over_the_text(registry: ProfileRegistry) -> None:
    text = "## Kleine Anfrage 12\n\n# Titel\n\nWir fragen:\n\n1. Frage?\n"
    result = from_text(text, registry, parliament="NW", kind="grosse-anfrage")
    assert result.inquiry.kind == "grosse-anfrage"
    assert any("verwendet wird „grosse-anfrage“" in line for line in result.uncertain)


def test_dangling_marker_is_dropped_and_reported(registry: ProfileRegistry) -> None:
    text = "# Titel<sup>4</sup>\n\nWir fragen:\n\n1. Frage?\n"
    result = from_text(text, registry, parliament="NW")
    assert result.inquiry.title.inlines == [result.inquiry.title.inlines[0]]
    assert any("ohne Fußnotentext" in line for line in result.uncertain)
