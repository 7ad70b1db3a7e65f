"""Every parliament's answer layout reads back: the parts and remarks survive the print."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest

from desk_app.formats.catalog import export_inquiry
from desk_app.formats.read.answer.reader import import_answer, recognise_answer
from desk_app.model import Answer, AnswerPart, Inquiry, paragraph
from tests.formats.test_parliament_forms import IDS, form_inquiry


def answered(inquiry: Inquiry) -> Inquiry:
    """Return the inquiry with an answer: a preliminary remark, 1 and 2 jointly, 3 alone."""
    inquiry.answer = Answer(
        f"{inquiry.term}/6000",
        date(2024, 6, 10),
        "Ministerin für Gesundheit",
        [paragraph("Die Regierung dankt für die Fragen.")],
        [
            AnswerPart(["1", "2"], [paragraph("Derzeit sind 1 200 Stellen unbesetzt.")]),
            AnswerPart(["3"], [paragraph("Ein neues Programm ist in Vorbereitung.")]),
        ],
    )
    inquiry.dates.answered = date(2024, 6, 7)
    inquiry.dates.submitted = date(2024, 5, 8)  # Berlin's answer title names the receipt
    return inquiry


@pytest.mark.parametrize("pid", IDS)
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_answer_layout_reads_back_into_its_parts(registry, tmp_path: Path, pid, fmt):
    inquiry = answered(form_inquiry(registry.get(pid)))
    path = tmp_path / f"antwort.{fmt}"
    path.write_bytes(export_inquiry(inquiry, fmt, registry, "answer"))
    unanswered = copy.deepcopy(inquiry)
    unanswered.answer = None
    answer = import_answer(path, unanswered, registry).inquiry.answer
    assert answer is not None and inquiry.answer is not None
    assert [(part.questions, part.text) for part in answer.parts] == [
        (part.questions, part.text) for part in inquiry.answer.parts
    ]
    assert answer.preliminary == inquiry.answer.preliminary
    assert answer.drucksache == inquiry.answer.drucksache
    # Untold, the file is recognised as an answer of this parliament.
    found = recognise_answer(path, registry, lambda key: None).inquiry
    assert (found.parliament, len(found.questions)) == (pid, 3)
