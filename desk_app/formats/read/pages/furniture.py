"""Take page furniture out of page text: running headers, page numbers, printer's lines, notices.

What the parliament's profile names as page lines (a running header, the
page-1 footer with its date) is kept apart as metadata; notices (the
printer, "Die Antwort wurde namens der Bundesregierung … übermittelt") are
kept apart too, because an answer's head reads its ministry from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desk_app.formats.read.structure.page_lines import page_line_patterns
from desk_app.rules.profile import Parliament
from desk_app.rules.reading_common import common_reading

EDGE = 4  # lines at a page's top and foot that may be furniture
_NUMBER_WORD = re.compile(r"[(\[]?\d[\d/.]*[)\]]?[.,:]?")
HEADER_LOWER = 2  # words in lower case a running header may have ("der", "und", "von")
MIN_HEADER = 12  # a repeated edge line shorter than this may be text ("Antwort 2")


@dataclass(slots=True)
class Furniture:
    """Hold the furniture taken out of a document's pages."""

    page_lines: list[str] = field(default_factory=list)  # first page's: hold metadata
    notices: list[str] = field(default_factory=list)
    dropped: int = 0


@dataclass(frozen=True, slots=True)
class FurnitureRules:
    """Hold the compiled patterns one parliament's page furniture is recognised by."""

    page_lines: tuple[re.Pattern[str], ...]
    notices: tuple[re.Pattern[str], ...]
    page_numbers: tuple[re.Pattern[str], ...]

    reprint: re.Pattern[str] | None = None

    def is_page_line(self, line: str) -> bool:
        """Tell whether a line is a running header or footer, a reprint mark aside."""
        rest = self.reprint.sub("", line).strip() if self.reprint else line
        return any(
            pattern.fullmatch(line) or pattern.fullmatch(rest) for pattern in self.page_lines
        )

    def is_edge_line(self, line: str) -> bool:
        """Tell whether a line at a page edge is furniture: a page line or a page number."""
        return self.is_page_line(line) or any(p.fullmatch(line) for p in self.page_numbers)

    def notice(self, line: str) -> bool:
        """Tell whether a line begins a printer's line or a publisher's notice."""
        return any(pattern.match(line) for pattern in self.notices)


def furniture_rules(parliament: Parliament) -> FurnitureRules:
    """Return the furniture patterns of a parliament: its profile's and the common ones."""
    common = common_reading()
    own = tuple(re.compile(p, re.IGNORECASE) for p in parliament.reading.page_lines)
    notices = tuple(re.compile(p, re.IGNORECASE) for p in parliament.reading.notices)
    mark = parliament.layout.reprint_mark.strip()
    # "… Ausgegeben: 19.02.2020 (Neudruck 24.02.2020)": the footer with a reprint date.
    reprint = re.compile(rf"\(?\s*{re.escape(mark)}\b[^)]*\)?", re.I) if mark else None
    return FurnitureRules(
        (*page_line_patterns(parliament), *own),
        (*notices, *common.notices),
        common.page_numbers,
        reprint,
    )


def strip_furniture(
    pages: list[list[str]], rules: FurnitureRules
) -> tuple[list[list[str]], Furniture]:
    """Return the pages without furniture, and the furniture taken out."""
    found = Furniture()
    repeated = _repeated_edges(pages)
    result = []
    for number, page in enumerate(pages):
        lines = _without_notices(page, rules, found)
        lines = _trim_edges(lines, rules, found, number == 0, repeated)
        result.append(lines)
    return result, found


def _edges(lines: list[str]) -> set[int]:
    """Return the indexes of a page's first and last lines, where furniture stands."""
    filled = [index for index, line in enumerate(lines) if line]
    return set(filled[:EDGE]) | set(filled[-EDGE:])


def _header_like(line: str) -> bool:
    """Tell whether a line reads like a running header: names and numbers, hardly prose.

    "Deutscher Bundestag – 21. Wahlperiode – 3 – Drucksache 21/7652" has no
    word in lower case; a sentence repeated at page tops has many.
    """
    words = line.split()
    lower = sum(1 for word in words if word[:1].islower())
    # Its numbers stand alone ("– 3 –", "21/7652", "Seite 2"), not glued to words.
    number = any(_NUMBER_WORD.fullmatch(word) for word in words)
    return not line[:1].isdigit() and lower <= HEADER_LOWER and number


def _key(line: str) -> str:
    """Return a line with its numbers blurred, so "– 2 –" and "– 3 –" headers compare equal."""
    return re.sub(r"\d+", "#", " ".join(line.split()))


def _repeated_edges(pages: list[list[str]]) -> set[str]:
    """Return the blurred lines that stand at the edges of several pages: running headers.

    A profile may not know a parliament's header yet; the page does, by
    repeating it. Only lines with a number (a page, a Drucksache) and hardly a
    word in lower case count, so a heading such as "Antwort:" at two page tops
    and a sentence of the same shape at many stay text.
    """
    seen: dict[str, set[int]] = {}
    for number, page in enumerate(pages):
        for index in _edges(page):
            key = _key(page[index])
            if _header_like(page[index]) and "#" in key and len(key) >= MIN_HEADER:
                seen.setdefault(key, set()).add(number)
    needed = max(2, len(pages) // 2)
    return {key for key, found in seen.items() if len(found) >= needed}


def _without_notices(page: list[str], rules: FurnitureRules, found: Furniture) -> list[str]:
    """Remove notice lines and the lines their sentence runs on to."""
    kept: list[str] = []
    index = 0
    while index < len(page):
        line = page[index]
        if line and rules.notice(line):
            notice = line
            index += 1
            # "… mit Schreiben des Bundesministeriums für …" / "vom 21. Mai 2025 übermittelt."
            while index < len(page) and not notice.endswith(".") and page[index][:1].islower():
                notice = f"{notice} {page[index]}"
                index += 1
            found.notices.append(notice)
            found.dropped += 1
            continue
        kept.append(line)
        index += 1
    return kept


def _trim_edges(
    lines: list[str], rules: FurnitureRules, found: Furniture, first: bool, repeated: set[str]
) -> list[str]:
    """Remove page lines, page numbers and repeated headers among a page's first and last lines.

    The first page's top is the document's head: a repeated line there (the
    Drucksache number) stays, for the head to read.
    """
    edges = _edges(lines)
    top = set(sorted(edges)[:EDGE]) if first else set()
    kept = []
    for index, line in enumerate(lines):
        page_line = index in edges and rules.is_edge_line(line)
        running = index in edges and index not in top and _key(line) in repeated
        if page_line or running:
            found.dropped += 1
            if first and rules.is_page_line(line):
                found.page_lines.append(line)
            continue
        kept.append(line)
    return kept
