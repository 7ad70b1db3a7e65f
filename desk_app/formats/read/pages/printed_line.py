"""A line of page text that may know how it was printed: its bold and italic runs, a gap above.

Page text from a plain text layer is just characters. A PDF tells more: a
title set bold, a paragraph that begins after a wider gap. A `PrintedLine`
is a `str`, so every step that reads page text (furniture, notes) reads it
unchanged, and the step that builds blocks asks it for what the page showed.
"""

from __future__ import annotations

from collections.abc import Iterable

from desk_app.model import Run

Span = tuple[str, bool, bool]  # characters, bold, italic


class PrintedLine(str):
    """Hold one line's characters, its runs and whether a paragraph gap stands above it."""

    runs: tuple[Span, ...]
    gap_before: bool
    markers: tuple[tuple[int, int], ...]  # character spans of numbers set small and raised
    indented: bool  # set in from the text's left margin (a quotation)

    def __new__(
        cls,
        runs: Iterable[Span],
        gap_before: bool = False,
        markers: Iterable[tuple[int, int]] = (),
        indented: bool = False,
    ) -> PrintedLine:
        """Return a line made of runs; its characters are the runs' characters in order."""
        spans = tuple(span for span in runs if span[0])
        line = super().__new__(cls, "".join(span[0] for span in spans))
        line.runs, line.gap_before, line.markers = spans, gap_before, tuple(markers)
        line.indented = indented
        return line


def spans_of(line: str) -> tuple[Span, ...]:
    """Return a line's runs; a plain line is one plain run."""
    return line.runs if isinstance(line, PrintedLine) else ((line, False, False),)


def runs_between(line: str, start: int, end: int) -> list[Run]:
    """Return the runs of a line's characters from start to end, formatting kept."""
    result: list[Run] = []
    position = 0
    for text, bold, italic in spans_of(line):
        left, right = max(start, position), min(end, position + len(text))
        if left < right:
            result.append(Run(text[left - position : right - position], bold, italic))
        position += len(text)
    return result


def cut_line(line: str, count: int) -> str:
    """Return a line without its first `count` characters and the spaces after them."""
    rest = line[count:]
    start = count + len(rest) - len(rest.lstrip())
    if not isinstance(line, PrintedLine):
        return line[start:]
    return PrintedLine(
        ((run.text, run.bold, run.italic) for run in runs_between(line, start, len(line))),
        line.gap_before,
        ((left - start, right - start) for left, right in line.markers if left >= start),
        line.indented,
    )


def gap_before(line: str) -> bool:
    """Tell whether the page showed a paragraph gap above a line (never for plain text)."""
    return isinstance(line, PrintedLine) and line.gap_before


def raised_numbers(line: str) -> tuple[tuple[int, int], ...]:
    """Return where the page printed small raised numbers in a line (none for plain text)."""
    return line.markers if isinstance(line, PrintedLine) else ()


def indented(line: str) -> bool:
    """Tell whether the page set a line in from the left margin (never for plain text)."""
    return isinstance(line, PrintedLine) and line.indented
