"""An 18th parliament and a new layout are data only: a user folder, no Python change."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pypdf
import pytest

from desk_app.cli import main
from desk_app.rules.registry import ProfileRegistry

PROFILE = """
id = "ZZ"
name = "Landtag Testland"
header_name = "LANDTAG TESTLAND"
government = "Landesregierung"
holidays_region = "HE"
holidays_region_name = "Hessen"
place = "Teststadt"
source = "Testprofil"
default_kind = "kleine-anfrage"

[[terms]]
number = 3
start = 2020-01-01

[layout]
base = "schmal"
header_left = ["{header_name}", "{term}. Wahlperiode"]
header_right = ["Drucksache {drucksache}"]
running_header_left = "{header_name} – Seite {page}"

[layout.typography]
header_size = 13.0

[kinds.kleine-anfrage]
display_name = "Kleine Anfrage"
"""

LAYOUT = """
[submission]
header_left = ["Eingereicht beim {parliament}"]
header_right = ["{term}. Wahlperiode"]
running_header_left = "{parliament}"
running_header_right = "Blatt {page}"

[page]
width = 210.0
height = 297.0
margin_left = 30.0
margin_right = 15.0
margin_top = 30.0
margin_bottom = 25.0
header_distance = 15.0
footer_distance = 10.0

[typography]
body_size = 10.0
note_size = 8.0
kind_size = 13.0
title_size = 11.0
header_size = 11.0
running_size = 8.0
footer_size = 7.0
question_indent = 8.0
quote_indent = 9.0
note_indent = 4.0
"""


@pytest.fixture
def profiles() -> Path:
    """Write the test parliament and its layout into the user's profile folder."""
    root = Path(os.environ["DESK_PROFILES"])
    (root / "ZZ").mkdir(parents=True)
    (root / "ZZ" / "parliament.toml").write_text(PROFILE, encoding="utf-8")
    (root / "_layouts").mkdir()
    (root / "_layouts" / "schmal.toml").write_text(LAYOUT, encoding="utf-8")
    return root


def desk(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run one `desk` verb in process and return what it printed."""
    capsys.readouterr()
    status = main(["--db", str(tmp_path / "desk.sqlite3"), *args])
    out, err = capsys.readouterr()
    assert status == 0, err
    return out.strip()


def docx_headers(path: Path) -> str:
    """Return the XML of every header part of a DOCX."""
    with zipfile.ZipFile(path) as package:
        names = [name for name in package.namelist() if name.startswith("word/header")]
        return "".join(package.read(name).decode("utf-8") for name in names)


def pdf_first_page(path: Path) -> str:
    """Return the text of a PDF's first page."""
    return pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages[0].extract_text()


def test_a_user_parliament_exports_its_own_headers(profiles, tmp_path, capsys):
    assert ProfileRegistry.load().get("ZZ").default_kind == "kleine-anfrage"
    new = ("new", "--parliament", "ZZ", "--kind", "kleine-anfrage", "--title", "Wie testen wir?")
    inquiry = desk(tmp_path, capsys, *new)
    for layout, expected in (
        ("submission", ["Eingereicht beim Landtag Testland", "3. Wahlperiode"]),
        ("drucksache", ["LANDTAG TESTLAND", "Drucksache 3/45"]),
    ):
        if layout == "drucksache":
            desk(tmp_path, capsys, "set", inquiry, "drucksache", "3/45")
        docx = tmp_path / f"{layout}.docx"
        pdf = tmp_path / f"{layout}.pdf"
        for fmt, path in (("docx", docx), ("pdf", pdf)):
            desk(
                tmp_path,
                capsys,
                "export",
                inquiry,
                "--format",
                fmt,
                "--layout",
                layout,
                "-o",
                str(path),
            )
        for line in expected:
            assert line in docx_headers(docx), (layout, line)
            assert line in pdf_first_page(pdf), (layout, line)


def test_an_unknown_layout_is_named(profiles, tmp_path, capsys):
    text = (profiles / "ZZ" / "parliament.toml").read_text(encoding="utf-8")
    (profiles / "ZZ" / "parliament.toml").write_text(text.replace('"schmal"', '"breit"'), "utf-8")
    db = str(tmp_path / "desk.sqlite3")
    # Profiles are read when first used: listing needs none, a new ZZ inquiry reads ZZ's.
    assert main(["--db", db, "list"]) == 0
    status = main(["--db", db, "new", "--parliament", "ZZ", "--kind", "kleine-anfrage"])
    err = capsys.readouterr().err
    assert status != 0 and "breit" in err and "schmal" in err and "standard" in err


def test_the_layout_geometry_reaches_both_exports(profiles, tmp_path, capsys):
    new = ("new", "--parliament", "ZZ", "--kind", "kleine-anfrage", "--title", "Wie breit?")
    inquiry = desk(tmp_path, capsys, *new)
    docx, pdf = tmp_path / "schmal.docx", tmp_path / "schmal.pdf"
    for fmt, path in (("docx", docx), ("pdf", pdf)):
        desk(tmp_path, capsys, "export", inquiry, "--format", fmt, "-o", str(path))
    with zipfile.ZipFile(docx) as package:
        document = package.read("word/document.xml").decode("utf-8")
        numbering = package.read("word/numbering.xml").decode("utf-8")
    # 30 mm left, 15 mm right, 30 mm top (1 mm = 56.7 twips); questions indented 8 mm.
    assert 'w:left="1701"' in document and 'w:right="851"' in document
    assert 'w:top="1701"' in document
    assert 'w:hanging="454"' in numbering
    # The PDF's title starts at the 30 mm margin, not the standard layout's 25 mm.
    page = pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages[0]
    starts: list[float] = []
    page.extract_text(
        visitor_text=lambda text, _cm, tm, *_: starts.append(tm[4]) if text.strip() else None
    )
    # Runs placed by the page's own matrix report 0; the positioned ones show the margin.
    assert round(min(x for x in starts if x > 0) / 72 * 25.4) == 30
