"""Byte-stable DOCX output: fixed document properties and a deterministic zip.

Every zip entry gets the same timestamp, attributes and compression, and the
core properties are dated from the inquiry, never from the clock, so two
exports of the same inquiry are the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from datetime import date

from desk_app.formats.write.docx.escape import text
from desk_app.formats.write.docx.text import ExportReport, xml_safe
from desk_app.formats.write.docx.wml import XML_HEAD
from desk_app.formats.write.plan import DocumentMeta

ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold
EPOCH = date(2000, 1, 1)
_LIMIT = 255  # Word's and python-docx's cap on one core property

_CORE_NAMESPACES = (
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
)


def core_xml(meta: DocumentMeta, report: ExportReport) -> str:
    """Return docProps/core.xml with the plan's properties, dated from the inquiry."""

    def value(raw: str) -> str:
        return text(xml_safe(raw, report)[:_LIMIT])

    author = value(meta.author)
    return (
        f"{XML_HEAD}<cp:coreProperties {_CORE_NAMESPACES}>"
        f"<dc:title>{value(meta.title)}</dc:title><dc:creator>{author}</dc:creator>"
        f"<dc:subject>{value(meta.subject)}</dc:subject>"
        f"<cp:keywords>{value(meta.keywords)}</cp:keywords>"
        f"<cp:lastModifiedBy>{author}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
        f"{_stamp('created', meta.created)}{_stamp('modified', meta.modified)}"
        "</cp:coreProperties>"
    )


def zip_bytes(
    members: Iterable[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED
) -> bytes:
    """Return a zip of the members, in the given order, whose bytes depend only on them."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, blob in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = compression
            info.create_system = 0  # the same on every platform
            info.external_attr = 0
            archive.writestr(info, blob, compresslevel=6)
    return buffer.getvalue()


def _stamp(name: str, day: date | None) -> str:
    """Return a W3CDTF date property at midnight UTC of a day."""
    day = date(day.year, day.month, day.day) if day else EPOCH  # a datetime loses its time
    return f'<dcterms:{name} xsi:type="dcterms:W3CDTF">{day.isoformat()}T00:00:00Z</dcterms:{name}>'
