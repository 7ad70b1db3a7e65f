"""Import an inquiry from a published Drucksache as PDF, through its text layer (no OCR).

Running headers, page numbers and ordering notices are dropped; the
page-1 footer is kept as metadata; notes at the page feet are joined to
their markers; then the same structural parser as for text and DOCX runs.
"""

from __future__ import annotations

from pathlib import Path

from desk_app.formats.blocks import Block
from desk_app.formats.read.guard import read_file_limited
from desk_app.formats.read.pages.reader import printed_blocks
from desk_app.formats.read.pdf.printed_lines import printed_pages
from desk_app.formats.read.pdf.text_layer import TextLayer, read_text_layer
from desk_app.formats.read.reading import checkpoint
from desk_app.formats.read.result import ImportResult, Report
from desk_app.formats.read.structure.finish import finish
from desk_app.formats.read.structure.parliament_choice import choose_parliament
from desk_app.i18n import N_
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry

WHAT = N_("ein PDF")


def from_pdf(
    path: Path,
    registry: ProfileRegistry,
    parliament: str | None = None,
    kind: str | None = None,
) -> ImportResult:
    """Read an inquiry from a PDF file; `parliament` and `kind` override what it says."""
    return from_pdf_bytes(read_file_limited(Path(path), WHAT), registry, parliament, kind)


def from_pdf_bytes(
    data: bytes,
    registry: ProfileRegistry,
    parliament: str | None = None,
    kind: str | None = None,
) -> ImportResult:
    """Read an inquiry from the bytes of a PDF file."""
    layer = read_text_layer(data)
    checkpoint()  # a long file's steps each take seconds: the import may stop between them
    report = Report()
    profile = choose_parliament(registry, parliament, layer.text, report)
    checkpoint()
    blocks = pdf_blocks(layer, profile, report)
    checkpoint()
    return finish(blocks, profile, kind, report)


def pdf_blocks(layer: TextLayer, profile: Parliament, report: Report) -> list[Block]:
    """Return the blocks of a PDF, read as the page text its text layer gives.

    A published Drucksache and one the desk exported read alike: the text
    layer becomes page text (rows joined, raised markers glued to their word,
    pages apart), and the page reader takes out furniture and notes.
    """
    return printed_blocks(printed_pages(layer), profile, report).blocks
