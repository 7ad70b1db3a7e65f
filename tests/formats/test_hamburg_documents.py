"""Hamburg's Schriftliche Kleine Anfragen import whole: archive Markdown, page furniture."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desk_app.formats.read.pages.furniture import furniture_rules
from desk_app.formats.read.result import Confidence
from desk_app.formats.read.text.archives import find_archive
from desk_app.formats.read.text.reader import from_text
from desk_app.model import plain, plain_text
from desk_app.rules.registry import ProfileRegistry

CORPUS = Path(__file__).parent.parent / "corpus" / "documents"
HEITMANN = CORPUS / "hh_23_4418_schriftliche_kleine_anfrage_mit_antwort.txt"
KLEINERT = CORPUS / "hh_23_1309_schriftliche_kleine_anfrage_mit_antwort.txt"
CELIK = CORPUS / "hh_22_12339_schriftliche_kleine_anfrage_mit_antwort.txt"
NACHFRAGE = CORPUS / "hh_23_4557_schriftliche_kleine_anfrage_mit_antwort.txt"


def read(registry: ProfileRegistry, text: str):
    return from_text(text, registry)


def test_the_archive_document_names_its_parliament_kind_and_identity(registry):
    result = read(registry, HEITMANN.read_text())
    inquiry = result.inquiry
    assert (inquiry.parliament, inquiry.kind, inquiry.term) == ("HH", "kleine-anfrage", 23)
    assert inquiry.drucksache == "23/4418"
    assert inquiry.dates.signed == date(2026, 6, 11)  # "vom 11.06.26": a two-digit year
    assert inquiry.dates.issued == date(2026, 6, 19)
    assert plain(inquiry.title.inlines).startswith("Auffindbarkeit im Transparenzportal Hamburg")
    assert [(p.name, p.party) for p in inquiry.originators] == [("Peggy Heitmann", "AfD")]
    assert "Parlament: Hamburgische Bürgerschaft (aus dem Text erkannt)" in result.recognised


def test_the_preamble_lead_in_and_lettered_subquestions_are_the_inquirys(registry):
    inquiry = read(registry, HEITMANN.read_text()).inquiry
    assert plain_text(inquiry.preamble).startswith("Das Transparenzportal Hamburg ist")
    assert inquiry.lead_in == "Vor diesem Hintergrund frage ich den Senat:"
    assert [len(q.subquestions) for q in inquiry.questions] == [0, 2, 0, 2, 2, 0, 0, 0]
    # "Falls nein: …" is no lettered sub-question: it stays in the question's text.
    assert "Falls nein:" in plain_text(inquiry.questions[2].text)
    assert not any("Antwort zu" in plain_text(q.text) for q in inquiry.questions)


def test_each_answer_is_attached_to_the_questions_it_covers(registry):
    inquiry = read(registry, KLEINERT.read_text()).inquiry
    assert inquiry.answer is not None
    assert inquiry.answer.drucksache == "23/1309"  # the question's own Drucksache
    joint = [part.questions for part in inquiry.answer.parts if len(part.questions) > 1]
    assert joint == [["8", "9"], ["12", "13"]]
    assert plain_text(inquiry.answer.preliminary).startswith("Entgegen der Darstellung")
    assert plain_text(inquiry.answer.parts[0].text).startswith("Die Daten werden nur lokal")


def test_an_answer_cue_printed_as_a_plain_line_ends_the_question(registry):
    inquiry = read(registry, NACHFRAGE.read_text()).inquiry
    assert len(inquiry.questions) == 10
    assert "Antwort zu Frage 10" not in plain_text(inquiry.questions[9].text)
    last = inquiry.answer.parts[-1] if inquiry.answer else None
    assert last is not None and last.questions == ["10"]


def test_the_party_is_kept_as_the_text_prints_it(registry):
    # The front matter says "Die Linke", the printed line "(DIE LINKE)": the text counts.
    inquiry = read(registry, CELIK.read_text()).inquiry
    assert [(p.name, p.party) for p in inquiry.originators] == [("Deniz Celik", "DIE LINKE")]
    assert inquiry.lead_in == "Ich frage den Senat:"


def test_a_front_matter_that_contradicts_the_text_is_reported_not_obeyed(registry):
    text = HEITMANN.read_text().replace('drucksache: "23/4418"', 'drucksache: "23/9999"', 1)
    result = read(registry, text)
    assert result.inquiry.drucksache == "23/4418"
    assert any("23/9999" in line and "der Text" in line for line in result.uncertain)


def test_the_front_matter_fills_what_the_text_does_not_print(registry):
    text = HEITMANN.read_text()
    heading = next(line for line in text.splitlines() if line.startswith("# Drs."))
    result = read(registry, text.replace(heading, "# Auffindbarkeit"))
    # Without the number in the heading, the Drucksache comes from the front matter, said so.
    assert result.inquiry.drucksache == "23/4418"
    assert plain(result.inquiry.title.inlines) == "Auffindbarkeit"  # the text's title counts
    # The field report calls it guessed: it was not read from the document.
    assert result.full_report.marks["drucksache"].confidence is Confidence.GUESSED
    assert result.full_report.marks["title"].confidence is Confidence.CERTAIN
    assert any("Aus dem Dateikopf übernommen: die Drucksache" in line for line in result.recognised)


def test_our_own_front_matter_is_no_archive():
    assert find_archive({"parliament": "NW", "kind": "kleine-anfrage", "term": 17}) is None
    assert find_archive({}) is None
    assert find_archive({"generator": "ska_archiv 1.0"}) is not None


def test_the_archive_is_known_by_its_keys_without_a_generator():
    values = {
        key: "x"
        for key in ("typ", "drucksache", "wahlperiode", "titel", "urheber", "datum_drucksache")
    }
    archive = find_archive(values)
    assert archive is not None and archive.name == "ska_archiv"


def test_the_buergerschafts_address_alone_names_hamburg(registry):
    text = "Quelle: https://www.buergerschaft-hh.de/parldok/dokument/104272\n\nWelche Frage?"
    detected = registry.detect(text)
    assert detected is not None and detected.id == "HH"


@pytest.mark.parametrize(
    "line",
    [
        "Drucksache 21/16339 Bürgerschaft der Freien und Hansestadt Hamburg – 21. Wahlperiode",
        "Drucksache 23/4418 Bürgerschaft der Freien und Hansestadt Hamburg – 23. Wahlperiode 2",
        "Bürgerschaft der Freien und Hansestadt Hamburg – 23. Wahlperiode Drucksache 23/4418",
        "3 Bürgerschaft der Freien und Hansestadt Hamburg – 23. Wahlperiode Drucksache 23/4418",
    ],
)
def test_the_running_headers_of_later_pages_are_furniture(registry, line):
    assert furniture_rules(registry.get("HH")).is_page_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG Drucksache 23/4418",
        "Schriftliche Kleine Anfrage der Abgeordneten Peggy Heitmann (AfD) vom 11.06.26",
        "Im Übrigen siehe Drs. 22/18178.",
    ],
)
def test_the_first_page_head_and_the_text_are_no_furniture(registry, line):
    assert not furniture_rules(registry.get("HH")).is_page_line(line)


PRINTED = CORPUS.parent / "built" / "hh_23_4418_schriftliche_kleine_anfrage_mit_antwort.txt"
HEAD = (
    "BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG Drucksache 23/4418\n23. Wahlperiode 19.06.26\n"
)
KIND_LINES = (
    "Schriftliche Kleine Anfrage\n"
    "der Abgeordneten Peggy Heitmann (AfD) vom 11.06.26\n"
    "und Antwort des Senats"
)


@pytest.mark.parametrize(
    ("printed", "shown"),
    [
        ("", ""),
        (KIND_LINES, KIND_LINES.replace("\n", " ")),  # the head line unbroken
        (
            HEAD,
            "BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG\nDrucksache\n"
            "23. Wahlperiode\n23/4418 19.06.26\n",
        ),  # the head's columns one after the other
        ("Betr.: Auffindbarkeit", "Betr.:\nAuffindbarkeit"),
    ],
)
def test_the_printed_head_gives_number_dates_originators_and_title(tmp_path, printed, shown):
    from desk_app.service import Desk

    path = tmp_path / "hh.txt"
    text = PRINTED.read_text(encoding="utf-8")
    path.write_text(text.replace(printed, shown) if printed else text, encoding="utf-8")
    desk = Desk(tmp_path / "desk.sqlite3")
    try:
        inquiry = desk.get(desk.import_file(path).id)
    finally:
        desk.close()
    assert (inquiry.parliament, inquiry.drucksache, inquiry.term) == ("HH", "23/4418", 23)
    assert (inquiry.dates.signed, inquiry.dates.issued) == (date(2026, 6, 11), date(2026, 6, 19))
    assert [(p.name, p.party) for p in inquiry.originators] == [("Peggy Heitmann", "AfD")]
    assert plain(inquiry.title.inlines).startswith("Auffindbarkeit im Transparenzportal")
    assert plain(inquiry.title.inlines).endswith("Perspektive einer semantischen Suche")
    assert inquiry.lead_in == "Vor diesem Hintergrund frage ich den Senat:"
    assert plain_text(inquiry.preamble).startswith("Das Transparenzportal Hamburg ist")


def test_a_faction_as_originator_is_read_from_the_head_line(registry):
    text = HEITMANN.read_text().replace(
        "Schriftliche Kleine Anfrage der Abgeordneten Peggy Heitmann (AfD)",
        "Große Anfrage der Fraktion DIE LINKE",
    )
    text = text.replace('urheber: ["Peggy Heitmann"]', "urheber: []")
    inquiry = read(registry, text).inquiry
    assert (inquiry.kind, inquiry.faction, inquiry.originators) == (
        "grosse-anfrage",
        "DIE LINKE",
        [],
    )


def test_an_archive_body_without_its_headings_is_read_as_foreign_text(registry):
    front = HEITMANN.read_text().split("\n---\n", 1)[0] + "\n---\n"
    body = (
        "Schriftliche Kleine Anfrage der Abgeordneten Peggy Heitmann (AfD)\n\n"
        "**Auffindbarkeit im Transparenzportal Hamburg**\n\n"
        "Das Transparenzportal Hamburg ist das zentrale Instrument.\n\n"
        "Ich frage den Senat:\n\n"
        "1. Welche Software wird eingesetzt?\n"
        "2. Wer ist verantwortlich?\n"
    )
    result = read(registry, front + body)
    inquiry = result.inquiry
    assert (inquiry.parliament, len(inquiry.questions)) == ("HH", 2)
    assert plain(inquiry.title.inlines) == "Auffindbarkeit im Transparenzportal Hamburg"
    # What the text leaves open comes from the front matter, and the report says so.
    assert (inquiry.drucksache, inquiry.dates.issued) == ("23/4418", date(2026, 6, 19))
    assert any("Fragenüberschriften" in line for line in result.uncertain)
    assert any("Aus dem Dateikopf übernommen: die Drucksache" in line for line in result.recognised)


def test_an_answers_lists_keep_their_labels(registry):
    inquiry = read(registry, KLEINERT.read_text()).inquiry
    assert inquiry.answer is not None
    third = [plain(p.inlines) for p in inquiry.answer.parts[2].text]
    assert third[1].startswith("1. Erkennung/Klassifizierung:")
    listed = [
        plain(p.inlines) for p in read(registry, CELIK.read_text()).inquiry.answer.parts[18].text
    ]
    assert listed[1] == "– Beschaffung"


def test_numbered_lists_in_preamble_and_question_are_text_not_questions(registry):
    text = HEITMANN.read_text()
    text = text.replace(
        "Vor diesem Hintergrund frage ich den Senat:",
        "Bekannt ist:\n\n1. Die Suche ist lexikalisch.\n2. Sie ist alt.\n\n"
        "Vor diesem Hintergrund frage ich den Senat:",
    )
    text = text.replace(
        "Falls nein: Seit wann",
        "Dabei interessiert:\n\n1. der Hersteller,\n2. die Version.\n\nFalls nein: Seit wann",
    )
    inquiry = read(registry, text).inquiry
    assert len(inquiry.questions) == 8
    assert "1. Die Suche ist lexikalisch." in plain_text(inquiry.preamble)
    assert inquiry.questions[2].subquestions == []
    assert "2. die Version." in plain_text(inquiry.questions[2].text)
