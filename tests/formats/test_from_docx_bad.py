"""Bad files given as DOCX: one clear German sentence, nothing read."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from desk_app.formats.read.docx.reader import from_docx, from_docx_bytes
from desk_app.formats.read.guard import MAX_BYTES
from desk_app.model import DeskError
from tests.formats.samples.make_docx import make_docx
from tests.formats.samples.spec import DocSpec, Item


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_zip({"hallo.txt": b"Hallo"}), "kein Word-Dokument, sondern ein anderes ZIP-Archiv"),
        (_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), "OpenDocument"),
        (_zip({"xl/workbook.xml": b"<x/>"}), "Excel"),
        (b"PK\x03\x04 kaputt" + bytes(100), "kein gültiges"),
        (b"Dies ist nur Text.", "kein gültiges"),
        (_zip({"[Content_Types].xml": b"<x", "word/document.xml": b"<<<"}), "beschädigt"),
    ],
)
def test_not_a_word_document(registry, data: bytes, message: str):
    with pytest.raises(DeskError, match=message):
        from_docx_bytes(data, registry)


def test_zip_bomb_is_refused_before_unpacking(registry):
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w") as member,
    ):
        for _ in range(20):
            member.write(bytes(1024 * 1024))
    with pytest.raises(DeskError, match="ZIP-Bombe"):
        from_docx_bytes(buffer.getvalue(), registry)


def test_huge_file_is_refused_by_its_size(registry, tmp_path: Path):
    path = tmp_path / "riesig.docx"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: nothing is written or read
    assert path.stat().st_size > MAX_BYTES
    with pytest.raises(DeskError, match="zu groß"):
        from_docx(path, registry)


def test_missing_and_empty_files(registry, tmp_path: Path):
    with pytest.raises(DeskError, match="gibt es nicht"):
        from_docx(tmp_path / "fehlt.docx", registry)
    (tmp_path / "leer.docx").write_bytes(b"")
    with pytest.raises(DeskError, match="leer"):
        from_docx(tmp_path / "leer.docx", registry)


def test_a_letter_is_no_inquiry(registry):
    letter = DocSpec([Item("para", "Sehr geehrte Damen und Herren, vielen Dank für Ihren Brief.")])
    with pytest.raises(DeskError, match="keine Anfrage"):
        from_docx_bytes(make_docx(letter), registry, parliament="NW")
