"""Find the widget where the window shows a reported field ("title", "dates.issued" …)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desk_app.gui.editor.inquiry_editor import InquiryEditor
    from desk_app.gui.tracking_pane import TrackingPane

# The import report's fields that the tracking pane shows, by the pane's attribute.
_TRACKING = {
    "term": "term",
    "number": "number",
    "drucksache": "drucksache",
    "dates.answer_drucksache": "answer_drucksache",
    "answer.drucksache": "answer_drucksache",
    "answer.ministry": "lead_ministry",
}
_TRACKED_DATES = {"answer.date": "answered"}


def editor_place(editor: InquiryEditor, field: str) -> QWidget | None:
    """Return the editor's widget for a field, or None when the editor does not show it."""
    questions = editor.questions.edits()
    if field.startswith("questions."):  # one question, by its printed number
        number = field.removeprefix("questions.")
        index = int(number) - 1 if number.isdigit() else 0
        return questions[index] if 0 <= index < len(questions) else editor.questions
    places: dict[str, QWidget | None] = {
        "title": editor.title_edit,
        "preamble": editor.preamble_edit,
        "lead_in": editor.lead_in_edit,
        "questions": questions[0] if questions else editor.questions,
        "subquestions": questions[0] if questions else editor.questions,
        "signature": editor.signature_edit,
        "faction": editor.originators.faction,
        "originators": (
            editor.originators.rows[0].name if editor.originators.rows else editor.originators
        ),
    }
    return places.get(field)


def tracking_place(pane: TrackingPane, field: str) -> QWidget | None:
    """Return the tracking pane's widget for a field, or None when the pane does not show it."""
    if field in _TRACKING:
        return getattr(pane, _TRACKING[field])
    name = _TRACKED_DATES.get(field, field.removeprefix("dates."))
    if field.startswith(("dates.", "answer.")) and name in pane.dates:
        return pane.dates[name]
    return None
