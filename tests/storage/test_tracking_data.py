"""The statistics' read: every inquiry's dates, ministries and askers, without its texts."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from desk_app.model import (
    Answer,
    AnswerPart,
    DeskError,
    Extension,
    Inquiry,
    Originator,
    Question,
    paragraph,
)
from desk_app.storage import InquiryStore


def _answered() -> Inquiry:
    inquiry = Inquiry("NW", "kleine-anfrage", term=18, title=paragraph("Radwege"))
    inquiry.questions = [Question([paragraph("Wie viele?")]) for _ in range(3)]
    inquiry.originators = [Originator("Anna Beispiel", "SPD"), Originator("Bernd Muster", "SPD")]
    inquiry.faction = "SPD"
    inquiry.lead_ministry = "Verkehrsministerium"
    inquiry.dates.forwarded = date(2024, 3, 4)
    inquiry.dates.extensions = [Extension(units=2, reason="Umfang")]
    inquiry.dates.answered = date(2024, 4, 10)
    inquiry.answer = Answer(
        drucksache="18/99",
        date=date(2024, 4, 9),
        ministry="Ministerium für Verkehr",
        preliminary=[paragraph("Vorbemerkung")],
        parts=[
            AnswerPart(["1", "2"], [paragraph("Gemeinsam beantwortet")]),
            AnswerPart(["3"], [paragraph("Einzeln")]),
        ],
    )
    return inquiry


def test_tracking_data_reads_dates_ministries_askers_and_answer_labels(
    store: InquiryStore,
) -> None:
    answered_id = store.add(_answered())
    draft_id = store.add(Inquiry("BT", "kleine-anfrage"))

    answered, draft = store.tracking_data()

    assert (answered.id, draft.id) == (answered_id, draft_id)
    assert (answered.parliament, answered.kind, answered.term) == ("NW", "kleine-anfrage", 18)
    assert answered.dates.forwarded == date(2024, 3, 4)
    assert answered.dates.answered == date(2024, 4, 10)
    assert answered.dates.extensions == [Extension(units=2, reason="Umfang")]
    assert answered.faction == "SPD"
    assert [person.name for person in answered.originators] == ["Anna Beispiel", "Bernd Muster"]
    assert answered.lead_ministry == "Verkehrsministerium"
    assert answered.answer is not None
    assert answered.answer.ministry == "Ministerium für Verkehr"
    assert answered.answer.date == date(2024, 4, 9)
    assert [part.questions for part in answered.answer.parts] == [["1", "2"], ["3"]]
    # No text is read: not the title, the questions, nor the answer's parts.
    assert answered.questions == []
    assert answered.title.inlines == []
    assert all(part.text == [] for part in answered.answer.parts)
    assert answered.answer.preliminary == []
    assert draft.answer is None
    assert draft.withdrawn is False


def test_tracking_data_reads_a_withdrawn_inquiry(store: InquiryStore) -> None:
    store.add(Inquiry("NW", "kleine-anfrage", withdrawn=True))

    (withdrawn,) = store.tracking_data()

    assert withdrawn.withdrawn is True


def test_a_broken_row_is_named_not_skipped(sqlite_store: InquiryStore) -> None:
    store = sqlite_store
    inquiry_id = store.add(Inquiry("NW", "kleine-anfrage"))
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE inquiries SET data = 'kaputt' WHERE id = ?", (inquiry_id,))

    with pytest.raises(DeskError, match=f"Anfrage {inquiry_id} ist beschädigt"):
        store.tracking_data()
