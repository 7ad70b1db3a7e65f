"""The pieces a render plan is made of: layout names, planned questions and notes, metadata."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desk_app.model import Text

PAGE = "{page}"  # left in running headers; each exporter puts its page-number field there


class LayoutName(StrEnum):
    """Name the page layouts of an export: the inquiry as handed in or printed, or its answer."""

    SUBMISSION = "submission"
    DRUCKSACHE = "drucksache"
    ANSWER = "answer"


@dataclass(frozen=True, slots=True)
class PlannedQuestion:
    """Hold a question with its printed label and its labelled sub-questions."""

    label: str
    text: Text
    subquestions: tuple[tuple[str, Text], ...] = ()


@dataclass(frozen=True, slots=True)
class PlannedNote:
    """Hold a footnote with its derived number."""

    number: int
    footnote_id: str
    text: Text


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """Hold the document properties every export sets."""

    title: str
    author: str
    subject: str
    keywords: str
    created: date | None = None  # the earliest known date of the inquiry's life
    modified: date | None = None  # the latest
