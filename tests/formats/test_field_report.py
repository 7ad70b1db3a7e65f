"""The import report field by field: real imports say per field how sure they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.formats.read.field_report import FieldEntry, field_report
from desk_app.formats.read.result import Confidence, ImportResult, Report
from desk_app.model import Inquiry, Question, paragraph
from desk_app.service import Desk, ImportOutcome

CORPUS = Path(__file__).parents[1] / "corpus"
NW_INQUIRY = CORPUS / "built" / "nw_17_3417_kleine_anfrage.txt"
NW_ANSWER = CORPUS / "built" / "nw_17_3417_antwort.txt"
BT_INQUIRY = CORPUS / "documents" / "bt_21_114_kleine_anfrage.txt"


@pytest.fixture
def desk(tmp_path: Path):
    opened = Desk(tmp_path / "fields.sqlite3")
    opened.open()
    yield opened
    opened.close()


def _by_field(outcome: ImportOutcome) -> dict[str, FieldEntry]:
    return {entry.field: entry for entry in outcome.fields}


def _assert_honest(outcome: ImportOutcome) -> None:
    """No empty value passes for certain, and every doubt names its reason."""
    for entry in outcome.fields:
        if not entry.value:
            assert entry.confidence is Confidence.MISSING, entry
        if entry.confidence is Confidence.GUESSED:
            assert entry.detail, entry


@pytest.mark.parametrize("path", [NW_INQUIRY, BT_INQUIRY], ids=["nw", "bt"])
def test_every_field_of_an_inquiry_is_reported_and_empty_ones_say_missing(desk, path):
    outcome = desk.import_file(path)
    fields = _by_field(outcome)
    assert list(fields)[:5] == ["parliament", "kind", "term", "number", "drucksache"]
    for name in ("dates.signed", "dates.issued", "title", "originators", "preamble", "lead_in"):
        assert name in fields
    for name in ("questions", "subquestions", "footnotes", "signature"):
        assert name in fields
    assert not [name for name in fields if name.startswith("answer.")]  # no answer, no rows
    assert fields["dates.answered"].confidence is Confidence.MISSING
    _assert_honest(outcome)


def test_the_nrw_inquiry_reports_what_a_user_checks(desk):
    outcome = desk.import_file(NW_INQUIRY)
    fields = _by_field(outcome)
    assert (fields["parliament"].value, fields["parliament"].confidence) == (
        "NW",
        Confidence.CERTAIN,
    )
    assert fields["drucksache"].value == "17/8765"
    assert fields["drucksache"].confidence is Confidence.CERTAIN
    assert fields["questions"].value == "5 Fragen"
    title = fields["title"]
    assert "Subsidiaritätsprinzip" in title.value or "Neuau" in title.value
    # Guessed exactly when the importer had to guess it, and then the report says so.
    guessed = any(line.startswith("Titel nur vermutet") for line in outcome.uncertain)
    assert (title.confidence is Confidence.GUESSED) == guessed
    if guessed:
        assert "Titel nur vermutet" in title.detail


def test_the_bundestag_inquiry_keeps_a_missing_title_missing(desk):
    outcome = desk.import_file(BT_INQUIRY)
    fields = _by_field(outcome)
    assert fields["parliament"].value == "BT"
    assert fields["drucksache"].value == "21/114"
    assert fields["term"].value == "21"
    title = fields["title"]
    if not outcome.inquiry.title.inlines:  # never filled with a default, never "certain"
        assert title.confidence is Confidence.MISSING and title.value == ""
        assert "Titel" in title.detail
    else:
        assert "Lithium" in title.value


def test_a_kind_the_text_does_not_name_is_guessed(desk, tmp_path):
    text = NW_INQUIRY.read_text(encoding="utf-8").replace("Kleine Anfrage 3417\n", "")
    path = tmp_path / "ohne_art.txt"
    path.write_text(text, encoding="utf-8")
    kind = _by_field(desk.import_file(path))["kind"]
    assert kind.value == "kleine-anfrage"
    assert kind.confidence is Confidence.GUESSED
    assert "angenommen" in kind.detail


def test_a_kind_the_user_gives_is_certain(desk):
    kind = _by_field(desk.import_file(NW_INQUIRY, kind="kleine-anfrage"))["kind"]
    assert kind.confidence is Confidence.CERTAIN


def test_an_answer_joined_to_its_inquiry_reports_the_answer_fields(desk):
    inquiry = desk.import_file(NW_INQUIRY)
    answer = desk.import_file(NW_ANSWER)
    assert answer.answered and answer.id == inquiry.id
    fields = _by_field(answer)
    assert "title" not in fields  # read by the first import, not by this one
    assert fields["answer.drucksache"].value == "17/9012"
    assert fields["dates.answer_drucksache"].value == "17/9012"
    assert fields["answer.joint"].value == "zu 1 und 2"
    assert fields["answer.parts"].value == "5 von 5 Fragen"
    assert fields["answer.ministry"].confidence is Confidence.CERTAIN
    _assert_honest(answer)


def _inquiry() -> Inquiry:
    inquiry = Inquiry("NW", "kleine-anfrage", term=17, drucksache="17/8765")
    inquiry.title = paragraph("Radwege in Hamm")
    inquiry.questions = [Question([paragraph("Wie viele?")])]
    inquiry.lead_in = "Ich frage die Landesregierung:"
    return inquiry


def test_an_explicit_mark_wins_over_the_value_and_the_lines():
    report = Report()
    report.doubt("Titel nur vermutet: „Radwege in Hamm“")
    report.mark("title", Confidence.CERTAIN, "aus der Kopfzeile")
    report.mark("drucksache", Confidence.GUESSED, "aus der Seitenzeile")
    fields = {entry.field: entry for entry in field_report(_inquiry(), report)}
    assert fields["title"].confidence is Confidence.CERTAIN
    assert fields["title"].detail == "aus der Kopfzeile"
    assert (fields["drucksache"].confidence, fields["drucksache"].value) == (
        Confidence.GUESSED,
        "17/8765",
    )


def test_uncertain_lines_make_their_fields_guessed_by_the_table():
    report = Report()
    report.doubt("Einleitungssatz nur an seinem Doppelpunkt erkannt: „Ich frage …“")
    report.found("Wahlperiode: 17 (aus dem Datum 19.02.2020)")
    report.title_guessed = True
    fields = {entry.field: entry for entry in field_report(_inquiry(), report)}
    assert fields["lead_in"].confidence is Confidence.GUESSED
    assert fields["term"].confidence is Confidence.GUESSED  # derived, not read
    assert fields["title"].confidence is Confidence.GUESSED  # even when the line was cut
    assert fields["questions"].confidence is Confidence.CERTAIN
    assert fields["number"].confidence is Confidence.MISSING


def test_a_mark_for_an_unknown_field_is_shown_not_dropped():
    report = Report()
    report.mark("sources", Confidence.GUESSED, "URL ohne Titel")
    entries = field_report(_inquiry(), report)
    assert entries[-1].field == "sources" and entries[-1].confidence is Confidence.GUESSED


def test_a_result_made_from_the_report_lines_still_finds_the_marks():
    report = Report()
    report.mark("title", Confidence.GUESSED, "zweite Zeile")
    result = ImportResult(_inquiry(), report.recognised, report.uncertain)
    assert result.full_report is report
    bare = ImportResult(_inquiry(), ["Titel: „x“"], ["Kein Einleitungssatz"])
    assert bare.full_report.uncertain == ["Kein Einleitungssatz"]
    assert Confidence.MISSING.value == "nicht gefunden" and Confidence.MISSING.key == "missing"
