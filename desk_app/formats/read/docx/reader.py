"""Import an inquiry from a Word document (DOCX), with its real footnotes and list numbering.

The package is unpacked in bounded chunks and its XML parts are parsed
here (`package.py`, `parts.py`), the body and notes streamed; the blocks
then go through the same structural parser as text and PDF.
"""

from __future__ import annotations

from pathlib import Path

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.docx.package import DocxContent, read_docx
from desk_app.formats.read.guard import read_file_limited
from desk_app.formats.read.result import ImportResult, Report, shorten
from desk_app.formats.read.structure.finish import finish
from desk_app.formats.read.structure.page_lines import page_line_patterns
from desk_app.formats.read.structure.page_numbers import is_page_number
from desk_app.formats.read.structure.parliament_choice import choose_parliament
from desk_app.i18n import N_, _
from desk_app.model import DeskError, Run
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry

WHAT = N_("ein Word-Dokument")


def from_docx(
    path: Path,
    registry: ProfileRegistry,
    parliament: str | None = None,
    kind: str | None = None,
) -> ImportResult:
    """Read an inquiry from a DOCX file; `parliament` and `kind` override what it says."""
    return from_docx_bytes(read_file_limited(Path(path), WHAT), registry, parliament, kind)


def from_docx_bytes(
    data: bytes,
    registry: ProfileRegistry,
    parliament: str | None = None,
    kind: str | None = None,
) -> ImportResult:
    """Read an inquiry from the bytes of a DOCX file."""
    content = read_docx(data)
    if not content.body:
        raise DeskError(_("Das Word-Dokument enthält keinen Text."))
    report = Report()
    profile = choose_parliament(registry, parliament, content.text, report)
    return finish(docx_blocks(content, profile, report), profile, kind, report)


def docx_blocks(content: DocxContent, profile: Parliament, report: Report) -> list[Block]:
    """Return all blocks of a document: page-1 footer and header lines first, then body and notes.

    Footer lines come first so that removing them joins nothing; a footer
    line that is no page line of the parliament is left out and reported.
    """
    for line in content.doubts:
        report.doubt(line)
    patterns = page_line_patterns(profile)
    lines: list[str] = []
    for line in content.footer:
        if any(pattern.fullmatch(line) for pattern in patterns):
            lines.append(line)
        elif not is_page_number(line):
            report.doubt(_("Fußzeile übergangen: „{line}“").format(line=shorten(line)))
    head = [Block(BlockKind.PARAGRAPH, [Run(line)]) for line in lines]
    header = [line for line in content.header if not is_page_number(line)]
    if header:
        # One block: the header's lines must not be taken one by one for page lines.
        head.append(Block(BlockKind.PARAGRAPH, [Run("\n".join(header))]))
    return [*head, *content.body, *content.notes]
