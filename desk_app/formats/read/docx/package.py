"""Open a DOCX safely and read its parts into blocks: body, notes, page-1 header and footer."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.docx.body import BodyReader
from desk_app.formats.read.docx.parts import Package, parse, stream
from desk_app.formats.read.docx.runs import RunReader
from desk_app.formats.read.docx.styles import Element, ListBook, StyleBook, w
from desk_app.formats.read.guard import open_zip, read_members
from desk_app.formats.read.structure.limits import Budget
from desk_app.i18n import N_, _
from desk_app.model import DeskError, plain

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WHAT = N_("Word-Dokument (DOCX)")
# Other zip formats a user may mistake for a Word file, by a member only they have.
_OTHER_ZIPS = {
    "mimetype": N_(
        "ein OpenDocument-Dokument (etwa ODT); bitte in Word oder LibreOffice als DOCX speichern"
    ),
    "xl/workbook.xml": N_("eine Excel-Tabelle"),
    "ppt/presentation.xml": N_("eine PowerPoint-Präsentation"),
}


@dataclass(slots=True)
class DocxContent:
    """Hold what a DOCX says, as blocks and lines, before any structure is guessed."""

    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    notes: list[Block] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)  # what the import report must mention

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
            _("Die Datei ist kein Word-Dokument, sondern {other}.").format(
                other=_(other) if other else _("ein anderes ZIP-Archiv")
            )
        )
    package = Package(read_members(archive, WHAT))
    try:
        return _content(package)
    except DeskError:
        raise
    except Exception:  # lxml raises many kinds of error on a broken package
        raise DeskError(_("Das Word-Dokument ist beschädigt und ließ sich nicht lesen.")) from None


def _content(package: Package) -> DocxContent:
    """Read body, notes, header and footer of an unpacked package."""
    styles = StyleBook(_root(package.related("styles")))
    lists = ListBook(_root(package.related("numbering")))
    runs = RunReader(styles)
    content = DocxContent()
    budget = Budget()
    reader = BodyReader(styles, lists, runs)
    first_section: Element | None = None
    found_body = False
    # Children of w:body (document = 0, body = 1), one at a time.
    for child in stream(package.parts[package.main], 2):
        found_body = True
        if first_section is None:
            section = child if child.tag == w("sectPr") else next(child.iter(w("sectPr")), None)
            first_section = None if section is None else copy.deepcopy(section)
        counted = len(reader.blocks)
        reader.read_child(child)
        budget.add(reader.blocks[counted:])
    if not found_body:
        raise ValueError("no body")
    content.body = reader.blocks
    content.notes = _notes(package.related("footnotes"), "footnote", "", runs, budget)
    content.notes += _notes(package.related("endnotes"), "endnote", "e", runs, budget)
    if first_section is not None:
        first = first_section.find(w("titlePg")) is not None
        content.header = _page_lines(package, first_section, "headerReference", first, runs)
        content.footer = _page_lines(package, first_section, "footerReference", first, runs)
    content.doubts = runs.dropped_report()
    return content


def _root(data: bytes | None) -> Element | None:
    """Return the parsed root of a part, or None when the package has no such part."""
    return None if data is None else parse(data)


def _notes(
    data: bytes | None, tag: str, prefix: str, runs: RunReader, budget: Budget
) -> list[Block]:
    """Return each real note as a NOTE block followed by its paragraphs at depth 1."""
    blocks: list[Block] = []
    for note in [] if data is None else stream(data, 1):
        if note.tag != w(tag) or note.get(w("type")) not in (None, "normal"):
            continue  # separators and continuation notices
        counted = len(blocks)
        blocks.append(Block(BlockKind.NOTE, label=prefix + note.get(w("id"), "")))
        for para in note.iter(w("p")):
            inlines = runs.inlines(para, "", style_format=False)
            blocks.append(Block(BlockKind.PARAGRAPH, inlines, depth=1))
        budget.add(blocks[counted:])
    return blocks


def _page_lines(
    package: Package, section: Element, reference: str, first: bool, runs: RunReader
) -> list[str]:
    """Return the lines of the first page's header or footer; tabs separate lines too."""
    wanted = "first" if first else "default"
    for ref in section.iter(w(reference)):
        if ref.get(w("type"), "default") != wanted:
            continue
        data = package.by_id(ref.get(f"{{{R}}}id", ""))
        if data is None:
            return []
        root = parse(data)
        text = "\n".join(plain(runs.inlines(p, "", style_format=False)) for p in root.iter(w("p")))
        return [line.strip() for line in text.replace("\t", "\n").split("\n") if line.strip()]
    return []
