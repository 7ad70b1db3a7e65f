"""Read an answer document of any supported kind (PDF, DOCX, text) into plain paragraphs."""

from __future__ import annotations

from pathlib import Path

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.markdown.blocks import read_blocks
from desk_app.formats.read.answer.split import Para
from desk_app.formats.read.docx.package import read_docx
from desk_app.formats.read.docx.reader import docx_blocks
from desk_app.formats.read.guard import read_file_limited
from desk_app.formats.read.pages.page_split import looks_like_page_text
from desk_app.formats.read.pages.reader import page_blocks
from desk_app.formats.read.pdf.reader import pdf_blocks
from desk_app.formats.read.pdf.text_layer import read_text_layer
from desk_app.formats.read.result import Report
from desk_app.formats.read.structure.limits import MAX_BLOCKS, check_size
from desk_app.formats.read.structure.parliament_choice import choose_parliament
from desk_app.formats.read.text.file import read_text_file
from desk_app.model import DeskError
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry

TEXT_SUFFIXES = (".txt", ".md", ".markdown", "")


def read_answer_document(
    path: Path, registry: ProfileRegistry, parliament: str | None, report: Report
) -> tuple[Parliament, list[Para]]:
    """Return the parliament and the paragraphs of an answer file, by its suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        layer = read_text_layer(read_file_limited(path, "ein PDF"))
        profile = choose_parliament(registry, parliament, layer.text, report)
        return profile, to_paras(pdf_blocks(layer, profile, report))
    if suffix == ".docx":
        content = read_docx(read_file_limited(path, "ein Word-Dokument"))
        profile = choose_parliament(registry, parliament, content.text, report)
        return profile, to_paras(docx_blocks(content, profile, report))
    if suffix in TEXT_SUFFIXES:
        text = read_text_file(path).removeprefix("\ufeff").replace("\r\n", "\n")
        profile = choose_parliament(registry, parliament, text, report)
        if looks_like_page_text(text):
            return profile, to_paras(page_blocks(text, profile, report).blocks)
        return profile, to_paras(read_blocks(text, MAX_BLOCKS))
    raise DeskError(
        f"Antworten der Art „{path.suffix}“ kann Anfragen-Desk nicht einlesen "
        "(möglich: .pdf, .docx, .txt, .md)."
    )


def to_paras(blocks: list[Block]) -> list[Para]:
    """Return the blocks as paragraphs, list labels kept; footnotes are left out."""
    check_size(blocks)
    paras: list[Para] = []
    label = ""
    in_note = False
    for block in blocks:
        if block.kind is BlockKind.NOTE:
            in_note = True
        elif block.kind is BlockKind.ITEM:
            in_note, label = False, block.label
        elif block.kind in (BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.HEADING):
            if in_note and block.depth > 0:
                continue
            in_note = False
            paras.append(Para(list(block.inlines), label))
            label = ""
    return paras
