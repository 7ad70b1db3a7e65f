"""Import real papers printing inquiry and answer together, as a user would; check each answer.

The corpus holds the forms: two papers in one file (Bundestag, Saarland), one
paper interleaving question and answer (Niedersachsen, Schleswig-Holstein,
Berlin), and the Bundestag's answer alone. What a user checks after an
import: the inquiry's own number and questions, each answer under its
question, a joint answer under every question it covers, the ministry and
the dates.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desk_app.formats.read.answer.reader import is_answer_file
from desk_app.model import Inquiry, plain_text
from desk_app.rules.registry import ProfileRegistry
from desk_app.service import Desk

CORPUS = Path(__file__).parents[1] / "corpus" / "documents"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    opened = Desk(tmp_path / "desk.sqlite3")
    yield opened
    opened.close()


def imported(desk: Desk, stem: str) -> Inquiry:
    """Import a corpus document through the desk's one import and return what it stored."""
    return desk.get(desk.import_file(CORPUS / f"{stem}.txt").id)


def answers(inquiry: Inquiry) -> dict[str, str]:
    """Return each question number with the text of the answer part under it."""
    assert inquiry.answer is not None
    return {
        label: " ".join(plain_text(part.text).split())
        for part in inquiry.answer.parts
        for label in part.questions
    }


def joint(inquiry: Inquiry) -> list[list[str]]:
    assert inquiry.answer is not None
    return [part.questions for part in inquiry.answer.parts if len(part.questions) > 1]


def question(inquiry: Inquiry, number: int) -> str:
    return " ".join(plain_text(inquiry.questions[number - 1].text).split())


def test_two_bundestag_papers_give_the_inquiry_and_its_answer(desk):
    inquiry = imported(desk, "bt_21_7449_kleine_anfrage_mit_antwort")
    assert inquiry.drucksache == "21/7449" and len(inquiry.questions) == 10
    answer = inquiry.answer
    assert answer is not None
    assert answer.drucksache == "21/7652"
    assert answer.date == date(2026, 8, 17) == inquiry.dates.answer_issued
    assert "Bildung, Familie, Senioren, Frauen und Jugend" in answer.ministry
    assert joint(inquiry) == [["1", "2"], ["3", "4"], ["8", "9"]]
    by_question = answers(inquiry)
    assert sorted(by_question, key=int) == [str(n) for n in range(1, 11)]
    assert by_question["6"] == by_question["10"] == "Nein."
    assert by_question["1"] == by_question["2"]  # the joint answer stands under both
    # The inquiry's questions are the inquiry's: no answer text runs into them.
    assert "Nein" not in question(inquiry, 10)


def test_one_answer_to_all_questions_stands_under_each(desk):
    inquiry = imported(desk, "bt_21_7452_kleine_anfrage_mit_antwort")
    assert inquiry.drucksache == "21/7452" and len(inquiry.questions) == 18
    assert joint(inquiry) == [[str(n) for n in range(1, 19)]]
    assert inquiry.answer is not None
    assert plain_text(inquiry.answer.preliminary).startswith(
        "Die Bundesregierung nimmt die Vorbemerkungen der Fragesteller zur Kenntnis."
    )
    assert "Verteidigung" in inquiry.answer.ministry
    assert "beantwortet" not in question(inquiry, 18)


def test_saarland_answer_paper_after_its_inquiry(desk):
    inquiry = imported(desk, "sl_17_1331_anfrage_mit_antwort")
    assert inquiry.drucksache == "17/1331"
    answer = inquiry.answer
    assert answer is not None and answer.drucksache == "17/1374"
    assert answer.date == date(2025, 2, 6)  # the answer paper's date
    assert inquiry.dates.answer_issued == date(2025, 2, 10)  # its "Ausgegeben:"
    by_question = answers(inquiry)
    assert by_question["6"] == "Siehe Antwort zu Frage 5."
    assert by_question["8"] == "Siehe Antwort zu Frage 7."
    assert joint(inquiry) == []


def test_niedersachsen_interleaved_paper(desk):
    inquiry = imported(desk, "ni_19_11221_kleine_anfrage_mit_antwort")
    # The paper is the answer's; the inquiry has its own Drucksache, named in the head.
    assert inquiry.drucksache == "19/11029"
    answer = inquiry.answer
    assert answer is not None and answer.drucksache == "19/11221"
    assert answer.ministry.startswith("Niedersächsischen Ministeriums für Umwelt")
    assert answer.date == date(2026, 7, 20)
    assert inquiry.dates.answer_issued == date(2026, 7, 22)  # "(verteilt am …)"
    assert len(inquiry.questions) == 14 and joint(inquiry) == [["13", "14"]]
    assert answers(inquiry)["3"].startswith("Im Jahr 2024 wurden sieben Primärnester")
    assert "Primärnester und acht" not in question(inquiry, 3)


def test_answers_to_sub_questions_stay_with_their_question(desk):
    inquiry = imported(desk, "ni_19_11205_kleine_anfrage_mit_antwort")
    by_question = answers(inquiry)
    assert len(by_question) == 34
    # "Zu a und c bis e)" and "Zu b)" answer parts of question 4, not other questions.
    assert "Zu b)" in by_question["4"]
    assert joint(inquiry) == [["8", "9", "10"]]
    assert len(inquiry.questions[3].subquestions) == 6


def test_schleswig_holstein_answers_after_antwort(desk):
    inquiry = imported(desk, "sh_20_2905_kleine_anfrage_mit_antwort")
    assert inquiry.drucksache == "20/2905"
    answer = inquiry.answer
    assert answer is not None
    assert answer.ministry == (
        "Ministerin für Allgemeine und Berufliche Bildung, Wissenschaft, Forschung und Kultur"
    )
    by_question = answers(inquiry)
    assert sorted(by_question, key=int) == ["1", "2", "3", "4", "5"]
    assert by_question["2"] == "Vgl. Antwort zu Frage 1)."


def test_berlin_frage_and_antwort_zu(desk):
    inquiry = imported(desk, "be_19_10006_schriftliche_anfrage_mit_antwort")
    assert inquiry.drucksache == "19/10006" and len(inquiry.questions) == 6
    answer = inquiry.answer
    assert answer is not None
    assert answer.ministry == "Senatsverwaltung für Umwelt, Verkehr und Klimaschutz"
    assert answer.date == date(2021, 11, 12)
    assert plain_text(answer.preliminary).startswith("Die Schriftliche Anfrage betrifft")
    assert inquiry.preamble == []  # the Senate's letter head is no part of the inquiry
    assert answers(inquiry)["2"].startswith("Das Bezirksamt Pankow teilt hierzu mit:")


def test_bundestag_answer_alone_starts_its_inquiry(desk):
    inquiry = desk.get(desk.import_answer(CORPUS / "bt_21_235_antwort_auf_21_114.txt").id)
    assert inquiry.drucksache == "21/114" and inquiry.faction == "Die Linke"
    answer = inquiry.answer
    assert answer is not None and answer.drucksache == "21/235"
    assert answer.date == date(2025, 5, 21) and inquiry.dates.answer_issued == date(2025, 5, 22)
    assert answer.ministry == "Bundesministeriums für Wirtschaft und Energie"
    assert sorted(answers(inquiry), key=int) == ["1", "2", "3", "4", "5", "6"]
    assert joint(inquiry) == []


def test_an_inquiry_alone_is_no_answer(registry: ProfileRegistry):
    assert not is_answer_file(CORPUS / "bt_21_114_kleine_anfrage.txt", registry)
    assert not is_answer_file(CORPUS / "bt_21_882_grosse_anfrage.txt", registry)
    assert is_answer_file(CORPUS / "bt_21_7449_kleine_anfrage_mit_antwort.txt", registry)


# Forms the corpus has no real paper of yet, written out in the parliaments' wording.

BADEN_WUERTTEMBERG = """Landtag von Baden-Württemberg Drucksache 17/1234
17. Wahlperiode 01.03.2022

Kleine Anfrage
des Abg. Max Muster CDU

und

Antwort
des Ministeriums für Verkehr

Radwege im Landkreis

Kleine Anfrage

Ich frage die Landesregierung:

1. Wie viele Radwege gibt es im Landkreis?

2. Welche Radwege sind geplant?

01.02.2022

Muster CDU

Begründung

Die Radwege sind wichtig.

Antwort

Mit Schreiben vom 28. Februar 2022 Nr. VM2-0141.5-12/3 beantwortet das Ministerium für
Verkehr die Kleine Anfrage wie folgt:

Zu 1.:

Es sind zwölf.

Zu 2.:

Keine.
"""

BAYERN = """Bayerischer Landtag Drucksache 19/1234
19. Wahlperiode 01.03.2024

Schriftliche Anfrage
der Abgeordneten Anna Muster GRÜNE
vom 12.01.2024

Radwege in Oberbayern

Die Staatsregierung wird gefragt:

1.1 Wie viele Radwege gibt es?

1.2 Wie lang sind sie?

2.1 Welche Radwege sind geplant?

Antwort
des Staatsministeriums für Wohnen, Bau und Verkehr
vom 20.02.2024

Zu 1.1:
Es sind zwölf.

Zu 1.2:
Zusammen 40 km.

Zu 2.1:
Keine.
"""


def _written(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "antwort.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_all_questions_first_then_the_answers_by_number(desk, tmp_path):
    # Baden-Württemberg: the questions, the Begründung, then "Antwort" and "Zu 1.:".
    inquiry = desk.get(desk.import_file(_written(tmp_path, BADEN_WUERTTEMBERG)).id)
    assert len(inquiry.questions) == 2
    assert answers(inquiry) == {"1": "Es sind zwölf.", "2": "Keine."}
    assert joint(inquiry) == []  # the text between questions and answers answers nothing
    assert inquiry.answer is not None
    assert inquiry.answer.ministry in ("Ministerium für Verkehr", "Ministeriums für Verkehr")
    assert inquiry.answer.date == date(2022, 2, 28)


def test_answers_to_numbered_parts_of_a_question_are_one_answer(desk, tmp_path):
    # Bayern: "1.1", "1.2" are parts of question 1; "Zu 1.1:" and "Zu 1.2:" answer it.
    inquiry = desk.get(desk.import_file(_written(tmp_path, BAYERN)).id)
    assert len(inquiry.questions) == 2
    assert answers(inquiry) == {"1": "Es sind zwölf. Zusammen 40 km.", "2": "Keine."}
    assert inquiry.answer is not None
    assert inquiry.answer.ministry == "Staatsministeriums für Wohnen, Bau und Verkehr"
    assert inquiry.answer.date == date(2024, 2, 20)


THUERINGEN = """Thüringer Landtag Drucksache 7/5555
7. Wahlperiode 10.03.2023

Antwort

des Thüringer Ministeriums für Infrastruktur und Landwirtschaft

auf die Kleine Anfrage 7/1980 des Abgeordneten Max Muster (CDU)

Radwege im Ilm-Kreis

Die Kleine Anfrage 7/1980 hat folgenden Wortlaut:

Im Ilm-Kreis fehlen Radwege.

Ich frage die Landesregierung:

1. Wie viele Radwege gibt es?

2. Welche Radwege sind geplant?

Das Thüringer Ministerium für Infrastruktur und Landwirtschaft hat die Kleine Anfrage namens
der Landesregierung mit Schreiben vom 8. März 2023 wie folgt beantwortet:

Zu 1.:

Es sind zwölf.

Zu 2.:

Keine.

Mit freundlichen Grüßen
Max Minister
"""


def test_answer_quoting_the_inquiry_word_for_word(desk, tmp_path):
    # Thüringen: "Die Kleine Anfrage … hat folgenden Wortlaut:", the sender's sentence, "Zu 1.:".
    inquiry = desk.get(desk.import_answer(_written(tmp_path, THUERINGEN)).id)
    assert inquiry.number == "7/1980" and inquiry.title.inlines
    assert plain_text(inquiry.preamble).startswith("Im Ilm-Kreis fehlen Radwege.")
    assert answers(inquiry) == {"1": "Es sind zwölf.", "2": "Keine."}  # no signature in it
    assert inquiry.answer is not None
    assert "Ministeri" in inquiry.answer.ministry
    assert inquiry.answer.date == date(2023, 3, 8)
