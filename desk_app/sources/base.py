"""What a parliament's documentation system gives the desk, whatever the system is.

The Bundestag's DIP is the first (desk_app.sources.dip); a Landtag's system
follows by giving the same four answers: a Drucksache by its number, a
Vorgang by its title and date, the Drucksachen of a Vorgang, and a
Drucksache's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

# The kinds of Drucksache a sync looks for, as the documentation systems name them.
ANSWER_KIND = "Antwort"
INQUIRY_KINDS = ("Kleine Anfrage", "Große Anfrage")


@dataclass(frozen=True, slots=True)
class Paper:
    """Name one Drucksache as the documentation system knows it."""

    id: str  # the system's own id, for the text
    number: str  # "21/114"
    issued: date
    kind: str  # "Kleine Anfrage", "Antwort", …
    title: str = ""
    process_ids: tuple[str, ...] = ()  # the Vorgänge it belongs to

    @property
    def is_answer(self) -> bool:
        """Tell whether this Drucksache is the government's answer."""
        return self.kind == ANSWER_KIND


@dataclass(frozen=True, slots=True)
class Process:
    """Name one Vorgang (the course of a paper through parliament) and its Drucksachen."""

    id: str
    title: str
    kind: str  # "Kleine Anfrage", …
    papers: tuple[Paper, ...] = field(default=())

    def inquiry(self) -> Paper | None:
        """Return the inquiry's own Drucksache in this Vorgang, if it has one yet."""
        return next((paper for paper in self.papers if paper.kind in INQUIRY_KINDS), None)

    def answer(self) -> Paper | None:
        """Return the answer's Drucksache in this Vorgang, if it has one yet."""
        return next((paper for paper in self.papers if paper.is_answer), None)


class DocumentSource(Protocol):
    """Look papers up in a documentation system; every failure is a DeskError in one sentence."""

    parliament: str  # the id of the parliament profile whose papers the system holds

    def find_paper(self, number: str) -> Paper | None:
        """Return the Drucksache with this number ("21/114"), or None if there is none."""

    def find_process(self, title: str, around: date, term: int | None = None) -> Process | None:
        """Return the Vorgang of an inquiry by its title, dated within a few weeks of `around`."""

    def process(self, process_id: str) -> Process:
        """Return a Vorgang with its Drucksachen, in the order of their positions."""

    def paper_text(self, paper: Paper) -> str:
        """Return a Drucksache's full text."""
