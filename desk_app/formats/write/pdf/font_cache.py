"""Keep reportlab's parsed TrueType fonts in the user's cache folder between processes.

Parsing the four Liberation faces costs ~17-30 ms of every `desk export --format
pdf` process; unpickling the parsed tables costs ~3 ms. The cache is only ever a
shortcut: a missing, stale or broken file means the fonts are parsed as before,
so the PDF bytes never depend on it. It is keyed by the font files' SHA-256, the
reportlab version and the interpreter, and lives in the user's own cache folder
(a pickle there is as trusted as the user's other files).
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from desk_app.formats.safe_write import write_atomically
from desk_app.model.errors import DeskError

CACHE_NAME = "pdf-fonts.pickle"
_FORMAT = 1  # raise when the stored layout below changes

# What a parsed font holds that pickle cannot store; each is rebuilt on load the
# way reportlab builds it. Any other unpicklable attribute (a new reportlab
# version) makes the write fail, and then fonts are simply parsed every time.
_FONT_REBUILT = ("state", "face")  # state: an empty per-document registry
_FACE_REBUILT = ("_pdfScale",)  # a closure over unitsPerEm


def load_fonts(faces: Sequence[tuple[str, Path]], cache_dir: Path) -> list[TTFont]:
    """Return the named TrueType fonts, from the cache when it matches, else parsed afresh."""
    key = _key(faces)
    cache = cache_dir / CACHE_NAME
    fonts = _read(cache, key, faces)
    if fonts is None:
        fonts = [TTFont(name, str(path)) for name, path in faces]
        _write(cache, key, fonts)
    return fonts


def _key(faces: Sequence[tuple[str, Path]]) -> tuple[Any, ...]:
    """Return what the cached tables depend on: the files' bytes and the parsing code."""
    # Hashing the 1.6 MB of the four files costs ~1 ms; a stat-based key would be
    # cheaper but could miss a font replaced in place with the same size and time.
    digests = tuple((name, hashlib.sha256(path.read_bytes()).hexdigest()) for name, path in faces)
    return (_FORMAT, reportlab.Version, sys.implementation.cache_tag, digests)


def _read(
    cache: Path, key: tuple[Any, ...], faces: Sequence[tuple[str, Path]]
) -> list[TTFont] | None:
    """Return the cached fonts if the cache file holds exactly these, else None."""
    try:
        with cache.open("rb") as stream:
            stored = pickle.load(stream)
        if not isinstance(stored, dict) or stored.get("key") != key:
            return None
        return [
            _restore(font_state, face_state, path)
            for (font_state, face_state), (_, path) in zip(stored["fonts"], faces, strict=True)
        ]
    except FileNotFoundError:
        return None
    except Exception:  # a broken cache (any unpickling error) means: parse again
        return None


def _restore(font_state: dict[str, Any], face_state: dict[str, Any], path: Path) -> TTFont:
    """Rebuild one font object as TTFont(name, path) would have built it."""
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(face_state)
    face.filename = str(path)  # the same bytes may have been cached from another checkout
    face._pdfScale = _scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    font.__dict__.update(font_state)
    font.face = face
    font.state = WeakKeyDictionary()
    return font


def _scale(units_per_em: int) -> Any:
    """Return reportlab's glyph-unit to PDF-unit scale for a face (ttfonts.extractInfo)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _write(cache: Path, key: tuple[Any, ...], fonts: list[TTFont]) -> None:
    """Store the parsed fonts for the next process; a failure only costs that speed."""
    states = [
        (
            {name: value for name, value in vars(font).items() if name not in _FONT_REBUILT},
            {name: value for name, value in vars(font.face).items() if name not in _FACE_REBUILT},
        )
        for font in fonts
    ]
    try:
        data = pickle.dumps({"key": key, "fonts": states}, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(cache, data)  # a second process never reads half a file
    except (OSError, DeskError):
        return
