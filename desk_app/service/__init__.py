"""The application service: every use case of the window and the command line, without Qt."""

from desk_app.service.desk import Desk
from desk_app.service.exporting import (
    EXPORT_FORMATS,
    choose_layout,
    export_formats,
    markdown_text,
    preview_pdf,
)
from desk_app.service.importing import IMPORT_SUFFIXES, importable
from desk_app.service.outcomes import DeadlineRow, ExportOutcome, ImportOutcome
from desk_app.storage import DeletedInquiry, InquirySummary, Revision

__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_SUFFIXES",
    "DeadlineRow",
    "DeletedInquiry",
    "Desk",
    "ExportOutcome",
    "ImportOutcome",
    "InquirySummary",
    "Revision",
    "choose_layout",
    "export_formats",
    "importable",
    "markdown_text",
    "preview_pdf",
]
