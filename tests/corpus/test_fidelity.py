"""The comparison itself: it says right where an import is right, and wrong where it is not."""

from __future__ import annotations

from datetime import date

from desk_app.model import Answer, AnswerPart, Footnote, Inquiry, Originator, Question
from desk_app.model.text import FootnoteRef, Paragraph, Run, paragraph
from tests.corpus.fidelity import compare


def _inquiry() -> Inquiry:
    inquiry = Inquiry(parliament="NW", kind="kleine-anfrage", term=17, drucksache="17/1")
    inquiry.title = paragraph("Wie  geht\nes?")
    inquiry.originators = [Originator("Berivan Aymaz", "BÜNDNIS 90/DIE GRÜNEN")]
    inquiry.preamble = [Paragraph([Run("Ein Satz mit Note."), FootnoteRef("n1")])]
    inquiry.footnotes = {"n1": Footnote("n1", [paragraph("https://example.org/a")])}
    inquiry.questions = [Question([paragraph("Erste Frage?")]), Question([paragraph("Zweite?")])]
    inquiry.dates.issued = date(2020, 2, 19)
    inquiry.answer = Answer(
        drucksache="17/2",
        ministry="Ministerium für Wege",
        parts=[AnswerPart(["1", "2"], [paragraph("Gemeinsam beantwortet: nein.")])],
    )
    return inquiry


def test_a_faithful_import_is_right_in_every_field():
    entry = {
        "parliament": "NW",
        "term": 17,
        "issued": date(2020, 2, 19),
        "title": "Wie geht es?",
        "parties": ["Bündnis 90/Die Grünen"],
        "preamble": "Ein Satz",
        "questions": 2,
        "question_text": {"1": "Erste Frage?$", "2": "Zweite"},
        "footnotes": 1,
        "footnote_text": {"1": "https://example.org/a$"},
        "footnote_places": {"1": "preamble"},
        "answer_ministry": ["Ministerium für Wege"],
        "preliminary": "",
        "answered": 2,
        "joint": [[1, 2]],
        "answer_text": {"2": "nein."},
        "no_furniture": ["Datum des Originals"],
    }
    result = compare("made", entry, _inquiry())
    assert result.wrong() == set()


def test_a_wrong_or_missing_value_is_wrong():
    entry = {
        "term": 18,
        "title": "Wie geht",
        "question_text": {"1": "Erste$"},
        "footnote_places": {"1": "title"},
        "joint": [],
        "answer_text": {"3": "nein."},
        "no_furniture": ["Gemeinsam"],
    }
    assert compare("made", entry, _inquiry()).wrong() == set(entry)


def test_a_refused_import_is_wrong_in_every_field():
    result = compare("refused", {"parliament": "NW", "questions": 2}, "Keine Anfrage gefunden.")
    assert result.wrong() == {"imports", "parliament", "questions"}
