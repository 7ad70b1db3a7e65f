"""DOCX written by other programs: pandoc and LibreOffice (skipped where not installed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desk_app.formats.read.docx.reader import from_docx
from desk_app.formats.write.docx.writer import to_docx
from desk_app.model import FootnoteRef
from tests.formats.docx_inquiries import seed_inquiry
from tests.formats.samples.roundtrip import printed_view

PANDOC_SOURCE = """\
LANDTAG NORDRHEIN-WESTFALEN

17\\. Wahlperiode

Kleine Anfrage 17

der Abgeordneten Anna Beispiel SPD

**Wie steht es um die Radwege?**

Die Radwege sind *schlecht*[^1] und **teuer**.

Vor diesem Hintergrund frage ich die Landesregierung:

1. Wie viele Kilometer gibt es[^2]?
2. Was kosten sie?
    a) im Bau?

Anna Beispiel

[^1]: Vgl. <https://www.example.org/radwege>.
[^2]: APr 17/749, S. 15.
"""


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc ist nicht installiert")
def test_pandoc_docx_with_footnotes_and_lists(registry, tmp_path: Path):
    source = tmp_path / "anfrage.md"
    source.write_text(PANDOC_SOURCE, encoding="utf-8")
    target = tmp_path / "anfrage.docx"
    subprocess.run(["pandoc", str(source), "-o", str(target)], check=True, timeout=60)
    inquiry = from_docx(target, registry).inquiry
    assert inquiry.parliament == "NW" and inquiry.number == "17"
    assert inquiry.originators[0].name == "Anna Beispiel"
    assert len(inquiry.questions) == 2
    assert FootnoteRef("2") in inquiry.questions[0].text[0].inlines
    assert "example.org/radwege" in str(inquiry.footnotes["1"].text)
    assert inquiry.signature == ["Anna Beispiel"]


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) ist nicht installiert"
)
def test_libreoffice_resaved_export_reads_back(registry, tmp_path: Path):
    original = seed_inquiry()
    exported = tmp_path / "export.docx"
    exported.write_bytes(to_docx(original, registry.get("NW"), "drucksache"))
    out = tmp_path / "lo"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out),
            str(exported),
        ],
        check=True,
        timeout=180,
        capture_output=True,
    )
    result = from_docx(out / "export.docx", registry)
    assert printed_view(result.inquiry) == printed_view(original)
