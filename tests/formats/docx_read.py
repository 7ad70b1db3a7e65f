"""Read an exported DOCX the way the tests check it: its XML parts, parsed with lxml."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}
R_ID = f"{{{R}}}id"


class Docx:
    """Give tests the parts of an exported document."""

    def __init__(self, data: bytes):
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = self.zip.namelist()

    def part(self, name: str) -> etree._Element:
        """Return a part's parsed XML."""
        return etree.fromstring(self.zip.read(name))

    def rels(self, name: str) -> dict[str, etree._Element]:
        """Return a part's relationships by id."""
        folder, _, file = name.rpartition("/")
        root = self.part(f"{folder}/_rels/{file}.rels")
        return {rel.get("Id"): rel for rel in root}

    @property
    def document(self) -> etree._Element:
        """Return word/document.xml."""
        return self.part("word/document.xml")

    def notes(self) -> list[etree._Element]:
        """Return the real footnotes (not the separators) in stored order."""
        root = self.part("word/footnotes.xml")
        return [note for note in root.findall("w:footnote", NS) if note.get(f"{{{W}}}type") is None]

    def note_texts(self) -> dict[str, str]:
        """Map each footnote id to its text (without the number mark)."""
        return {note.get(f"{{{W}}}id"): text_of(note).strip() for note in self.notes()}

    def reference_ids(self) -> list[str]:
        """Return the footnote ids of the references in document order."""
        return [ref.get(f"{{{W}}}id") for ref in self.document.iter(f"{{{W}}}footnoteReference")]

    def paragraphs(self, root: etree._Element | None = None) -> list[tuple[str, str]]:
        """Return (style id, text) of each paragraph of the body or another part."""
        root = self.document if root is None else root
        result = []
        for para in root.iter(f"{{{W}}}p"):
            style = para.find("w:pPr/w:pStyle", NS)
            result.append(("" if style is None else style.get(f"{{{W}}}val"), text_of(para)))
        return result

    def header_part(self, kind: str) -> etree._Element:
        """Return the section's header or footer: first_header, header, first_footer, footer."""
        sect = self.document.find("w:body/w:sectPr", NS)
        tag = "headerReference" if kind.endswith("header") else "footerReference"
        hdr_type = "first" if kind.startswith("first") else "default"
        ref = next(r for r in sect.findall(f"w:{tag}", NS) if r.get(f"{{{W}}}type") == hdr_type)
        target = self.rels("word/document.xml")[ref.get(f"{{{R}}}id")].get("Target")
        return self.part(f"word/{target}")

    def header_texts(self, kind: str) -> list[str]:
        """Return the paragraph texts of the section's header or footer of a type."""
        return [text for _style, text in self.paragraphs(self.header_part(kind))]


def text_of(element: etree._Element) -> str:
    """Return an element's visible text: w:t, tabs as \\t, breaks as \\n, fields' results."""
    pieces = []
    for node in element.iter(f"{{{W}}}t", f"{{{W}}}tab", f"{{{W}}}br"):
        if node.tag == f"{{{W}}}t":
            pieces.append(node.text or "")
        elif node.tag == f"{{{W}}}tab":
            if node.getparent().tag == f"{{{W}}}r":  # not a tab stop definition
                pieces.append("\t")
        else:
            pieces.append("\n")
    return "".join(pieces)
