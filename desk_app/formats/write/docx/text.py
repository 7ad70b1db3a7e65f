"""Write user text into WordprocessingML runs: verbatim, with tabs, breaks and safe links."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from desk_app.formats.links import is_safe_link, split_links
from desk_app.formats.write.docx.escape import ILLEGAL, attr
from desk_app.formats.write.docx.escape import text as escape_text
from desk_app.formats.write.docx.wml import RT_HYPERLINK, Paragraph, Rels
from desk_app.i18n import _
from desk_app.model import FootnoteRef, Inline, Run

_SPECIAL = re.compile(r"(\t|\r\n|\r|\n)")

MarkerWriter = Callable[[Paragraph, str], None]


class ExportReport:
    """Collect what an export had to change, in German, once per kind of change."""

    __slots__ = ("_dropped", "warnings")

    def __init__(self) -> None:
        self.warnings: list[str] = []
        self._dropped: dict[str, int] = {}

    def dropped(self, char: str) -> None:
        """Count a character that XML cannot hold and that was left out."""
        self._dropped[char] = self._dropped.get(char, 0) + 1

    def warn(self, line: str) -> None:
        """Note a change once."""
        if line not in self.warnings:
            self.warnings.append(line)

    def lines(self) -> list[str]:
        """Return every warning, dropped characters last."""
        dropped = [
            _("{count} × das Steuerzeichen U+{code} weggelassen (in DOCX nicht erlaubt).").format(
                count=count, code=f"{ord(char):04X}"
            )
            for char, count in self._dropped.items()
        ]
        return [*self.warnings, *dropped]


class TextWriter:
    """Append runs to paragraphs of one part (links are related from that part's rels)."""

    __slots__ = ("hyperlink_style", "marker", "rels", "report")

    def __init__(
        self,
        rels: Rels,
        report: ExportReport,
        marker: MarkerWriter | None = None,
        hyperlink_style: str | None = None,
    ):
        self.rels, self.report = rels, report
        self.marker, self.hyperlink_style = marker, hyperlink_style

    def inlines(self, paragraph: Paragraph, inlines: Iterable[Inline]) -> None:
        """Append runs, links and footnote markers to a paragraph."""
        for item in inlines:
            if isinstance(item, FootnoteRef):
                if self.marker is not None:
                    self.marker(paragraph, item.footnote_id)
            elif isinstance(item, Run):
                self.text(paragraph, item.text, bold=item.bold, italic=item.italic)

    def text(
        self,
        paragraph: Paragraph,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        links: bool = True,
        size: float | None = None,
    ) -> None:
        """Append text as runs; http, https and mailto addresses become real hyperlinks."""
        pieces = split_links(text) if links else [(text, None)]
        for piece, url in pieces:
            if url is not None and is_safe_link(url) and not ILLEGAL.search(url):
                paragraph.append(self._hyperlink(piece, url, bold, italic))
            else:
                paragraph.append(self.run(piece, bold=bold, italic=italic, size=size))

    def run(
        self,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        style: str | None = None,
        size: float | None = None,
    ) -> str:
        """Return one w:r holding text verbatim: tabs as w:tab, line breaks as w:br."""
        content = [_run_properties(bold, italic, style, size)]
        for piece in _SPECIAL.split(text):
            if piece == "\t":
                content.append("<w:tab/>")
            elif piece in ("\n", "\r", "\r\n"):
                content.append("<w:br/>")
            elif piece:
                content.append(self._t(piece))
        return f"<w:r>{''.join(content)}</w:r>"

    def _t(self, text: str) -> str:
        """Return a w:t that keeps its spaces, without characters XML cannot hold."""
        text = xml_safe(text, self.report)
        space = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
        return f"<w:t{space}>{escape_text(text)}</w:t>"

    def _hyperlink(self, text: str, url: str, bold: bool, italic: bool) -> str:
        """Return a w:hyperlink to an external address, related from this writer's part."""
        rid = self.rels.add(RT_HYPERLINK, url, external=True)
        run = self.run(text, bold=bold, italic=italic, style=self.hyperlink_style)
        return f'<w:hyperlink r:id="{rid}" w:history="1">{run}</w:hyperlink>'


def xml_safe(text: str, report: ExportReport) -> str:
    """Return text without the characters XML cannot hold, counting each one dropped."""
    if not ILLEGAL.search(text):
        return text
    for char in ILLEGAL.findall(text):
        report.dropped(char)
    return ILLEGAL.sub("", text)


def _run_properties(bold: bool, italic: bool, style: str | None, size: float | None) -> str:
    """Return w:rPr for a run's style, formatting and size, or nothing when it has none."""
    if not (bold or italic or style or size):
        return ""
    props = f'<w:rStyle w:val="{attr(style)}"/>' if style else ""
    props += ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    if size:
        half = round(size * 2)
        props += f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    return f"<w:rPr>{props}</w:rPr>"
