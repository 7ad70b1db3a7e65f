"""The application service: every use case of the window and the command line, without Qt."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desk_app.service.desk import Desk
    from desk_app.service.exporting import choose_layout, markdown_text, preview_pdf
    from desk_app.service.format_names import EXPORT_FORMATS, export_formats
    from desk_app.service.importing import IMPORT_SUFFIXES, importable
    from desk_app.service.outcomes import DeadlineRow, ExportOutcome, ImportOutcome
    from desk_app.storage import (
        DeletedInquiry,
        InquirySummary,
        Location,
        Revision,
        ServerAddress,
        StaleInquiry,
        parse_location,
    )

# Where each name lives, imported at its first use: the parser asks only for the
# export formats, and importing the desk, the importer and the store with it cost
# every `desk` start ~90 ms before the verb was known.
_HOME = {
    "Desk": "desk_app.service.desk",
    "EXPORT_FORMATS": "desk_app.service.format_names",
    "choose_layout": "desk_app.service.exporting",
    "export_formats": "desk_app.service.format_names",
    "markdown_text": "desk_app.service.exporting",
    "preview_pdf": "desk_app.service.exporting",
    "IMPORT_SUFFIXES": "desk_app.service.importing",
    "importable": "desk_app.service.importing",
    "DeadlineRow": "desk_app.service.outcomes",
    "ExportOutcome": "desk_app.service.outcomes",
    "ImportOutcome": "desk_app.service.outcomes",
    "DeletedInquiry": "desk_app.storage",
    "InquirySummary": "desk_app.storage",
    "Revision": "desk_app.storage",
    "Location": "desk_app.storage",
    "ServerAddress": "desk_app.storage",
    "StaleInquiry": "desk_app.storage",
    "parse_location": "desk_app.storage",
}

__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_SUFFIXES",
    "DeadlineRow",
    "DeletedInquiry",
    "Desk",
    "ExportOutcome",
    "ImportOutcome",
    "InquirySummary",
    "Location",
    "Revision",
    "ServerAddress",
    "StaleInquiry",
    "choose_layout",
    "export_formats",
    "importable",
    "markdown_text",
    "parse_location",
    "preview_pdf",
]


def __getattr__(name: str) -> Any:
    """Import a service name from its module at its first use."""
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value
