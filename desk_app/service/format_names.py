"""The export formats by name, suffix and label, and the file names exports are proposed under."""

from __future__ import annotations

import re
import unicodedata

from desk_app.formats.catalog import EXPORTERS
from desk_app.model import Inquiry, plain
from desk_app.rules.registry import ProfileRegistry

# Name, file suffix and label of each export format, for dialogs and the parser.
EXPORT_FORMATS = EXPORTERS

# Offices keep exports on Windows shares and mail them: names stay ASCII, as Germans
# transliterate by hand; other accents lose their mark (é -> e), other letters go.
_GERMAN = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)
_NOT_A_WORD = re.compile(r"[^A-Za-z0-9]+")
TITLE_WORDS = 6
TITLE_CHARS = 60
# What a layout adds to the name, so that no two layouts of one inquiry share a file.
_ANSWER_MARK = "Antwort"
_PRINTED_MARK = "Drs"


def export_formats() -> list[str]:
    """Return the names of the export formats, sorted."""
    return sorted(EXPORTERS)


def ascii_words(text: str) -> list[str]:
    """Return the words of a text in ASCII letters and digits: "Förderung" -> "Foerderung"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_GERMAN))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return [word for word in _NOT_A_WORD.split(stripped) if word]


def file_prefix(inquiry: Inquiry, registry: ProfileRegistry | None = None) -> str:
    """Return the kind's short form for file names ("KA"): the profile's, else the initials."""
    name = inquiry.kind.replace("-", " ")
    if registry is not None and inquiry.parliament in registry:
        kinds = registry.get(inquiry.parliament).kinds
        if inquiry.kind in kinds:
            kind = kinds[inquiry.kind]
            if kind.file_prefix.strip():
                return "".join(ascii_words(kind.file_prefix)) or "A"
            name = kind.display_name
    return "".join(word[0] for word in ascii_words(name)).upper() or "A"


def short_title(inquiry: Inquiry) -> str:
    """Return the title's first words, joined by hyphens and safe for any file system."""
    title = ""
    for word in ascii_words(plain(inquiry.title.inlines))[:TITLE_WORDS]:
        if title and len(title) + 1 + len(word) > TITLE_CHARS:
            break
        title = f"{title}-{word}" if title else word[:TITLE_CHARS]
    return title


def export_file_name(
    inquiry: Inquiry, fmt: str, layout: str | None, registry: ProfileRegistry | None = None
) -> str:
    """Propose a file name after the parliament's convention, e.g. "KA_5441_Titel.pdf".

    The answer layout adds "Antwort" and the printed layout the Drucksache
    ("Drs-17-8765"), so that one inquiry's layouts never share a file name.
    """
    parts = [file_prefix(inquiry, registry)]
    if inquiry.number:
        parts.append("".join(ascii_words(str(inquiry.number))) or str(inquiry.number))
    drucksache = "-".join(ascii_words(inquiry.drucksache or ""))
    if layout == "answer":
        parts.append(_ANSWER_MARK)
    elif layout == "drucksache" or (not inquiry.number and drucksache):
        parts.append(f"{_PRINTED_MARK}-{drucksache}" if drucksache else _PRINTED_MARK)
    title = short_title(inquiry)
    if title:
        parts.append(title)
    return f"{'_'.join(parts)}.{EXPORT_FORMATS[fmt].suffix}"
