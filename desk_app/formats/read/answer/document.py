"""Read an answer document of any supported kind (PDF, DOCX, text) into neutral blocks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desk_app.formats.blocks import Block
from desk_app.formats.markdown.blocks import read_blocks
from desk_app.formats.markdown.front_matter import split_front_matter
from desk_app.formats.read.answer.layout import to_paras
from desk_app.formats.read.docx.package import read_docx
from desk_app.formats.read.docx.reader import docx_blocks
from desk_app.formats.read.guard import read_file_limited
from desk_app.formats.read.pages.page_split import looks_like_page_text
from desk_app.formats.read.pages.reader import page_blocks
from desk_app.formats.read.pdf.reader import pdf_blocks
from desk_app.formats.read.pdf.text_layer import read_text_layer
from desk_app.formats.read.reading import checkpoint
from desk_app.formats.read.result import Report
from desk_app.formats.read.structure.limits import MAX_BLOCKS, check_size
from desk_app.formats.read.structure.parliament_choice import choose_parliament
from desk_app.formats.read.text.file import read_text_file
from desk_app.i18n import N_, _
from desk_app.model import DeskError
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import ProfileRegistry

__all__ = ["AnswerDocument", "read_answer_document", "to_paras"]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", "")


@dataclass(slots=True)
class AnswerDocument:
    """Hold an answer file as read: its parliament, blocks, notices and front matter."""

    profile: Parliament
    blocks: list[Block]
    notices: list[str] = field(default_factory=list)  # taken out of the text by the page reader
    values: dict[str, Any] = field(default_factory=dict)  # a Markdown file's front matter
    text: str = ""  # the whole text, where the file is text


def read_answer_document(
    path: Path, registry: ProfileRegistry, parliament: str | None, report: Report
) -> AnswerDocument:
    """Return the parliament and the blocks of an answer file, by its suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        layer = read_text_layer(read_file_limited(path, N_("ein PDF")))
        checkpoint()  # a long file's steps each take seconds: the import may stop between them
        profile = choose_parliament(registry, parliament, layer.text, report)
        checkpoint()
        return AnswerDocument(profile, _checked(pdf_blocks(layer, profile, report)))
    if suffix == ".docx":
        content = read_docx(read_file_limited(path, N_("ein Word-Dokument")))
        profile = choose_parliament(registry, parliament, content.text, report)
        return AnswerDocument(profile, _checked(docx_blocks(content, profile, report)))
    if suffix in TEXT_SUFFIXES:
        text = read_text_file(path).removeprefix("\ufeff").replace("\r\n", "\n")
        values, body, _unreadable = split_front_matter(text)
        named = values.get("parliament")
        profile = choose_parliament(
            registry, parliament, text, report, named if isinstance(named, str) else None
        )
        if looks_like_page_text(body) and not values:
            read = page_blocks(body, profile, report)
            return AnswerDocument(profile, _checked(read.blocks), list(read.notices), text=body)
        return AnswerDocument(
            profile, _checked(read_blocks(body, MAX_BLOCKS)), values=values, text=body
        )
    raise DeskError(
        _(
            "Antworten der Art „{suffix}“ kann Anfragen-Desk nicht einlesen "
            "(möglich: .pdf, .docx, .txt, .md)."
        ).format(suffix=path.suffix)
    )


def _checked(blocks: list[Block]) -> list[Block]:
    check_size(blocks)
    return blocks
