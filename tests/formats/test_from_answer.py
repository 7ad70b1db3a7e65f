"""Answers: split by question, joint answers, the government's preliminary remark, matching."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desk_app.formats.read.answer.reader import import_answer, is_answer_file, recognise_answer
from desk_app.model import DeskError, Inquiry, Question, Status, paragraph, plain_text
from desk_app.service import Desk
from tests.formats.samples import forms
from tests.formats.samples.make_docx import make_docx
from tests.formats.samples.make_pdf import make_pdf

ANSWER_TEXT = """\
LANDTAG NORDRHEIN-WESTFALEN

Drucksache 17/2128

17\\. Wahlperiode

08.03.2018

Antwort der Landesregierung auf die Kleine Anfrage 800 vom 14. Februar 2018
des Abgeordneten Marc Herter SPD
Drucksache 17/1957

Der Minister für Arbeit, Gesundheit und Soziales hat die Kleine Anfrage 800
mit Schreiben vom 8. März 2018 namens der Landesregierung beantwortet.

Vorbemerkung der Landesregierung

Die Landesregierung misst der Schulsozialarbeit große Bedeutung bei.

Frage 1: Wie viele Stellen für Schulsozialarbeit gibt es in Hamm?

Frage 2: Wie viele davon sind befristet?

Zu 1. und 2.:

In Hamm gibt es 24 Stellen, davon 10 befristet.

Frage 3: Wer finanziert diese Stellen derzeit?

Antwort: Land und Stadt.
"""


def _files(tmp_path: Path) -> list[Path]:
    spec = forms.nw_answer()
    pdf, docx, txt = tmp_path / "a.pdf", tmp_path / "a.docx", tmp_path / "a.txt"
    pdf.write_bytes(make_pdf(spec))
    docx.write_bytes(make_docx(spec))
    txt.write_text(ANSWER_TEXT, encoding="utf-8")
    return [pdf, docx]


def _inquiry(reworded: bool = False) -> Inquiry:
    wording = [
        "Wie viele Stellen für Schulsozialarbeit gibt es in Hamm?",
        "Wie viele davon sind befristet?",
        "Wer finanziert diese Stellen derzeit?",
        "Plant die Landesregierung eine Verstetigung?",
        "Bis wann soll darüber entschieden werden?",
        "Welche Rolle spielt der Bund bei der Finanzierung?",
    ]
    if reworded:
        wording[0] = "Wie viele Stellen der Schulsozialarbeit gibt es aktuell in der Stadt Hamm?"
        wording[3], wording[5] = wording[5], wording[3]  # the answer numbers them the other way
    inquiry = Inquiry("NW", "kleine-anfrage", term=17, number="800", drucksache="17/1957")
    inquiry.title = paragraph("Wie steht es um die Schulsozialarbeit in Hamm?")
    inquiry.questions = [Question([paragraph(text)]) for text in wording]
    return inquiry


def test_answer_splits_by_question_with_joint_parts(registry, tmp_path: Path):
    for path in _files(tmp_path):
        result = import_answer(path, _inquiry(), registry)
        answer = result.inquiry.answer
        assert answer is not None and result.inquiry.status is Status.ANSWERED
        assert (answer.drucksache, answer.date) == ("17/2128", date(2018, 3, 8))
        assert answer.ministry == "Minister für Arbeit, Gesundheit und Soziales"
        assert (
            plain_text(answer.preliminary)
            == "Die Landesregierung misst der Schulsozialarbeit große Bedeutung bei."
        )
        assert [part.questions for part in answer.parts] == [["1", "2", "3"], ["4", "5"], ["6"]]
        assert "24 Stellen" in plain_text(answer.parts[0].text)
        assert result.inquiry.dates.answer_drucksache == "17/2128"
        assert result.inquiry.dates.answered == date(2018, 3, 8)
        assert not result.uncertain, (path, result.uncertain)


def test_text_answer_with_question_heads_and_answer_labels(registry, tmp_path: Path):
    path = tmp_path / "antwort.txt"
    path.write_text(ANSWER_TEXT, encoding="utf-8")
    answer = import_answer(path, _inquiry(), registry).inquiry.answer
    assert answer is not None
    assert [part.questions for part in answer.parts] == [["1", "2"], ["3"]]
    assert plain_text(answer.parts[1].text) == "Land und Stadt."


def test_reworded_and_renumbered_questions_are_matched(registry, tmp_path: Path):
    path = _files(tmp_path)[0]
    result = import_answer(path, _inquiry(reworded=True), registry)
    answer = result.inquiry.answer
    assert answer is not None
    assert [part.questions for part in answer.parts] == [["1", "2", "3"], ["6", "5"], ["4"]]
    assert any("Frage 4" in line for line in result.uncertain)


def test_answer_without_stored_inquiry_creates_it(registry, tmp_path: Path):
    result = recognise_answer(_files(tmp_path)[0], registry, lambda key: None)
    inquiry = result.inquiry
    assert (inquiry.number, inquiry.drucksache, inquiry.term) == ("800", "17/1957", 17)
    assert inquiry.originators[0].name == "Marc Herter"
    assert plain_text([inquiry.title]) == "Wie steht es um die Schulsozialarbeit in Hamm?"
    assert len(inquiry.questions) == 6
    assert "befristet finanziert" in plain_text(inquiry.preamble)


def test_answer_found_by_parliament_and_number(registry, tmp_path: Path):
    stored = _inquiry()
    stored.id = 7
    keys = []
    result = recognise_answer(_files(tmp_path)[1], registry, lambda key: keys.append(key) or stored)
    assert keys[0].parliament == "NW" and keys[0].number == "800"
    assert keys[0].drucksache == "17/1957"
    assert result.inquiry.id == 7 and result.inquiry.answer is not None
    assert stored.answer is None  # the stored object itself is not changed


def test_an_inquiry_is_no_answer(registry, tmp_path: Path):
    path = tmp_path / "anfrage.pdf"
    path.write_bytes(make_pdf(forms.nw_inquiry()))
    assert not is_answer_file(path, registry)
    with pytest.raises(DeskError):
        recognise_answer(path, registry, lambda key: None)
    assert is_answer_file(_files(tmp_path)[0], registry)


def test_the_desk_attaches_or_creates(registry, tmp_path: Path):
    desk = Desk(tmp_path / "desk.sqlite3")
    try:
        inquiry_id = desk.store.add(_inquiry())
        path = _files(tmp_path)[0]
        outcome = desk.import_answer(path)
        assert outcome.id == inquiry_id and outcome.answered
        assert desk.get(inquiry_id).answer is not None
        assert desk.import_answer(path, answer_to=inquiry_id).id == inquiry_id
        bad = tmp_path / "bad.pdf"
        bad.write_bytes(b"%PDF-1.4 kaputt")
        count = len(desk.list())
        with pytest.raises(DeskError):
            desk.import_answer(bad)
        assert len(desk.list()) == count
    finally:
        desk.close()
