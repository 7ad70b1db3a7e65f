"""A DOCX export on the house base needs only a zip and XML strings: no python-docx, no lxml.

The export runs in a fresh interpreter through the real command line, so an
import added anywhere on its way is seen; LibreOffice then opens the file it
wrote, when LibreOffice is installed.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from desk_app.paths import resources_dir
from tests.formats.docx_inquiries import SEED_TITLE, SEED_URLS
from tests.process_probe import loaded_modules

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    """Export the seed as DOCX in a fresh process; return the file and the modules loaded."""
    folder = tmp_path_factory.mktemp("docx")
    db = folder / "seed.sqlite3"
    loaded_modules(db, "import", str(SEED))
    out = folder / "anfrage.docx"
    return out, loaded_modules(db, "export", "1", "--format", "docx", "-o", str(out))


def test_export_loads_neither_python_docx_nor_lxml(exported: tuple[Path, set[str]]) -> None:
    _out, modules = exported
    assert "desk_app" in modules
    assert modules.isdisjoint({"docx", "lxml"}), sorted(modules & {"docx", "lxml"})


def test_the_file_holds_every_part_of_a_word_document(exported: tuple[Path, set[str]]) -> None:
    out, _modules = exported
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        notes = package.read("word/footnotes.xml").decode()
        body = package.read("word/document.xml").decode()
    assert names[0] == "[Content_Types].xml"
    for part in (
        "_rels/.rels",
        "docProps/core.xml",
        "word/document.xml",
        "word/_rels/document.xml.rels",
        "word/styles.xml",
        "word/settings.xml",
        "word/numbering.xml",
        "word/footnotes.xml",
    ):
        assert part in names
    assert 'w:type="separator"' in notes and 'w:type="continuationSeparator"' in notes
    assert body.count("<w:footnoteReference ") == len(SEED_URLS)


@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) and pdftotext are not installed; they are optional",
)
def test_libreoffice_opens_the_export_with_title_and_notes(
    exported: tuple[Path, set[str]], tmp_path: Path
) -> None:
    out, _modules = exported
    subprocess.run(
        [
            "soffice",
            # A private profile, so that a LibreOffice run elsewhere cannot block this one.
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    pdf = tmp_path / "anfrage.pdf"
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # Lines wrap anywhere in a PDF's text; compare without any whitespace.
    squeezed = "".join(text.split())
    assert "".join(SEED_TITLE.split()) in squeezed
    for url in SEED_URLS:  # the seed's footnotes are its sources' addresses
        assert url in squeezed
