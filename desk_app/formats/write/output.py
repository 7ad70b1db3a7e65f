"""What every writer takes besides the inquiry, and what it gives back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Called as a layout goes on with (parts set, parts in all); it may raise to stop the export.
Step = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Rendered:
    """Hold an exported file's bytes and what the writer had to change or could not do."""

    data: bytes
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Name what a user may choose for an export besides the format."""

    layout: str | None = None
    template: Path | None = None  # the user's own Word template (DOCX only)
    step: Step | None = None  # told how far the layout has come (the PDF's paragraphs, notes)
