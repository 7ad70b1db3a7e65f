"""What the writer hands a base to package: the XML it wrote, part by part."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.formats.write.docx.numbering import QuestionList
from desk_app.formats.write.docx.page import Stories


@dataclass(frozen=True, slots=True)
class Content:
    """Hold the written body, notes, question list, header stories and core properties."""

    body: str
    notes: str
    questions: QuestionList
    stories: Stories | None  # None where a template's own letterhead stays
    core: str
