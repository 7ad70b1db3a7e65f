"""Byte-stable DOCX output: fixed document properties and a deterministic zip.

python-docx stamps zip entries with the current time and the core properties
with whatever the template held; both would make two exports of the same
inquiry differ. Here every entry gets the same timestamp, attributes and
compression, in python-docx's own fixed part order.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.oxml import CT_Types, serialize_part_xml
from docx.opc.spec import default_content_types

from desk_app.formats.write.docx.text import ExportReport, xml_safe
from desk_app.formats.write.plan import DocumentMeta

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def set_properties(document: Document, meta: DocumentMeta, report: ExportReport) -> None:
    """Replace the core properties by the plan's, dated from the inquiry, with no noise."""
    props = document.core_properties
    props._element.clear()  # drop a template's revision, lastPrinted, description …
    # python-docx caps each property at 255 characters and raises beyond that.
    props.title = xml_safe(meta.title, report)[:255]
    props.author = xml_safe(meta.author, report)[:255]
    props.subject = xml_safe(meta.subject, report)[:255]
    props.keywords = xml_safe(meta.keywords, report)[:255]
    props.last_modified_by = props.author
    props.revision = 1
    props.created = _midnight(meta.created) if meta.created else EPOCH
    props.modified = _midnight(meta.modified) if meta.modified else EPOCH


def package_bytes(document: Document, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """Return the document as a zip whose bytes depend only on its content."""
    package = document.part.package
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:

        def write(name: str, blob: bytes) -> None:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = compression
            info.create_system = 0  # the same on every platform
            info.external_attr = 0
            archive.writestr(info, blob, compresslevel=6)

        write("[Content_Types].xml", _content_types(parts))
        write("_rels/.rels", package.rels.xml)
        for part in parts:
            write(part.partname.membername, part.blob)
            if len(part.rels):
                write(part.partname.rels_uri.membername, part.rels.xml)
    return buffer.getvalue()


def _content_types(parts: list) -> bytes:
    """Return [Content_Types].xml: defaults by extension, overrides by part name, sorted."""
    defaults = {"rels": CT.OPC_RELATIONSHIPS, "xml": CT.XML}
    overrides: dict[str, str] = {}
    for part in parts:
        ext = part.partname.ext
        if (ext.lower(), part.content_type) in default_content_types:
            defaults[ext] = part.content_type
        else:
            overrides[str(part.partname)] = part.content_type
    types = CT_Types.new()
    for ext in sorted(defaults):
        types.add_default(ext, defaults[ext])
    for name in sorted(overrides):
        types.add_override(name, overrides[name])
    return serialize_part_xml(types)


def _midnight(day: date) -> datetime:
    """Return midnight UTC of a day."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC)
