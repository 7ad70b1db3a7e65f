"""`desk import` of the seed, then `desk show --json`: every field the fixture README lists."""

from __future__ import annotations


def test_seed_shows_every_field_the_fixture_readme_lists(desk, seed_id):
    shown = desk("show", str(seed_id), "--json")
    assert shown.status == 0, shown.err
    data = shown.json()
    assert (data["parliament"], data["kind"], data["number"], data["term"]) == (
        "NW",
        "kleine-anfrage",
        "3417",
        17,
    )
    assert data["dates"]["signed"] == data["dates"]["issued"] == "2020-02-19"
    assert data["originators"] == [
        {"name": "Berivan Aymaz", "party": "BÜNDNIS 90/DIE GRÜNEN"},
        {"name": "Sigrid Beer", "party": "BÜNDNIS 90/DIE GRÜNEN"},
    ]
    assert data["title"] == (
        "Wie bewahrt die Landesregierung bei der strategischen Neuausrichtung des "
        "Kommunalen Integrationsmanagements (KIM) das Subsidiaritätsprinzip?"
    )
    preamble = data["preamble"]
    assert "Datum des Originals" not in preamble
    assert "wird Stärkung der Kooperation und Koordination auf allen Ebenen" in preamble
    assert "Stellungnahme selbst[^1]." in preamble
    assert "2022 75 Mio. Euro[^2]." in preamble
    assert "eingebunden würden[^3]." in preamble
    assert preamble.rstrip().endswith("nicht ins Abseits gestellt werden.")
    assert data["lead_in"] == "Vor diesem Hintergrund fragen wir die Landesregierung:"
    assert [q["label"] for q in data["questions"]] == ["1", "2", "3", "4", "5"]
    assert data["questions"][3]["text"].startswith("Welche konkreten Planungen")
    assert data["signature"] == ["Berivan Aymaz", "Sigrid Beer"]


def test_seed_notes_two_and_three_share_one_source(desk, seed_id):
    data = desk("show", str(seed_id), "--json").json()
    notes = data["footnotes"]
    assert [note["number"] for note in notes] == [1, 2, 3]
    assert "fw-integrationsarbeit-kommune-2019.pdf" in notes[0]["text"]
    assert notes[1]["source_id"] == notes[2]["source_id"] != notes[0]["source_id"]
    shared = next(s for s in data["sources"] if s["id"] == notes[1]["source_id"])
    assert shared["url"] == (
        "https://www.diakonie-rwl.de/themen/migration-und-flucht/"
        "austausch-staatssekretaerin-serap-gueler"
    )
    assert shared["footnotes"] == [2, 3]


def test_seed_is_published_with_a_status_and_no_deadline_yet(desk, seed_id):
    data = desk("show", str(seed_id), "--json").json()
    assert data["status"] == "published"
    assert data["drucksache"] is None
    assert set(data["dates"]) >= {
        "drafted",
        "signed",
        "submitted",
        "forwarded",
        "issued",
        "due",
        "answered",
        "answer_drucksache",
    }
