"""A cached font face loads its tables at its first use only, and always the right tables."""

from __future__ import annotations

import hashlib
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFace

from desk_app.formats.write.pdf import fonts
from desk_app.formats.write.pdf.font_cache import CACHE_NAME, LazyFace, load_fonts, open_fonts
from desk_app.paths import resources_dir
from tests.formats.conftest import SEED_PATH

FILES = [(name, resources_dir() / "fonts" / filename) for name, filename in fonts._FACES.values()]

# Render the seed with an italic URL and bold italic words added, in a fresh process.
ITALIC_RENDER = """
import pathlib, sys
from desk_app.formats.write.pdf.writer import render_pdf
from desk_app.formats.write.plan import build_plan
from desk_app.formats.read.text.reader import from_text
from desk_app.model import Run
from desk_app.rules.registry import ProfileRegistry
registry = ProfileRegistry.load()
inquiry = from_text(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"), registry).inquiry
inquiry.preamble[0].inlines.append(
    Run(" kursiv: https://example.org/ein/sehr/langer/pfad/der/umbrechen/muss_weil-er.html",
        italic=True))
inquiry.preamble[1].inlines.append(Run(" fett und kursiv", bold=True, italic=True))
plan = build_plan(inquiry, registry.get(inquiry.parliament))
pathlib.Path(sys.argv[2]).write_bytes(render_pdf(plan).data)
"""


def _tables(face: TTFontFace) -> dict:
    """Return what a face was parsed into, without the unpicklable scale function."""
    return {key: value for key, value in vars(face).items() if key != "_pdfScale"}


def _pending(face: TTFontFace) -> bool:
    """Tell whether a face's tables are still to be loaded (without loading them)."""
    return isinstance(face, LazyFace) and "_desk_pending" in vars(face)


def test_no_attribute_of_a_parsed_face_is_also_a_class_attribute():
    # LazyFace loads at the first missing attribute; a class attribute of the same
    # name would be read instead, unloaded. A new reportlab version may add one.
    parsed = TTFontFace(str(FILES[0][1]))
    shadowed = {name for name in vars(parsed) for cls in type(parsed).__mro__ if name in vars(cls)}
    assert shadowed == set()


def test_cached_faces_stay_unloaded_until_used_and_then_equal_parsed_ones(tmp_path):
    parsed = load_fonts(FILES, tmp_path)  # empty cache: parsed and stored
    opened = open_fonts(FILES, tmp_path)
    assert all(_pending(font.face) for font in opened)
    assert [font.face.name for font in opened] == [font.face.name for font in parsed]
    assert all(_pending(font.face) for font in opened)  # the name alone loads nothing
    regular = opened[0]
    assert regular.stringWidth("Förderung", 11) == parsed[0].stringWidth("Förderung", 11)
    assert not _pending(regular.face)
    assert all(_pending(font.face) for font in opened[1:])
    for fresh, restored in zip(parsed, load_fonts(FILES, tmp_path), strict=True):
        assert _tables(fresh.face) == _tables(restored.face)
        assert vars(fresh).keys() == vars(restored).keys()


def _rewrite_entries(cache: Path, change) -> None:
    """Apply change(fields) to every cached font's stored fields."""
    stored = pickle.loads(cache.read_bytes())
    stored["fonts"] = {name: change(list(fields)) for name, fields in stored["fonts"].items()}
    cache.write_bytes(pickle.dumps(stored))


@pytest.mark.parametrize("damage", ["digest", "tables"])
def test_a_face_whose_file_changed_or_whose_tables_broke_is_parsed_again(tmp_path, damage):
    parsed = load_fonts(FILES, tmp_path)
    cache = tmp_path / CACHE_NAME

    def spoil(fields: list) -> list:
        if damage == "digest":
            fields[0] = "0" * 64  # as if the font file had been replaced since
        else:
            fields[3] = b"\x80\x05broken"
        return fields

    _rewrite_entries(cache, spoil)
    again = load_fonts(FILES, tmp_path)
    assert [_tables(font.face) for font in again] == [_tables(font.face) for font in parsed]
    # The cache was repaired: the next process takes the tables from it again.
    healed = pickle.loads(cache.read_bytes())["fonts"]
    for name, path in FILES:
        digest, _name, _state, tables = healed[name]
        assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
        assert pickle.loads(tables)["unitsPerEm"] == 2048


def test_italic_pdf_bytes_are_the_same_with_empty_filled_and_corrupt_cache(tmp_path):
    cache = tmp_path / "cache"
    env = {**os.environ, "DESK_CACHE": str(cache)}

    def render(name: str) -> bytes:
        out = tmp_path / name
        command = [sys.executable, "-c", ITALIC_RENDER, str(SEED_PATH), str(out)]
        subprocess.run(command, check=True, env=env, capture_output=True)
        return out.read_bytes()

    empty = render("empty.pdf")
    filled = render("filled.pdf")
    _rewrite_entries(cache / CACHE_NAME, lambda fields: [fields[0], *fields[1:3], b"broken"])
    corrupt = render("corrupt.pdf")
    assert empty == filled == corrupt
    for face in (b"LiberationSans-Italic", b"LiberationSans-BoldItalic"):
        assert b"+" + face in empty  # both italic faces are really embedded
