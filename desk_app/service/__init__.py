"""The application service: every use case of the window and the command line, without Qt."""

from desk_app.service.desk import Desk
from desk_app.service.exporting import EXPORT_FORMATS, export_formats
from desk_app.service.outcomes import DeadlineRow, ExportOutcome, ImportOutcome
from desk_app.storage import DeletedInquiry, InquirySummary, Revision

__all__ = [
    "EXPORT_FORMATS",
    "DeadlineRow",
    "DeletedInquiry",
    "Desk",
    "ExportOutcome",
    "ImportOutcome",
    "InquirySummary",
    "Revision",
    "export_formats",
]
