"""Write a DocSpec as a Word document the way a colleague would: python-docx, real footnotes."""

from __future__ import annotations

import io

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

from tests.formats.samples.spec import DocSpec, pieces

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT_NOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def make_docx(spec: DocSpec, typed_numbers: bool = True) -> bytes:
    """Return DOCX bytes: typed "1." labels (or Word lists), real footnotes, a header table-free."""
    document = docx.Document()
    section = document.sections[0]
    header_rows = [item for item in spec.items if item.role == "header"]
    for row in header_rows:
        para = (
            section.header.paragraphs[0]
            if not section.header.paragraphs[0].text
            else section.header.add_paragraph()
        )
        para.text = f"{row.text}\t\t{row.right}"
    if spec.first_footer:
        section.footer.paragraphs[0].text = spec.first_footer
    notes: list[str] = []
    for item in spec.items:
        if item.role == "header":
            continue
        if item.role == "heading":
            document.add_heading(item.text, level=1)
            continue
        style = {"quote": "Quote", "title": "Title"}.get(item.role)
        para = document.add_paragraph(style=style)
        if item.role in ("item", "sub"):
            if typed_numbers:
                para.add_run(f"{item.label}{'.' if item.role == 'item' else ')'}\t")
            else:
                para.style = document.styles[
                    "List Number" if item.role == "item" else "List Number 2"
                ]
            if item.role == "sub":
                para.paragraph_format.left_indent = docx.shared.Cm(1.5)
        for kind, value in pieces(item.text):
            if kind == "mark":
                run = para.add_run()
                ref = OxmlElement("w:footnoteReference")
                ref.set(qn("w:id"), value)
                rpr = OxmlElement("w:rPr")
                align = OxmlElement("w:vertAlign")
                align.set(qn("w:val"), "superscript")
                rpr.append(align)
                run._r.append(rpr)
                run._r.append(ref)
                notes.append(value)
            else:
                run = para.add_run(value)
                run.bold = kind == "bold" or item.role == "kind" or None
    _footnotes(document, spec)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _footnotes(document, spec: DocSpec) -> None:
    """Add a footnotes part with one note per number (as Word writes them)."""
    from xml.sax.saxutils import escape

    body = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
        "</w:p></w:footnote>"
        for n, text in spec.notes.items()
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        f"</w:r></w:p></w:footnote>{body}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"), CT_NOTES, xml.encode("utf-8"), document.part.package
    )
    document.part.relate_to(part, RT.FOOTNOTES)
