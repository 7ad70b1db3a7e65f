"""A real temporary store with inquiries in every deadline situation, for the list views."""

from __future__ import annotations

from datetime import date, timedelta

from desk_app.model import Inquiry, Originator, Question, paragraph
from desk_app.storage import InquiryStore

TODAY = date(2025, 3, 10)  # a Monday


def sample(
    title: str,
    parliament: str = "NW",
    kind: str = "kleine-anfrage",
    *,
    due: date | None = None,
    submitted: date | None = None,
    drucksache: str | None = None,
    number: str | None = None,
    answered: date | None = None,
    withdrawn: bool = False,
    question: str = "Wie bewertet die Landesregierung das?",
) -> Inquiry:
    """Build an inquiry whose due date is set by hand (so the store's due column is exact)."""
    inquiry = Inquiry(
        parliament=parliament,
        kind=kind,
        title=paragraph(title),
        number=number,
        drucksache=drucksache,
        originators=[Originator("Berivan Aymaz", "GRÜNE")],
        questions=[Question([paragraph(question)])],
        signature=["Berivan Aymaz"],
        withdrawn=withdrawn,
    )
    inquiry.dates.submitted = submitted
    inquiry.dates.due_override = due
    inquiry.dates.answered = answered
    return inquiry


def fill(store: InquiryStore) -> dict[str, int]:
    """Add the sample inquiries and return their ids by a short name."""
    day = TODAY - timedelta(days=30)
    samples = {
        "overdue": sample(
            "Kosten der Kita-Plätze", number="101", submitted=day, due=TODAY - timedelta(days=5)
        ),
        "soon": sample(
            "Förderung der Integrationsagenturen",
            number="102",
            submitted=day,
            due=TODAY + timedelta(days=2),
            question="Wie viele Stellen gibt es?",
        ),
        "tomorrow": sample(
            "Brückensanierung an Autobahnen",
            "BY",
            drucksache="19/123",
            submitted=day,
            due=TODAY + timedelta(days=1),
        ),
        "answered": sample(
            "Breitbandausbau",
            "BT",
            drucksache="20/555",
            submitted=day,
            due=TODAY - timedelta(days=9),
            answered=TODAY - timedelta(days=10),
        ),
        "draft": sample("Zukunft der Hochschulen", kind="grosse-anfrage"),
        "later": sample(
            "Polizeistellen im Land", "BW", submitted=day, due=TODAY + timedelta(days=40)
        ),
        "withdrawn": sample(
            "Radwege", submitted=day, due=TODAY - timedelta(days=8), withdrawn=True
        ),
    }
    return {name: store.add(inquiry) for name, inquiry in samples.items()}
