"""The document an export starts from: our A4 house base, or a user's Word template.

Both are prepared the same way (empty body, styles, footnotes part with
separators, first-page and running headers); the house base also gets A4,
our margins and the profile's font. Preparing python-docx's default
template costs more than a whole export, so the prepared house base is kept
as bytes per font and only parsed again for each export.
"""

from __future__ import annotations

import functools
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from lxml.etree import XMLSyntaxError

from desk_app.formats.write.docx.footnotes import prepare_footnotes
from desk_app.formats.write.docx.page import prepare_headers, set_a4
from desk_app.formats.write.docx.stable import package_bytes
from desk_app.formats.write.docx.styles import Role, ensure_styles
from desk_app.formats.write.docx.wml import drop_links
from desk_app.model import DeskError
from desk_app.rules.page_style import PageGeometry, Typography

# Parts of python-docx's default template that an inquiry never uses: a
# thumbnail of an empty page, statistics claiming "Microsoft Macintosh Word"
# and one page (Word rewrites them on save), Word 2010's duplicate style
# sheet, sample data.
_UNUSED = (
    RT.THUMBNAIL,
    RT.EXTENDED_PROPERTIES,
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
)
_UNUSED_DOCUMENT = (RT.CUSTOM_XML, *_UNUSED)
_TEMPLATE_TYPE = b"wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"wordprocessingml.document.main+xml"
_TEMPLATE_LIMIT = 20 * 1024 * 1024

# Table styles fill most of the default style sheet; an inquiry has no tables.
_KEPT_TABLE_STYLES = {"TableNormal"}


@dataclass(slots=True)
class Base:
    """Hold a prepared document with the style ids its roles resolve to."""

    document: Document
    styles: dict[Role, str]
    keeps_headers: bool = False  # a template's own letterhead stays instead of ours


def open_base(
    font: str,
    template: Path | None = None,
    page: PageGeometry | None = None,
    typography: Typography | None = None,
) -> Base:
    """Return a fresh prepared document: the house base in the layout, or the user's template."""
    if template is None:
        document = docx.Document(io.BytesIO(_house_bytes(font, page, typography)))
        styles = ensure_styles(document.styles.element, font, house=False, typography=typography)
        return Base(document, styles)
    try:
        document = docx.Document(io.BytesIO(_as_document(template)))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, OpcError, XMLSyntaxError) as error:
        raise DeskError(f"Die Word-Vorlage {template} ließ sich nicht öffnen ({error}).") from None
    # A template keeps its own page setup and styles; only what it lacks is added. An
    # office's letterhead (header or footer with text or a logo) stays as it is.
    keeps = any(_has_content(section) for section in document.sections)
    styles = _prepare(document, font, house=False, typography=typography, headers=not keeps)
    return Base(document, styles, keeps_headers=keeps)


def _has_content(section: Section) -> bool:
    """Tell whether a section's headers or footers show anything: text, a picture, a field."""
    for story in (
        section.header,
        section.footer,
        section.first_page_header,
        section.first_page_footer,
    ):
        if story.is_linked_to_previous:
            continue
        root = story.part.element
        if "".join(root.itertext()).strip() or root.find(".//" + qn("w:drawing")) is not None:
            return True
        if root.find(".//" + qn("w:pict")) is not None:
            return True
    return False


def _as_document(template: Path) -> bytes:
    """Return a template's package as a document's: a .dotx differs only in its content type.

    python-docx opens documents only; Word itself makes a new document from a
    template by the same change, so styles, page setup and headers stay.
    """
    if template.stat().st_size > _TEMPLATE_LIMIT:
        raise DeskError(f"Die Word-Vorlage {template} ist größer als 20 MB.")
    data = template.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        types = package.read("[Content_Types].xml")
        if _TEMPLATE_TYPE not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in package.infolist():
                # A bomb's member is refused by the size it really has, not the one it claims.
                if info.file_size > _TEMPLATE_LIMIT:
                    raise DeskError(f"Die Word-Vorlage {template} ist größer als 20 MB.")
                body = package.read(info)
                if info.filename == "[Content_Types].xml":
                    body = body.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                copy.writestr(info, body)
        return out.getvalue()


@functools.cache
def _house_bytes(font: str, page: PageGeometry | None, typography: Typography | None) -> bytes:
    """Return our prepared base document per layout, stored uncompressed so it parses fast."""
    document = docx.Document()
    _prune(document)
    set_a4(document.sections[0], page)
    _prepare(document, font, house=True, typography=typography)
    return package_bytes(document, zipfile.ZIP_STORED)


def _prepare(
    document: Document,
    font: str,
    *,
    house: bool,
    typography: Typography | None = None,
    headers: bool = True,
) -> dict[Role, str]:
    """Empty the body and headers, add the styles and the footnotes part."""
    _clear_body(document.element.body)
    drop_links(document.part)
    for section in document.sections if headers else ():
        prepare_headers(section)
    prepare_footnotes(document.part, document.settings.element)
    return ensure_styles(document.styles.element, font, house=house, typography=typography)


def _clear_body(body: BaseOxmlElement) -> None:
    """Remove everything from the body except its final section properties."""
    for element in list(body):
        if element.tag != qn("w:sectPr"):
            body.remove(element)


def _prune(document: Document) -> None:
    """Drop the default template's parts and table styles that an inquiry never uses."""
    package = document.part.package
    for rels, unused in ((package.rels, _UNUSED), (document.part.rels, _UNUSED_DOCUMENT)):
        for rid in [rid for rid, rel in rels.items() if rel.reltype in unused]:
            del rels[rid]
    styles = document.styles.element
    for style in list(styles.iterchildren(qn("w:style"))):
        if (
            style.get(qn("w:type")) == "table"
            and style.get(qn("w:styleId")) not in _KEPT_TABLE_STYLES
        ):
            styles.remove(style)
