"""Find dates of an inquiry's life that contradict each other (an answer before the question)."""

from __future__ import annotations

from desk_app.model.inquiry import Dates

# Only orders every parliament keeps: the Drucksache of the inquiry may be
# printed after its answer, and `drafted` is the day the desk created the
# record, which for an imported old inquiry lies after everything else.
ORDER = (
    ("signed", "submitted"),
    ("submitted", "forwarded"),
    ("submitted", "answered"),
    ("forwarded", "answered"),
    ("answered", "answer_issued"),
)
NAMES = {
    "signed": "Unterzeichnung",
    "submitted": "Einreichung",
    "forwarded": "Weiterleitung",
    "answered": "Antwort",
    "answer_issued": "Ausgabe der Antwort",
}


def date_contradictions(dates: Dates, only: str | None = None) -> list[str]:
    """Return one German sentence per pair of dates in the wrong order (only those with `only`)."""
    found = []
    for earlier, later in ORDER:
        if only is not None and only not in (earlier, later):
            continue
        first, second = getattr(dates, earlier), getattr(dates, later)
        if first is not None and second is not None and first > second:
            found.append(
                f"Die {NAMES[earlier]} ({first:%d.%m.%Y}) liegt nach der "
                f"{NAMES[later]} ({second:%d.%m.%Y})."
            )
    return found
