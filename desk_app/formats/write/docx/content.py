"""What the writer hands a base to package: the XML it wrote, part by part."""

from __future__ import annotations

from desk_app.formats.write.docx.numbering import QuestionList
from desk_app.formats.write.docx.page import Stories


class Content:
    """Hold the written body, notes, question list, header stories and core properties."""

    # Plain slotted classes in this package: a dataclass costs ~0.7 ms at import,
    # and an export is meant to start as fast as a bare converter.
    __slots__ = ("body", "core", "notes", "questions", "stories")

    def __init__(
        self,
        body: str,
        notes: str,
        questions: QuestionList,
        stories: Stories | None,  # None where a template's own letterhead stays
        core: str,
    ):
        self.body, self.notes, self.questions = body, notes, questions
        self.stories, self.core = stories, core
