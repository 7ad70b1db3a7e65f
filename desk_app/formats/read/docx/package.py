"""Open a DOCX safely and read its parts into blocks: body, notes, page-1 header and footer."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.docx.body import BodyReader
from desk_app.formats.read.docx.runs import RunReader
from desk_app.formats.read.docx.styles import Element, ListBook, StyleBook, w
from desk_app.formats.read.guard import open_zip
from desk_app.model import DeskError, plain

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WHAT = "Word-Dokument (DOCX)"
# Other zip formats a user may mistake for a Word file, by a member only they have.
_OTHER_ZIPS = {
    "mimetype": (
        "ein OpenDocument-Dokument (etwa ODT); bitte in Word oder LibreOffice als DOCX speichern"
    ),
    "xl/workbook.xml": "eine Excel-Tabelle",
    "ppt/presentation.xml": "eine PowerPoint-Präsentation",
}
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


@dataclass(slots=True)
class DocxContent:
    """Hold what a DOCX says, as blocks and lines, before any structure is guessed."""

    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    notes: list[Block] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Return all characters, for recognising the parliament."""
        return "\n".join([*self.header, *(b.plain for b in self.body), *self.footer])


def read_docx(data: bytes) -> DocxContent:
    """Read DOCX bytes into blocks, or raise a DeskError saying why the file is no DOCX."""
    archive = open_zip(data, WHAT)
    names = set(archive.namelist())
    if "word/document.xml" not in names:
        other = next((what for member, what in _OTHER_ZIPS.items() if member in names), None)
        raise DeskError(
            f"Die Datei ist kein Word-Dokument, sondern {other or 'ein anderes ZIP-Archiv'}."
        )
    try:
        document = docx.Document(io.BytesIO(data))
        return _content(document)
    except DeskError:
        raise
    except Exception:  # python-docx and lxml raise many kinds of error on a broken package
        raise DeskError("Das Word-Dokument ist beschädigt und ließ sich nicht lesen.") from None


def _content(document: Any) -> DocxContent:
    """Read body, notes, header and footer of an opened document."""
    part = document.part
    styles = StyleBook(document.styles.element)
    lists = ListBook(_related(part, RT.NUMBERING))
    runs = RunReader(styles)
    content = DocxContent()
    content.body = BodyReader(styles, lists, runs).read(document.element.body)
    content.notes = _notes(_related(part, RT.FOOTNOTES), "footnote", "", runs)
    content.notes += _notes(_related(part, RT.ENDNOTES), "endnote", "e", runs)
    first_section = next(document.element.body.iter(w("sectPr")), None)
    if first_section is not None:
        first = first_section.find(w("titlePg")) is not None
        content.header = _page_lines(part, first_section, "headerReference", first, runs)
        content.footer = _page_lines(part, first_section, "footerReference", first, runs)
    return content


def _related(part: Any, reltype: str) -> Element | None:
    """Return the XML root of the part a relationship type points to, or None."""
    for rel in part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            target = rel.target_part
            element = getattr(target, "element", None)
            return element if element is not None else etree.fromstring(target.blob, _SAFE_XML)
    return None


def _notes(root: Element | None, tag: str, prefix: str, runs: RunReader) -> list[Block]:
    """Return each real note as a NOTE block followed by its paragraphs at depth 1."""
    blocks: list[Block] = []
    for note in [] if root is None else root.iter(w(tag)):
        if note.get(w("type")) not in (None, "normal"):
            continue  # separators and continuation notices
        blocks.append(Block(BlockKind.NOTE, label=prefix + note.get(w("id"), "")))
        for para in note.iter(w("p")):
            inlines = runs.inlines(para, "", style_format=False)
            blocks.append(Block(BlockKind.PARAGRAPH, inlines, depth=1))
    return blocks


def _page_lines(
    part: Any, section: Element, reference: str, first: bool, runs: RunReader
) -> list[str]:
    """Return the lines of the first page's header or footer; tabs separate lines too."""
    wanted = "first" if first else "default"
    for ref in section.iter(w(reference)):
        if ref.get(w("type"), "default") != wanted:
            continue
        target = part.related_parts.get(ref.get(f"{{{R}}}id", ""))
        root = getattr(target, "element", None)
        if root is None:
            return []
        text = "\n".join(plain(runs.inlines(p, "", style_format=False)) for p in root.iter(w("p")))
        return [line.strip() for line in text.replace("\t", "\n").split("\n") if line.strip()]
    return []
