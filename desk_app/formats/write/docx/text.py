"""Write user text into WordprocessingML runs: verbatim, with tabs, breaks and safe links."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.xmlchemy import BaseOxmlElement

from desk_app.formats.links import is_safe_link, split_links
from desk_app.formats.write.docx.wml import make
from desk_app.model import FootnoteRef, Inline, Run

# XML 1.0 cannot hold these at all (lxml refuses them); tab and line breaks are
# handled as w:tab and w:br before this applies.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SPECIAL = re.compile(r"(\t|\r\n|\r|\n)")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

MarkerWriter = Callable[[BaseOxmlElement, str], None]


@dataclass(slots=True)
class ExportReport:
    """Collect what an export had to change, in German, once per kind of change."""

    warnings: list[str] = field(default_factory=list)
    _dropped: dict[str, int] = field(default_factory=dict)

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
            f"{count} × das Steuerzeichen U+{ord(char):04X} weggelassen (in DOCX nicht erlaubt)."
            for char, count in self._dropped.items()
        ]
        return [*self.warnings, *dropped]


@dataclass(slots=True)
class TextWriter:
    """Append runs to paragraphs of one part (links are related from that part)."""

    part: Part
    report: ExportReport
    marker: MarkerWriter | None = None
    hyperlink_style: str | None = None

    def inlines(self, paragraph: BaseOxmlElement, inlines: Iterable[Inline]) -> None:
        """Append runs, links and footnote markers to a paragraph."""
        for item in inlines:
            if isinstance(item, FootnoteRef):
                if self.marker is not None:
                    self.marker(paragraph, item.footnote_id)
            elif isinstance(item, Run):
                self.text(paragraph, item.text, bold=item.bold, italic=item.italic)

    def text(
        self,
        paragraph: BaseOxmlElement,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        links: bool = True,
    ) -> None:
        """Append text as runs; http, https and mailto addresses become real hyperlinks."""
        pieces = split_links(text) if links else [(text, None)]
        for piece, url in pieces:
            if url is not None and is_safe_link(url) and not _ILLEGAL.search(url):
                paragraph.append(self._hyperlink(piece, url, bold, italic))
            else:
                paragraph.append(self.run(piece, bold=bold, italic=italic))

    def run(
        self, text: str, *, bold: bool = False, italic: bool = False, style: str | None = None
    ) -> BaseOxmlElement:
        """Return one w:r holding text verbatim: tabs as w:tab, line breaks as w:br."""
        run = make("w:r")
        props = _run_properties(bold, italic, style)
        if props is not None:
            run.append(props)
        for piece in _SPECIAL.split(text):
            if piece == "\t":
                run.append(make("w:tab"))
            elif piece in ("\n", "\r", "\r\n"):
                run.append(make("w:br"))
            elif piece:
                run.append(self._t(piece))
        return run

    def _t(self, text: str) -> BaseOxmlElement:
        """Return a w:t that keeps its spaces, without characters XML cannot hold."""
        text = xml_safe(text, self.report)
        element = make("w:t")
        element.text = text
        if text != text.strip() or "  " in text:
            element.set(_XML_SPACE, "preserve")
        return element

    def _hyperlink(self, text: str, url: str, bold: bool, italic: bool) -> BaseOxmlElement:
        """Return a w:hyperlink to an external address, related from this writer's part."""
        rid = self.part.relate_to(url, RT.HYPERLINK, is_external=True)
        link = make("w:hyperlink", {"r:id": rid, "w:history": "1"})
        link.append(self.run(text, bold=bold, italic=italic, style=self.hyperlink_style))
        return link


def xml_safe(text: str, report: ExportReport) -> str:
    """Return text without the characters XML cannot hold, counting each one dropped."""
    if not _ILLEGAL.search(text):
        return text
    for char in _ILLEGAL.findall(text):
        report.dropped(char)
    return _ILLEGAL.sub("", text)


def _run_properties(bold: bool, italic: bool, style: str | None) -> BaseOxmlElement | None:
    """Return w:rPr for a run's style and formatting, or None when it has none."""
    if not (bold or italic or style):
        return None
    props = make("w:rPr")
    if style:
        props.append(make("w:rStyle", {"w:val": style}))
    if bold:
        props.append(make("w:b"))
    if italic:
        props.append(make("w:i"))
    return props
