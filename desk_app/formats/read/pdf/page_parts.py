"""Sort a PDF's lines into page furniture, footnote zones at page feet, and body text.

Furniture is what a page prints around the text: running headers, page
numbers, and the page-1 footer. Lines the parliament's profile names as
page lines are kept as metadata (they hold dates and the Drucksache
number); everything else that repeats in a page's margin bands is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from desk_app.formats.read.pdf.lines import Line
from desk_app.formats.read.pdf.text_layer import TextLayer
from desk_app.formats.read.structure.page_numbers import is_page_number

TOP_BAND = 0.9  # share of the page height above which running headers stand
BOTTOM_BAND = 0.08  # share below which page footers stand
NOTE_SIZE = 0.93  # note text is set smaller than this share of the body size
# Publishers' ordering notices at a page foot ("… gegen eine Schutzgebühr zu beziehen",
# "Vertrieb: Bundesanzeiger …") share this wording across parliaments; it is no content.
_NOTICE = re.compile(
    r"Veröffentlichungen\b|Schutzgebühr|zu beziehen|Vertrieb:|Gesamtherstellung|"
    r"Herstellung:|Bundesanzeiger|ISSN\b|Internet-Angebot|Druck:",
    re.IGNORECASE,
)


@dataclass(slots=True)
class PageParts:
    """Hold the lines of a document sorted by their job."""

    page_lines: list[str] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    body_size: float = 0.0


BODY_SHARE = 0.15  # a larger size with this share of the characters on most pages is the body


def body_size(lines: list[Line]) -> float:
    """Return the size the body text is set in: as a rule the one most characters are set in.

    In a document with many long notes the notes outweigh the body, and
    taking their size for the body's made every note a body paragraph. So a
    larger size that still carries much of the text on most pages wins;
    headings and titles are larger too, but stand on few pages with little text.
    """
    weights: Counter[float] = Counter()
    pages: dict[float, set[int]] = {}
    for line in lines:
        for piece in line.pieces:
            weights[piece.size] += len(piece.text.strip())
            pages.setdefault(piece.size, set()).add(line.page)
    if not weights:
        return 0.0
    common = weights.most_common(1)[0][0]
    total = sum(weights.values())
    count = len({line.page for line in lines})
    running = [
        size
        for size, weight in weights.items()
        if size > common
        and count >= 2
        and weight >= BODY_SHARE * total
        and len(pages[size]) >= count / 2
    ]
    return max(running, default=common)


def split_pages(layer: TextLayer, is_page_line: Callable[[str], bool]) -> PageParts:
    """Return the document's lines sorted into page lines, body, notes and dropped furniture."""
    parts = PageParts(body_size=body_size(layer.lines))
    repeated = _repeated_band_lines(layer)
    pages: dict[int, list[Line]] = {}
    for line in layer.lines:
        pages.setdefault(line.page, []).append(line)
    for number in sorted(pages):
        kept = []
        for line in pages[number]:
            text = " ".join(line.text.split())
            band = _band(line, layer.heights[number])
            matched = bool(band) and is_page_line(text)
            if matched and number == 0 and band == "bottom":
                parts.page_lines.append(text)  # the page-1 footer: dates, kept as metadata
            elif (matched and number > 0) or (band and is_page_number(text)):
                parts.dropped.append(text)
            elif number == 0 and band == "top":
                parts.header.append(text)  # page 1's top band is the document's header
            elif band and _key(text) in repeated:
                parts.dropped.append(text)
            else:
                kept.append(line)
        zone = _note_zone(kept, parts.body_size)
        notice = next((i for i, line in enumerate(zone) if _NOTICE.search(line.text)), len(zone))
        parts.dropped += [line.text for line in zone[notice:]]
        parts.body += kept[: len(kept) - len(zone)]
        parts.notes += zone[:notice]
    return parts


def _band(line: Line, height: float) -> str:
    """Return "top" or "bottom" for a line in a margin band, else ""."""
    if line.y > TOP_BAND * height:
        return "top"
    if line.y < BOTTOM_BAND * height:
        return "bottom"
    return ""


def _key(text: str) -> str:
    """Return a line's text with digits blurred, so "Seite 2" and "Seite 3" compare equal.

    A line that starts with a number may be a footnote ("3 Quelle"), so it is kept exact.
    """
    text = " ".join(text.split())
    return text if text[:1].isdigit() else re.sub(r"\d+", "#", text)


def _repeated_band_lines(layer: TextLayer) -> set[str]:
    """Return the blurred texts that stand in the margin bands of two or more pages."""
    pages: dict[str, set[int]] = {}
    for line in layer.lines:
        if _band(line, layer.heights[line.page]):
            pages.setdefault(_key(line.text), set()).add(line.page)
    return {key for key, found in pages.items() if len(found) >= 2}


def _note_zone(lines: list[Line], size: float) -> list[Line]:
    """Return the lines at the foot of a page set smaller than the body: notes or a notice."""
    count = 0
    for line in reversed(lines):
        if not line.size or line.size >= NOTE_SIZE * size:
            break
        count += 1
    zone = lines[len(lines) - count :] if count else []
    if count == len(lines) and not any(_NOTICE.search(line.text) for line in zone):
        return []  # a page set entirely in small type has no body to have notes for
    return zone
