"""Find dates of an inquiry's life that contradict each other (an answer before the question)."""

from __future__ import annotations

from desk_app.i18n import N_, _
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
# One whole sentence per pair, so that each language words it its own way.
SENTENCES = {
    ("signed", "submitted"): N_(
        "Die Unterzeichnung ({first}) liegt nach der Einreichung ({second})."
    ),
    ("submitted", "forwarded"): N_(
        "Die Einreichung ({first}) liegt nach der Weiterleitung ({second})."
    ),
    ("submitted", "answered"): N_("Die Einreichung ({first}) liegt nach der Antwort ({second})."),
    ("forwarded", "answered"): N_("Die Weiterleitung ({first}) liegt nach der Antwort ({second})."),
    ("answered", "answer_issued"): N_(
        "Die Antwort ({first}) liegt nach der Ausgabe der Antwort ({second})."
    ),
}


def date_contradictions(dates: Dates, only: str | None = None) -> list[str]:
    """Return one sentence per pair of dates in the wrong order (only those with `only`)."""
    found = []
    for earlier, later in ORDER:
        if only is not None and only not in (earlier, later):
            continue
        first, second = getattr(dates, earlier), getattr(dates, later)
        if first is not None and second is not None and first > second:
            found.append(
                _(SENTENCES[earlier, later]).format(
                    first=f"{first:%d.%m.%Y}", second=f"{second:%d.%m.%Y}"
                )
            )
    return found
