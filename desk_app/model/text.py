"""Rich text of an inquiry: paragraphs of runs and footnote references."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(slots=True)
class Run:
    """Hold a stretch of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(slots=True)
class FootnoteRef:
    """Mark the place of a footnote; its number is derived, never stored."""

    footnote_id: str


Inline = Run | FootnoteRef


class ParagraphStyle(StrEnum):
    """Name the ways a paragraph can be set."""

    BODY = "body"
    QUOTE = "quote"


@dataclass(slots=True)
class Paragraph:
    """Hold one paragraph: a list of runs and footnote references."""

    inlines: list[Inline] = field(default_factory=list)
    style: ParagraphStyle = ParagraphStyle.BODY


Text = list[Paragraph]


def plain(inlines: list[Inline]) -> str:
    """Return the characters of some inlines without formatting or markers."""
    return "".join(item.text for item in inlines if isinstance(item, Run))


def plain_text(text: Text) -> str:
    """Return a text's paragraphs as plain text, one paragraph per line."""
    return "\n".join(plain(paragraph.inlines) for paragraph in text)


def footnote_refs(text: Text) -> Iterator[str]:
    """Yield the footnote ids referenced in a text, in reading order."""
    for paragraph in text:
        for item in paragraph.inlines:
            if isinstance(item, FootnoteRef):
                yield item.footnote_id


def paragraph(text: str = "", *, bold: bool = False, italic: bool = False) -> Paragraph:
    """Build a body paragraph of one run (a convenience for callers and tests)."""
    return Paragraph([Run(text, bold, italic)] if text else [])


def normalize_inlines(inlines: list[Inline]) -> list[Inline]:
    """Return inlines in canonical form.

    Canonical means: no empty runs, no newlines inside runs, whitespace at the
    edges of a formatted run is unformatted, and neighbouring runs with the
    same formatting are merged. Two texts that look the same are then equal.
    """
    pieces: list[Inline] = []
    for item in inlines:
        if isinstance(item, FootnoteRef):
            pieces.append(FootnoteRef(item.footnote_id))
            continue
        text = item.text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
        if not text:
            continue
        if item.bold or item.italic:
            core = text.strip()
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()) :]
            if lead:
                pieces.append(Run(lead))
            if core:
                pieces.append(Run(core, item.bold, item.italic))
            if trail:
                pieces.append(Run(trail))
        else:
            pieces.append(Run(text))
    return merge_runs(pieces)


def merge_runs(inlines: list[Inline]) -> list[Inline]:
    """Return inlines with neighbouring runs of the same formatting joined into one."""
    merged: list[Inline] = []
    for item in inlines:
        last = merged[-1] if merged else None
        if (
            isinstance(item, Run)
            and isinstance(last, Run)
            and (last.bold, last.italic) == (item.bold, item.italic)
        ):
            merged[-1] = Run(last.text + item.text, last.bold, last.italic)
        else:
            merged.append(item)
    return merged


def strip_inlines(inlines: list[Inline]) -> list[Inline]:
    """Return inlines without whitespace at the start and end of the paragraph."""
    items = list(inlines)
    for index in (0, -1):
        if items and isinstance(items[index], Run):
            run = items[index]
            assert isinstance(run, Run)
            text = run.text.lstrip() if index == 0 else run.text.rstrip()
            if text:
                items[index] = Run(text, run.bold, run.italic)
            else:
                del items[index]
    return items


def normalize_text(text: Text) -> Text:
    """Return a text in canonical form, dropping paragraphs left empty."""
    result: Text = []
    for para in text:
        inlines = strip_inlines(normalize_inlines(para.inlines))
        if inlines:
            result.append(Paragraph(inlines, ParagraphStyle(para.style)))
    return result
