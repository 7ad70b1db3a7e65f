"""Import an inquiry from a published Drucksache as PDF, through its text layer (no OCR).

Running headers, page numbers and ordering notices are dropped; the
page-1 footer is kept as metadata; notes at the page feet are joined to
their markers; then the same structural parser as for text and DOCX runs.
"""

from __future__ import annotations

from pathlib import Path

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.guard import read_file_limited
from desk_app.formats.read.pdf.blocks import BodyBuilder, note_blocks
from desk_app.formats.read.pdf.page_parts import split_pages
from desk_app.formats.read.pdf.text_layer import TextLayer, read_text_layer
from desk_app.formats.read.result import ImportResult, Report
from desk_app.formats.read.structure.finish import finish
from desk_app.formats.read.structure.header import Header, read_reprint
from desk_app.formats.read.structure.page_lines import page_line_patterns
from desk_app.formats.read.structure.parliament_choice import choose_parliament
from desk_app.model import Run
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry

WHAT = "ein PDF"


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
    report = Report()
    profile = choose_parliament(registry, parliament, layer.text, report)
    return finish(pdf_blocks(layer, profile, report), profile, kind, report)


def pdf_blocks(layer: TextLayer, profile: Parliament, report: Report) -> list[Block]:
    """Return the blocks of a PDF: page-1 footer lines first, then body and notes."""
    patterns = page_line_patterns(profile)

    def is_page_line(text: str) -> bool:
        rest = read_reprint(text, profile, Header())
        return any(p.fullmatch(text) or (rest and p.fullmatch(rest)) for p in patterns)

    parts = split_pages(layer, is_page_line)
    if parts.dropped:
        report.found(f"Kopf-, Fuß- und Seitenzeilen entfernt: {len(parts.dropped)}")
    notes, orphans = note_blocks(parts.notes)
    if orphans:
        report.doubt(f"{orphans} Zeilen am Seitenfuß keiner Fußnote zugeordnet und übergangen.")
    head = [Block(BlockKind.PARAGRAPH, [Run(line)]) for line in parts.page_lines]
    if parts.header:
        # One block: the header's lines must not be taken one by one for page lines.
        head.append(Block(BlockKind.PARAGRAPH, [Run("\n".join(parts.header))]))
    return [*head, *BodyBuilder(parts.body).build(), *notes]
