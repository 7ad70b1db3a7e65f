"""Golden files of the seed's DOCX parts, so that every change of output is a visible diff.

Regenerate after an intended change with:
    DESK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/formats/test_to_docx_golden.py
and review the diff of tests/formats/golden/ before committing it.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
from lxml import etree

from desk_app.formats.write.docx.writer import to_docx
from desk_app.rules.registry import ProfileRegistry
from tests.formats.docx_inquiries import seed_inquiry
from tests.formats.docx_read import Docx

GOLDEN = Path(__file__).parent / "golden"
PARTS = {
    "word/document.xml": "nw_seed_document.xml",
    "word/footnotes.xml": "nw_seed_footnotes.xml",
}


def normalised(xml: bytes) -> str:
    """Return XML pretty-printed, one element per line, for a readable diff."""
    parser = etree.XMLParser(remove_blank_text=True)
    root = etree.fromstring(xml, parser)
    return etree.tostring(root, pretty_print=True, encoding="unicode")


@pytest.mark.parametrize("part", sorted(PARTS))
def test_seed_part_matches_its_golden_file(part):
    data = to_docx(seed_inquiry(), ProfileRegistry.load().get("NW"), "drucksache")
    actual = normalised(Docx(data).zip.read(part))
    golden = GOLDEN / PARTS[part]
    if os.environ.get("DESK_UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), str(golden), part, lineterm="", n=2
        )
        pytest.fail(
            "DOCX output changed; if intended, rerun with DESK_UPDATE_GOLDEN=1:\n"
            + "\n".join(list(diff)[:80])
        )
