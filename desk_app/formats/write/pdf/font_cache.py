"""Keep reportlab's parsed TrueType fonts in the user's cache folder between processes.

Parsing the four Liberation faces costs ~17-30 ms of every `desk export --format
pdf` process. The cache holds each face's parsed tables; a font taken from it
reads its file, checks it against the cached SHA-256 and unpickles its tables
only when the face is first used, so a PDF set in regular and bold never pays
for the italics (~7 ms). The cache is only ever a shortcut: a missing, stale or
broken entry means the face is parsed as before, so the PDF bytes never depend
on it. It is keyed by the reportlab version and the interpreter, and lives in
the user's own cache folder (a pickle there is as trusted as the user's other files).
"""

from __future__ import annotations

import hashlib
import pickle
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from desk_app.formats.safe_write import write_atomically
from desk_app.model.errors import DeskError

CACHE_NAME = "pdf-fonts.pickle"
_FORMAT = 2  # raise when the stored layout below changes

# What a parsed font holds that pickle cannot store, or that the file itself gives;
# each is rebuilt on load the way reportlab builds it. Any other unpicklable
# attribute (a new reportlab version) makes the write fail, and then fonts are
# simply parsed every time.
_FONT_REBUILT = ("state", "face")  # state: an empty per-document registry
_FACE_REBUILT = ("_pdfScale", "_ttf_data")  # a closure over unitsPerEm; the file's bytes
_PENDING = "_desk_pending"
_LOCK = threading.Lock()


class CachedFace(NamedTuple):
    """Hold what the cache knows of one font: its file's digest, its names and its tables."""

    digest: str
    face_name: Any  # reportlab's TTFNameBytes: registering a font needs it
    font_state: dict[str, Any]
    tables: bytes  # the face's pickled attributes, unpickled at its first use


class LazyFace(TTFontFace):
    """Act as a parsed face whose tables load from the cache, or the file, at their first use."""

    # Only the face's name is set at first: registering a font needs it. Every other
    # attribute reportlab reads is an instance attribute of a parsed face (a test
    # checks that none is also a class attribute), so its first read lands here.
    def __init__(self, key: str, path: Path, cached: CachedFace, cache: Path) -> None:
        # Not TTFontFace.__init__: it would parse the file, exactly what is put off.
        self.__dict__.update(name=cached.face_name, filename=str(path))
        self.__dict__[_PENDING] = (key, path, cached, cache)

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__") or _PENDING not in self.__dict__:
            # copy and pickle probe for dunders; a loaded face lacks the attribute indeed.
            raise AttributeError(attribute)
        self.load()
        return object.__getattribute__(self, attribute)

    def load(self) -> None:
        """Load the tables now, unless they are loaded already."""
        with _LOCK:
            pending = self.__dict__.pop(_PENDING, None)
            if pending is not None:
                self.__dict__.update(_face_tables(*pending))


def load_fonts(faces: Sequence[tuple[str, Path]], cache_dir: Path) -> list[TTFont]:
    """Return the named TrueType fonts with all tables loaded (from the cache when it matches)."""
    fonts = open_fonts(faces, cache_dir)
    for font in fonts:
        if isinstance(font.face, LazyFace):
            font.face.load()
    return fonts


def open_fonts(faces: Sequence[tuple[str, Path]], cache_dir: Path) -> list[TTFont]:
    """Return the named TrueType fonts; a cached face loads its tables at its first use."""
    cache = cache_dir / CACHE_NAME
    known = _read(cache)
    fonts: list[TTFont] = []
    parsed: dict[str, CachedFace | None] = {}
    for name, path in faces:
        cached = known.get(name)
        if cached is None:
            font = TTFont(name, str(path))
            parsed[name] = _cached_face(font.face, _font_state(font))
        else:
            font = _restore(name, path, cached, cache)
        fonts.append(font)
    if parsed:
        _store(cache, parsed)
    return fonts


def _restore(name: str, path: Path, cached: CachedFace, cache: Path) -> TTFont:
    """Rebuild one font object as TTFont(name, path) would have built it, tables to come."""
    font = TTFont.__new__(TTFont)
    font.__dict__.update(cached.font_state)
    font.face = LazyFace(name, path, cached, cache)
    font.state = WeakKeyDictionary()
    return font


def _face_tables(key: str, path: Path, cached: CachedFace, cache: Path) -> dict[str, Any]:
    """Return a face's attributes: the cached ones if the file is what they were parsed from."""
    data = path.read_bytes()
    tables: dict[str, Any] | None = None
    if hashlib.sha256(data).hexdigest() == cached.digest:
        try:
            tables = pickle.loads(cached.tables)
        except Exception:  # a broken entry means: parse again
            tables = None
    if tables is None:  # the font file changed since it was cached
        face = TTFontFace(str(path))
        tables = _face_state(face)
        _store(cache, {key: _cached_face(face, cached.font_state)})
    return {
        **tables,
        "filename": str(path),  # the same bytes may have been cached from another checkout
        "_ttf_data": data,
        "_pdfScale": _scale(tables["unitsPerEm"]),
    }


def _scale(units_per_em: int) -> Any:
    """Return reportlab's glyph-unit to PDF-unit scale for a face (ttfonts.extractInfo)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _key() -> tuple[Any, ...]:
    """Return what every cached table depends on besides its file: the parsing code."""
    return (_FORMAT, reportlab.Version, sys.implementation.cache_tag)


def _font_state(font: TTFont) -> dict[str, Any]:
    """Return a parsed font's own attributes that the cache stores."""
    return {name: value for name, value in vars(font).items() if name not in _FONT_REBUILT}


def _face_state(face: TTFontFace) -> dict[str, Any]:
    """Return a parsed face's attributes that the cache stores."""
    return {name: value for name, value in vars(face).items() if name not in _FACE_REBUILT}


def _cached_face(face: TTFontFace, font_state: dict[str, Any]) -> CachedFace | None:
    """Return the cache entry of a freshly parsed face, or None if it cannot be pickled."""
    try:
        tables = pickle.dumps(_face_state(face), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return None
    digest = hashlib.sha256(face._ttf_data).hexdigest()
    return CachedFace(digest, face.name, font_state, tables)


def _read(cache: Path) -> dict[str, CachedFace]:
    """Return the cached fonts by registered name; a missing or broken cache holds none."""
    try:
        with cache.open("rb") as stream:
            stored = pickle.load(stream)
        if not isinstance(stored, dict) or stored.get("key") != _key():
            return {}
        return {name: CachedFace(*fields) for name, fields in stored["fonts"].items()}
    except FileNotFoundError:
        return {}
    except Exception:  # a broken cache (any unpickling error) means: parse again
        return {}


def _store(cache: Path, parsed: dict[str, CachedFace | None]) -> None:
    """Add freshly parsed fonts to the cache for the next process; a failure only costs speed."""
    fonts = _read(cache)
    for name, entry in parsed.items():
        if entry is None:
            return  # a face that cannot be stored: it is parsed every time
        fonts[name] = entry
    rows = {name: tuple(entry) for name, entry in fonts.items()}
    try:
        data = pickle.dumps({"key": _key(), "fonts": rows}, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(cache, data)  # a second process never reads half a file
    except (OSError, DeskError):
        return
