"""Hostile text in every field: exports and imports survive, the Markdown form round-trips."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desk_app.formats.catalog import EXPORTERS, export_inquiry, import_file
from desk_app.formats.read.text.reader import from_text
from desk_app.formats.write.markdown.inquiry import to_markdown
from desk_app.model import DeskError, Inquiry, canonical
from desk_app.rules.registry import ProfileRegistry
from desk_app.storage import InquiryStore
from tests.faults.hostile import HOSTILE, MEGABYTE, hostile_inquiry

ROOT = Path(__file__).resolve().parents[2]
FORMATS = sorted(EXPORTERS)


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    """Load the bundled parliament profiles once."""
    return ProfileRegistry.load()


def _export(inquiry: Inquiry, fmt: str, registry: ProfileRegistry) -> bytes | None:
    """Export, accepting a DeskError (a clear refusal) but no other exception."""
    try:
        return export_inquiry(inquiry, fmt, registry)
    except DeskError:
        return None


@pytest.mark.parametrize("parliament", ["NW", "BT", "BY"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_survives_hostile_text(registry, fmt, parliament):
    data = _export(hostile_inquiry(parliament), fmt, registry)
    assert data is None or len(data) > 0


def test_exports_keep_markup_characters_as_content(registry):
    markdown = export_inquiry(hostile_inquiry(), "md", registry).decode("utf-8")
    assert "R&D" in markdown or "R\\&D" in markdown
    # Text stays text (escaped once), and links are http, https or mailto only (docs/DESIGN.md §6).
    with zipfile.ZipFile(io.BytesIO(export_inquiry(hostile_inquiry(), "docx", registry))) as docx:
        assert b"a&lt;b und c&gt;d R&amp;D &amp;amp;" in docx.read("word/document.xml")
        for name in docx.namelist():
            if name.endswith(".rels"):
                assert b'Target="javascript:' not in docx.read(name), name


@pytest.mark.parametrize("fmt", ["md", "docx", "ics"])
def test_a_one_megabyte_paragraph_exports(registry, fmt):
    assert _export(hostile_inquiry(big=MEGABYTE), fmt, registry) is not None


def test_a_100_kilobyte_paragraph_exports_to_pdf(registry):
    assert _export(hostile_inquiry(big=MEGABYTE[:100_000]), "pdf", registry)


@pytest.mark.slow
def test_a_one_megabyte_paragraph_exports_to_pdf_within_20_seconds(tmp_path):
    # Once ~260 s: each page wrapped the whole rest of the paragraph
    # (desk_app/formats/write/pdf/long_text.py).
    script = (
        "from desk_app.formats.catalog import export_inquiry\n"
        "from desk_app.rules.registry import ProfileRegistry\n"
        "from tests.faults.hostile import MEGABYTE, hostile_inquiry\n"
        "export_inquiry(hostile_inquiry(big=MEGABYTE), 'pdf', ProfileRegistry.load())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        subprocess.run([sys.executable, "-c", script], env=env, timeout=20, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail("the PDF export of a 1 MB paragraph took longer than 20 s")


@pytest.mark.parametrize("big", ["", MEGABYTE], ids=["hostile", "hostile+1MB"])
def test_the_markdown_form_round_trips(registry, big):
    inquiry = hostile_inquiry(big=big)
    assert from_text(to_markdown(inquiry, registry), registry).inquiry == canonical(inquiry)


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_importing_our_own_hostile_exports_survives(registry, tmp_path, fmt):
    data = _export(hostile_inquiry(), fmt, registry)
    assert data is not None
    path = tmp_path / f"hostile.{fmt}"
    path.write_bytes(data)
    try:
        result = import_file(path, registry)
    except DeskError:
        return
    assert result.inquiry.questions


def test_importing_hostile_raw_text_survives(registry, tmp_path):
    for number, text in enumerate([*HOSTILE, "\n".join(HOSTILE), MEGABYTE]):
        path = tmp_path / f"raw{number}.md"
        path.write_text(text, encoding="utf-8")
        with contextlib.suppress(DeskError):  # a clear refusal is fine
            import_file(path, registry)


def test_the_store_keeps_hostile_text_and_searches_for_it(tmp_path):
    inquiry = hostile_inquiry(big=MEGABYTE)
    with InquiryStore.open(tmp_path / "hostile.sqlite3") as store:
        inquiry_id = store.add(inquiry)
        assert store.get(inquiry_id) == inquiry
        for query in [*HOSTILE, "*", '"', "AND OR NOT", "NEAR(a b)", "\x00"]:
            store.search(query)  # no exception: user text is quoted, never raw FTS syntax
        assert [row.id for row in store.search("Überschreibung")] == [inquiry_id]
