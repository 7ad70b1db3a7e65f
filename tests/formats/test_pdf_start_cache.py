"""The PDF writer's start-up shortcuts never change a byte: font cache and lazy URI pattern."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.formats.write.pdf import fonts
from desk_app.formats.write.pdf.font_cache import CACHE_NAME, load_fonts
from desk_app.formats.write.pdf.lazy_patterns import URI_PATTERN_START, LazyPattern
from desk_app.paths import resources_dir
from tests.formats.conftest import SEED_PATH

FILES = [(name, resources_dir() / "fonts" / filename) for name, filename in fonts._FACES.values()]


def _export_pdf(db: Path, cache: Path, out: Path) -> bytes:
    """Export the seed as PDF in a fresh process whose cache folder is `cache`."""
    env = {**os.environ, "DESK_CACHE": str(cache)}
    command = [sys.executable, "-m", "desk_app", "--db", str(db), "export", "1"]
    subprocess.run([*command, "--format", "pdf", "-o", str(out)], check=True, env=env)
    return out.read_bytes()


def test_pdf_bytes_are_the_same_with_empty_filled_and_corrupt_cache(tmp_path):
    db, cache = tmp_path / "seed.sqlite3", tmp_path / "cache"
    subprocess.run(
        [sys.executable, "-m", "desk_app", "--db", str(db), "import", str(SEED_PATH)],
        check=True,
        capture_output=True,
    )
    empty = _export_pdf(db, cache, tmp_path / "empty.pdf")
    assert (cache / CACHE_NAME).is_file()
    filled = _export_pdf(db, cache, tmp_path / "filled.pdf")
    (cache / CACHE_NAME).write_bytes(b"\x80\x05not a pickle at all")
    corrupt = _export_pdf(db, cache, tmp_path / "corrupt.pdf")
    assert empty == filled == corrupt
    # The broken file was replaced by a good one.
    assert _export_pdf(db, cache, tmp_path / "again.pdf") == empty


def _tables(font) -> dict:
    """Return what a font's face was parsed into, without the unpicklable scale function."""
    return {key: value for key, value in vars(font.face).items() if key != "_pdfScale"}


@pytest.mark.parametrize(
    "damage",
    [b"", b"garbage", None],
    ids=["empty-file", "garbage", "truncated"],
)
def test_cached_fonts_equal_parsed_ones_and_damage_means_parse_again(tmp_path, damage):
    parsed = load_fonts(FILES, tmp_path)
    cached = load_fonts(FILES, tmp_path)
    for fresh, restored in zip(parsed, cached, strict=True):
        assert _tables(fresh) == _tables(restored)
        assert fresh.fontName == restored.fontName
        assert [fresh.face._pdfScale(v) for v in (0, 1, 2048)] == [
            restored.face._pdfScale(v) for v in (0, 1, 2048)
        ]
    cache = tmp_path / CACHE_NAME
    data = cache.read_bytes()
    cache.write_bytes(data[: len(data) // 2] if damage is None else damage)
    again = load_fonts(FILES, tmp_path)
    assert [_tables(font) for font in again] == [_tables(font) for font in parsed]


def test_an_unwritable_cache_folder_only_costs_speed(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert [font.fontName for font in load_fonts(FILES, blocker / "cache")] == [
        name for name, _ in FILES
    ]


def test_reportlab_uri_pattern_is_lazy_and_matches_as_compiled():
    import re

    from reportlab.platypus import paragraph

    assert isinstance(paragraph.uri_pat, LazyPattern)
    source = paragraph.uri_pat._pattern
    assert source.startswith(URI_PATTERN_START)
    real = re.compile(source, re.I)
    for text in ("https://example.org/a/b?c=d", "HTTP://Beispiel.de", "no uri", "ftp://1.2.3.4/x"):
        lazy_match, real_match = paragraph.uri_pat.match(text), real.match(text)
        assert (lazy_match and lazy_match.groups()) == (real_match and real_match.groups())
