"""The export formats by name, suffix and label, without loading any writer or the store."""

from __future__ import annotations

from desk_app.formats.catalog import EXPORTERS

# Name, file suffix and label of each export format, for dialogs and the parser.
EXPORT_FORMATS = EXPORTERS


def export_formats() -> list[str]:
    """Return the names of the export formats, sorted."""
    return sorted(EXPORTERS)
