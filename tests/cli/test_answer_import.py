"""`desk import ANSWER [--answer-to ID]`: the government's answer lands on its inquiry."""

from __future__ import annotations

import pytest

ANSWER = """LANDTAG NORDRHEIN-WESTFALEN
17. Wahlperiode

Drucksache 17/9012

20.03.2020

Antwort

der Landesregierung

auf die Kleine Anfrage 3417 vom 19. Februar 2020
der Abgeordneten Berivan Aymaz und Sigrid Beer BÜNDNIS 90/DIE GRÜNEN
Drucksache 17/8765

Wie bewahrt die Landesregierung bei der strategischen Neuausrichtung des Kommunalen
Integrationsmanagements (KIM) das Subsidiaritätsprinzip?

Der Minister für Kinder, Familie, Flüchtlinge und Integration hat die Kleine Anfrage 3417 mit
Schreiben vom 20. März 2020 namens der Landesregierung beantwortet.

Vorbemerkung der Landesregierung

Die Landesregierung misst der Freien Wohlfahrtspflege eine große Bedeutung bei.

1. Welche Absprachen in Bezug auf die Gesamtstrategie, Konzeption und Personal gibt es zwischen
den zuständigen Ressorts der Landesregierung und im MKFFI über eine Weiterentwicklung der
Kommunalen Integrationsarbeit, insbesondere hinsichtlich des geplanten Kommunalen
Integrationsmanagements?

2. Wie garantiert die Landesregierung auch zukünftig, dass Träger der Freien Wohlfahrtspflege von
Anfang an und auf Augenhöhe gemäß dem Subsidiaritätsprinzip in die Konzeption und in die
Entscheidungsprozesse des Kommunalen Integrationsmanagements eingebunden werden?

Die Fragen 1 und 2 werden aufgrund des Sachzusammenhangs gemeinsam beantwortet.

Die Ressorts stimmen sich regelmäßig ab; die Träger werden beteiligt.

3. Inwieweit werden die Freie Wohlfahrtspflege und die Zivilgesellschaft an dem
Neuausrichtungsprozess einschließlich der Erarbeitung der Förderrichtlinien für das Kommunale
Integrationsmanagement beteiligt?

Die Förderrichtlinien werden mit den Spitzenverbänden erörtert.

4. Welche konkreten Planungen verfolgt die Landesregierung hinsichtlich der
Landeskoordinierungsstelle Kommunalen Integrationszentren (LaKI)?

Die LaKI bleibt bestehen.

5. Welche Änderungen plant die Landesregierung am Teilhabe- und Integrationsgesetz NRW?

Derzeit keine.
"""


@pytest.fixture
def answer_file(tmp_path):
    path = tmp_path / "antwort_17_9012.txt"
    path.write_text(ANSWER, encoding="utf-8")
    return path


def _check_answered(data):
    answer = data["answer"]
    assert data["status"] == "answered"
    assert data["overdue"] is False
    assert answer["drucksache"] == "17/9012"
    assert answer["date"] == "2020-03-20"
    assert "Familie" in answer["ministry"]
    assert "große Bedeutung" in answer["preliminary"]
    by_question = {tuple(part["questions"]): part["text"] for part in answer["answers"]}
    assert "regelmäßig ab" in by_question[("1", "2")]
    assert by_question[("5",)] == "Derzeit keine."


def test_answer_to_a_given_inquiry(desk, seed_id, answer_file):
    result = desk("import", str(answer_file), "--answer-to", str(seed_id))
    assert result.status == 0, result.err
    assert result.out.strip() == str(seed_id)
    _check_answered(desk("show", str(seed_id), "--json").json())
    assert len(desk("list", "--json").json()) == 1  # no new inquiry


def test_answer_is_recognised_and_matched_by_number(desk, seed_id, answer_file):
    result = desk("import", str(answer_file))
    assert result.status == 0, result.err
    assert result.out.strip() == str(seed_id)
    _check_answered(desk("show", str(seed_id), "--json").json())


def test_answer_to_an_unknown_inquiry_changes_nothing(desk, answer_file):
    result = desk("import", str(answer_file), "--answer-to", "99")
    assert result.status == 2
    assert "99" in result.err
    assert desk("list", "--json").json() == []
