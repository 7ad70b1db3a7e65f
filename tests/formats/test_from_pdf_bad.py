"""Bad files given as PDF: no text layer, encrypted, damaged, too big: one clear sentence."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from desk_app.formats.read.pdf.reader import from_pdf, from_pdf_bytes
from desk_app.model import DeskError
from tests.formats.samples import forms
from tests.formats.samples.make_pdf import make_pdf


def _pdf(text: str | None, encrypt: StandardEncryption | None = None) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1, encrypt=encrypt)
    page.rect(100, 100, 300, 300, fill=1)  # what a scan's image would cover
    if text:
        for number, line in enumerate(text.split("\n")):
            page.drawString(72, 760 - 14 * number, line)
    page.save()
    return buffer.getvalue()


def test_image_only_pdf_has_no_text_layer(registry):
    with pytest.raises(DeskError, match="keine Textebene"):
        from_pdf_bytes(_pdf(None), registry)


def test_encrypted_pdf_with_a_password_is_refused(registry):
    secret = StandardEncryption("geheim", "auch-geheim")
    with pytest.raises(DeskError, match="verschlüsselt"):
        from_pdf_bytes(_pdf("LANDTAG NORDRHEIN-WESTFALEN", secret), registry)


def test_pdf_locked_only_against_printing_still_reads(registry):
    lock = StandardEncryption("", "besitzer", canPrint=0)
    text = "\n".join(
        [
            "LANDTAG NORDRHEIN-WESTFALEN",
            "17. Wahlperiode",
            "Kleine Anfrage 1",
            "Warum nicht?",
            "Ich frage:",
            "1. Warum?",
        ]
    )
    assert from_pdf_bytes(_pdf(text, lock), registry).inquiry.parliament == "NW"


@pytest.mark.parametrize("data", [b"%PDF-1.4\n kaputt", b"GIF89a" + bytes(50), b"\x00" * 10])
def test_damaged_or_other_files(registry, data: bytes):
    with pytest.raises(DeskError):
        from_pdf_bytes(data, registry)


def test_huge_file_is_refused_by_its_size(registry, tmp_path: Path):
    path = tmp_path / "riesig.pdf"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(DeskError, match="zu groß"):
        from_pdf(path, registry)


def test_a_page_of_prose_is_no_inquiry(registry):
    with pytest.raises(DeskError, match=r"keine Anfrage|Parlament"):
        from_pdf_bytes(_pdf("Ein Brief ohne Fragen.\nMit freundlichen Grüßen"), registry, "NW")


def test_answer_form_pdf_still_reads_as_text(registry):
    # Not an error: an answer read as an inquiry gives its restated questions.
    result = from_pdf_bytes(make_pdf(forms.nw_answer()), registry)
    assert result.inquiry.parliament == "NW"
