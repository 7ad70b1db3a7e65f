"""The inquiry and its parts, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desk_app.model.text import Paragraph, Text


class Status(StrEnum):
    """Name the stages of an inquiry's life."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    PUBLISHED = "published"
    ANSWERED = "answered"
    WITHDRAWN = "withdrawn"

    @property
    def is_closed(self) -> bool:
        """Tell whether an inquiry in this stage waits for nothing more (answered, withdrawn)."""
        return self in (Status.ANSWERED, Status.WITHDRAWN)


@dataclass(slots=True)
class Originator:
    """Hold one author of an inquiry: a member with their party."""

    name: str
    party: str = ""


@dataclass(slots=True)
class Question:
    """Hold one numbered question and its lettered sub-questions."""

    text: Text = field(default_factory=list)
    subquestions: list[Text] = field(default_factory=list)


@dataclass(slots=True)
class Source:
    """Hold a cited source that footnotes can share."""

    id: str
    url: str = ""
    title: str = ""
    publisher: str = ""
    accessed: date | None = None
    archive_url: str = ""


@dataclass(slots=True)
class Footnote:
    """Hold a footnote's text and the source it cites, if any."""

    id: str
    text: Text = field(default_factory=list)
    source_id: str | None = None


@dataclass(slots=True)
class Extension:
    """Record one extension of the answer deadline."""

    new_due: date | None = None
    units: int | None = None
    reason: str = ""
    agreed_by: str = ""
    granted: date | None = None


@dataclass(slots=True)
class Dates:
    """Hold the dates of an inquiry's life; the due date is computed unless overridden."""

    drafted: date | None = None
    signed: date | None = None
    submitted: date | None = None
    forwarded: date | None = None
    issued: date | None = None
    reprinted: date | None = None
    due_override: date | None = None
    extensions: list[Extension] = field(default_factory=list)
    answered: date | None = None
    answer_drucksache: str | None = None
    answer_issued: date | None = None
    # The day the user stopped following the inquiry: it no longer counts as due or overdue.
    untracked: date | None = None


DATE_FIELDS = (
    "drafted",
    "signed",
    "submitted",
    "forwarded",
    "issued",
    "reprinted",
    "due_override",
    "answered",
    "answer_issued",
    "untracked",
)


@dataclass(slots=True)
class AnswerPart:
    """Hold the answer to one or several questions answered jointly."""

    questions: list[str] = field(default_factory=list)
    text: Text = field(default_factory=list)


@dataclass(slots=True)
class Answer:
    """Hold the government's answer, split by question."""

    drucksache: str | None = None
    date: date | None = None
    ministry: str = ""
    preliminary: Text = field(default_factory=list)
    parts: list[AnswerPart] = field(default_factory=list)


@dataclass(slots=True)
class Inquiry:
    """Hold one parliamentary inquiry, from draft to answer."""

    parliament: str
    kind: str
    id: int | None = None
    term: int | None = None
    number: str | None = None
    drucksache: str | None = None
    title: Paragraph = field(default_factory=Paragraph)
    originators: list[Originator] = field(default_factory=list)
    faction: str = ""
    # How the head names the askers ("der Abgeordneten" for one woman); empty: the form's default.
    originator_intro: str = ""
    preamble: Text = field(default_factory=list)
    lead_in: str = ""
    questions: list[Question] = field(default_factory=list)
    footnotes: dict[str, Footnote] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    signature: list[str] = field(default_factory=list)
    dates: Dates = field(default_factory=Dates)
    lead_ministry: str = ""
    withdrawn: bool = False
    answer: Answer | None = None
    notes: str = ""

    @property
    def status(self) -> Status:
        """Derive the stage from the dates, the Drucksache and the answer."""
        if self.withdrawn:
            return Status.WITHDRAWN
        if self.answer is not None or self.dates.answered is not None:
            return Status.ANSWERED
        if self.drucksache or self.dates.issued is not None:
            return Status.PUBLISHED
        if self.dates.submitted is not None or self.dates.forwarded is not None:
            return Status.SUBMITTED
        return Status.DRAFT
