"""Turn model inlines into reportlab paragraph markup; user text is always escaped."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import NamedTuple

from desk_app.formats.links import is_safe_link, split_links
from desk_app.model.text import FootnoteRef, Inline, Run

FNREF = "fnref"  # name of the canvas callback that records where a marker is drawn

# Tabs and line breaks are white space; other control characters have no glyph
# and reportlab's parser would choke on some of them, so they are left out.
_SPACES = re.compile(r"[\t\n\r\f\v]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


# A NamedTuple rather than a frozen dataclass: every PDF process builds it at import (~1 ms less).
class UrlPiece(NamedTuple):
    """Hold a URL of the text with its formatting, for the line breaker to lay out."""

    url: str
    bold: bool
    italic: bool
    clickable: bool


Segment = str | UrlPiece
BreakUrl = Callable[[str, UrlPiece], str]


def escape(text: str, extra: Mapping[str, str] | None = None) -> str:
    """Return text with &, > and < escaped as xml.sax.saxutils.escape does, then extra."""
    # xml.sax.saxutils drags in urllib.request, http.client and ssl: ~8 ms per PDF process.
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for key, value in (extra or {}).items():
        text = text.replace(key, value)
    return text


def escape_text(text: str) -> str:
    """Return user text as markup that reportlab prints exactly as typed."""
    return escape(_CONTROLS.sub("", _SPACES.sub(" ", text)))


def marker(number: int) -> str:
    """Return the markup of a footnote marker: a superscript number and a zero-width callback."""
    # The onDraw fragment has no width and survives Paragraph.split(), so the
    # frame can find which markers a split piece holds and the canvas can tell
    # on which page each marker was really drawn.
    return f'<super>{number}</super><onDraw name="{FNREF}" label="{number}"/>'


def segments(inlines: list[Inline], numbers: Mapping[str, int]) -> list[Segment]:
    """Split inlines into markup strings and URLs (which need layout to break well)."""
    result: list[Segment] = []
    for item in inlines:
        if isinstance(item, FootnoteRef):
            number = numbers.get(item.footnote_id)
            if number is not None:  # a reference to a deleted note prints nothing
                result.append(marker(number))
            continue
        result.extend(_run_segments(item))
    return result


def text_segments(text: str) -> list[Segment]:
    """Split a plain template string (lead-in, signature) like a run of user text."""
    return _run_segments(Run(text))


def join_segments(parts: list[Segment], break_url: BreakUrl | None = None) -> str:
    """Join segments into one markup string, laying out URLs with break_url if given."""
    markup = ""
    for part in parts:
        if isinstance(part, str):
            markup += part
        else:
            body = break_url(markup, part) if break_url else escape_text(part.url)
            markup += _wrap_url(part, body)
    return markup


def _run_segments(run: Run) -> list[Segment]:
    """Escape a run's text and set its URLs apart."""
    result: list[Segment] = []
    for piece, url in split_links(run.text):
        if url is None:
            result.append(_styled(escape_text(piece), run.bold, run.italic))
        else:
            result.append(UrlPiece(url, run.bold, run.italic, is_safe_link(url)))
    return result


def _wrap_url(piece: UrlPiece, body: str) -> str:
    """Wrap laid-out URL markup in its formatting and, if safe, a link."""
    if piece.clickable:
        href = escape(piece.url, {'"': "&quot;"})
        body = f'<a href="{href}">{body}</a>'
    return _styled(body, piece.bold, piece.italic)


def _styled(markup: str, bold: bool, italic: bool) -> str:
    """Wrap markup in bold and italic tags as the run asks."""
    if not markup:
        return markup
    if italic:
        markup = f"<i>{markup}</i>"
    if bold:
        markup = f"<b>{markup}</b>"
    return markup
