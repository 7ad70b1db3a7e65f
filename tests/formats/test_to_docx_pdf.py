"""LibreOffice puts each DOCX footnote at the foot of its marker's page (optional: needs soffice).

LibreOffice is a test-only dependency; without it these tests are skipped.
Install it with `apt-get install --no-install-recommends libreoffice-writer-nogui
poppler-utils`. Each conversion takes about 1.5 s.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desk_app.formats.write.docx.writer import to_docx
from desk_app.model import FootnoteRef, Run, footnote_numbers
from desk_app.rules.registry import ProfileRegistry
from tests.formats.docx_inquiries import SEED_URLS, many_notes_inquiry, seed_inquiry

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and pdftotext are not installed; they are optional "
    "test tools for checking footnote placement",
)


def pdf_pages(data: bytes, folder: Path) -> list[str]:
    """Convert DOCX bytes with LibreOffice and return the text of each PDF page."""
    source = folder / "export.docx"
    source.write_bytes(data)
    # A private profile, so that a LibreOffice run elsewhere cannot block this one.
    profile = f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}"
    subprocess.run(
        [
            "soffice",
            profile,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(folder / "export.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def word_before_markers(inquiry) -> dict[str, str]:
    """Map each footnote id to the word printed right before its first marker."""
    words: dict[str, str] = {}
    paragraphs = [inquiry.title, *inquiry.preamble]
    for question in inquiry.questions:
        paragraphs += question.text
        for sub in question.subquestions:
            paragraphs += sub
    for para in paragraphs:
        last = ""
        for item in para.inlines:
            if isinstance(item, Run) and item.text.split():
                last = item.text.split()[-1]
            elif isinstance(item, FootnoteRef):
                words.setdefault(item.footnote_id, last)
    return words


def assert_notes_on_marker_pages(inquiry, pages: list[str], note_pattern) -> None:
    """Check that the page showing "wordN" also shows note N's text."""
    numbers = footnote_numbers(inquiry)
    for footnote_id, word in word_before_markers(inquiry).items():
        number = numbers[footnote_id]
        marker = re.compile(rf"{re.escape(word)} ?{number}(?!\d)")
        marker_pages = [index for index, page in enumerate(pages) if marker.search(page)]
        assert marker_pages, f"marker {number} not found"
        page = pages[marker_pages[0]]
        assert note_pattern(number).search(page), f"note {number} not on page {marker_pages[0] + 1}"


def test_seed_notes_stand_on_their_markers_pages(tmp_path):
    inquiry = seed_inquiry()
    pages = pdf_pages(to_docx(inquiry, ProfileRegistry.load().get("NW")), tmp_path)
    assert len(pages) >= 2
    assert "LANDTAG NORDRHEIN-WESTFALEN" in pages[0] and "Drucksache 17/8765" in pages[0]
    assert "Datum des Originals: 19.02.2020/Ausgegeben: 19.02.2020" in pages[0]
    assert re.search(r"–\s*2\s*–", pages[1])  # pdftotext may drop the thin spaces
    assert_notes_on_marker_pages(
        inquiry, pages, lambda n: re.compile(rf"^\s*{n}\s+{re.escape(SEED_URLS[n - 1])}", re.M)
    )


def test_sixty_notes_stand_on_their_markers_pages(tmp_path):
    inquiry = many_notes_inquiry(60)
    pages = pdf_pages(to_docx(inquiry, ProfileRegistry.load().get("NW")), tmp_path)
    assert len(pages) >= 3
    assert_notes_on_marker_pages(
        inquiry, pages, lambda n: re.compile(rf"^\s*{n}\s+Quelle {n}\b", re.M)
    )
