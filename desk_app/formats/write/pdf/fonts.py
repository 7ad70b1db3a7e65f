"""Register the bundled Liberation Sans family with reportlab so every PDF embeds it."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics

from desk_app.formats.write.pdf.font_cache import open_fonts
from desk_app.formats.write.pdf.widths import remember_widths
from desk_app.i18n import _
from desk_app.model.errors import DeskError
from desk_app.paths import resources_dir, user_cache_dir

FAMILY = "LiberationSans"
_FACES = {
    "regular": ("LiberationSans", "LiberationSans-Regular.ttf"),
    "bold": ("LiberationSans-Bold", "LiberationSans-Bold.ttf"),
    "italic": ("LiberationSans-Italic", "LiberationSans-Italic.ttf"),
    "bold_italic": ("LiberationSans-BoldItalic", "LiberationSans-BoldItalic.ttf"),
}


# A NamedTuple rather than a frozen dataclass: every PDF process builds it at import (~1 ms less).
class FontFaces(NamedTuple):
    """Name the four registered faces of the body family."""

    regular: str
    bold: str
    italic: str
    bold_italic: str


@cache
def register_fonts() -> FontFaces:
    """Register the four TrueType faces once per process and return their names."""
    # reportlab keeps fonts in a process-wide registry; registering twice is harmless
    # but reading four 400 KB files for every export is not, hence the cache.
    folder = resources_dir() / "fonts"
    files = [(name, folder / filename) for name, filename in _FACES.values()]
    for _name, path in files:
        if not path.is_file():
            raise DeskError(
                _("Die Schriftdatei {path} fehlt; die Installation ist unvollständig.").format(
                    path=path
                )
            )
    # Parsed tables come from the user cache when they match (~25 ms saved per process),
    # each face's at its first use: the italics only load for a text that has some.
    for font in open_fonts(files, user_cache_dir()):
        remember_widths(font)  # after open_fonts: the font cache stores the font as parsed
        pdfmetrics.registerFont(font)
    faces = FontFaces(*(face[0] for face in _FACES.values()))
    # <b> and <i> in paragraph markup find the faces through the family mapping.
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=faces.regular,
        bold=faces.bold,
        italic=faces.italic,
        boldItalic=faces.bold_italic,
    )
    return faces
