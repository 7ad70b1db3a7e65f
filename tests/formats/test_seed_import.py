"""The seed inquiry imports with everything its README lists, and exports for pandoc."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date

import pytest

from desk_app.formats.read.text.reader import ImportResult, from_text
from desk_app.formats.write.markdown.inquiry import to_markdown
from desk_app.model import FootnoteRef, Originator, Run, plain, plain_text
from desk_app.rules.registry import ProfileRegistry

URL_1 = "https://www.diakonie-rwl.de/sites/default/files/aktuelles/fw-integrationsarbeit-kommune-2019.pdf"
URL_2 = "https://www.diakonie-rwl.de/themen/migration-und-flucht/austausch-staatssekretaerin-serap-gueler"


@pytest.fixture(scope="module")
def seed(registry: ProfileRegistry, seed_text: str) -> ImportResult:
    return from_text(seed_text, registry)


def test_header_metadata(seed: ImportResult) -> None:
    inquiry = seed.inquiry
    assert (inquiry.parliament, inquiry.kind, inquiry.number, inquiry.term) == (
        "NW",
        "kleine-anfrage",
        "3417",
        17,
    )
    assert inquiry.dates.signed == inquiry.dates.issued == date(2020, 2, 19)
    assert inquiry.originators == [
        Originator("Berivan Aymaz", "BÜNDNIS 90/DIE GRÜNEN"),
        Originator("Sigrid Beer", "BÜNDNIS 90/DIE GRÜNEN"),
    ]


def test_title_is_plain_text_without_markup(seed: ImportResult) -> None:
    title = seed.inquiry.title
    assert title.inlines == [
        Run(
            "Wie bewahrt die Landesregierung bei der strategischen Neuausrichtung des "
            "Kommunalen Integrationsmanagements (KIM) das Subsidiaritätsprinzip?"
        )
    ]


def test_footer_is_removed_and_the_split_paragraph_rejoined(seed: ImportResult) -> None:
    preamble = plain_text(seed.inquiry.preamble)
    assert "Datum des Originals" not in preamble
    assert "---" not in preamble
    joined = [
        plain(p.inlines) for p in seed.inquiry.preamble if "wird Stärkung der" in plain(p.inlines)
    ]
    assert len(joined) == 1
    assert "wird Stärkung der Kooperation und Koordination auf allen Ebenen" in joined[0]
    assert joined[0].startswith("Es „handelt sich")


def test_preamble_keeps_the_paragraph_after_the_footnote_block(seed: ImportResult) -> None:
    preamble = seed.inquiry.preamble
    assert plain(preamble[0].inlines).startswith("Nordrhein-Westfalen ist geprägt")
    assert plain(preamble[-1].inlines).startswith("Die Subsidiarität gilt es weiter zu achten")
    assert len(preamble) == 13
    assert "diakonie-rwl" not in plain_text(preamble)


def test_footnote_markers_stay_in_place(seed: ImportResult) -> None:
    before = []
    for para in seed.inquiry.preamble:
        for index, item in enumerate(para.inlines):
            if isinstance(item, FootnoteRef):
                previous = para.inlines[index - 1]
                assert isinstance(previous, Run)
                before.append((item.footnote_id, previous.text))
    assert [fid for fid, _ in before] == ["1", "2", "3"]
    assert before[0][1].endswith("in ihrer Stellungnahme selbst")
    assert before[1][1].endswith("und 2022 75 Mio. Euro")
    assert before[2][1].endswith("wie stark eingebunden würden")


def test_footnotes_and_shared_sources(seed: ImportResult) -> None:
    notes = seed.inquiry.footnotes
    assert [plain_text(note.text) for note in notes.values()] == [URL_1, URL_2, URL_2]
    assert [note.source_id for note in notes.values()] == ["s1", "s2", "s2"]
    assert [source.url for source in seed.inquiry.sources.values()] == [URL_1, URL_2]


def test_lead_in_questions_and_signature(seed: ImportResult) -> None:
    inquiry = seed.inquiry
    assert inquiry.lead_in == "Vor diesem Hintergrund fragen wir die Landesregierung:"
    assert len(inquiry.questions) == 5
    assert plain_text(inquiry.questions[0].text).startswith("Welche Absprachen")
    assert plain_text(inquiry.questions[4].text).endswith("Integrationsgesetz NRW?")
    assert all(not question.subquestions for question in inquiry.questions)
    assert inquiry.signature == ["Berivan Aymaz", "Sigrid Beer"]


def test_report_says_what_was_found(seed: ImportResult) -> None:
    assert "Parlament: Landtag Nordrhein-Westfalen (aus dem Text erkannt)" in seed.report
    assert "5 Fragen, 3 Fußnoten, 2 Quellen" in seed.report
    assert "Art: Kleine Anfrage 3417" in seed.report


def test_seed_export_round_trips(seed: ImportResult, registry: ProfileRegistry) -> None:
    again = from_text(to_markdown(seed.inquiry, registry), registry)
    assert again.inquiry == seed.inquiry


def _note_texts(node: object, found: list[str]) -> None:
    """Collect the plain text of every pandoc Note, in document order."""
    if isinstance(node, dict):
        if node.get("t") == "Note":
            parts: list[str] = []
            _strings(node["c"], parts)
            found.append("".join(parts))
            return
        for value in node.values():
            _note_texts(value, found)
    elif isinstance(node, list):
        for value in node:
            _note_texts(value, found)


def _strings(node: object, parts: list[str]) -> None:
    if isinstance(node, dict):
        if node.get("t") == "Str":
            parts.append(node["c"])
        elif node.get("t") == "Link":
            _strings(node["c"][1], parts)
        else:
            _strings(node.get("c"), parts)
    elif isinstance(node, list):
        for value in node:
            _strings(value, parts)


def test_pandoc_reads_the_same_footnotes(seed: ImportResult, registry: ProfileRegistry) -> None:
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed (apt-get install pandoc); the pandoc check is skipped")
    result = subprocess.run(
        ["pandoc", "-f", "markdown", "-t", "json"],
        input=to_markdown(seed.inquiry, registry),
        capture_output=True,
        text=True,
        check=True,
    )
    document = json.loads(result.stdout)
    notes: list[str] = []
    _note_texts(document["blocks"], notes)
    assert notes == [URL_1, URL_2, URL_2]
    assert document["meta"]["parliament"]["c"] == [{"t": "Str", "c": "NW"}]
