"""A real Word template (.dotx) as an office would keep one, for the template export tests."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt


def word_template(path: Path, header: str | None = "Fraktion im Landtag – Entwurf") -> Path:
    """Write a Word template (.dotx) with its own body font, header text and Letter page."""
    document = docx.Document()
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(12)
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "[Content_Types].xml":
                body = body.replace(b"document.main+xml", b"template.main+xml")
            target.writestr(info, body)
    return path
