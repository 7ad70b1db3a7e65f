"""Write a DocSpec as a printed Drucksache with reportlab's canvas, as a parliament's press would.

Body 11 pt Helvetica; note markers 7 pt, raised and glued to the word; notes
9 pt at the foot of their marker's page; a running header and "- n -" on
later pages; the page-1 footer and an ordering notice in small type.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from tests.formats.samples.spec import DocSpec, Item, pieces

LEFT, RIGHT, TOP, BOTTOM = 70.0, 525.0, 760.0, 90.0
BODY, NOTE, MARK = 11.0, 9.0, 7.0
LEAD = 14.0
_INDENT = {"item": 22.0, "sub": 44.0, "quote": 30.0}


class _Writer:
    def __init__(self, spec: DocSpec) -> None:
        self.spec = spec
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(self.buffer, pagesize=A4, invariant=1)
        self.page = 1
        self.y = TOP
        self.page_notes: list[str] = []

    def run(self) -> bytes:
        self._page_start()
        for item in self.spec.items:
            self._item(item)
        self._page_end()
        self.canvas.save()
        return self.buffer.getvalue()

    def _item(self, item: Item) -> None:
        c = self.canvas
        if item.role == "header":
            c.setFont("Helvetica-Bold", 12)
            c.drawString(LEFT, self.y, item.text)
            c.drawRightString(RIGHT, self.y, item.right)
            self.y -= 15
            return
        bold = item.role in ("kind", "title", "heading")
        size = 14.0 if item.role == "kind" else BODY
        indent = _INDENT.get(item.role, 0.0)
        if item.role in ("item", "sub"):
            self._need(LEAD)
            c.setFont("Helvetica", size)
            c.drawString(
                LEFT + indent - 22, self.y, f"{item.label}{'.' if item.role == 'item' else ')'}"
            )
        for line in self._wrap(item.text, RIGHT - LEFT - indent, size, bold):
            notes = [value for kind, value in line if kind == "mark"]
            self._need(LEAD + 11 * len(notes))
            self._draw(line, LEFT + indent, size, bold)
            self.page_notes += notes
            self.y -= LEAD
        self.y -= 0 if item.role == "sig" else 7

    def _wrap(
        self, text: str, width: float, size: float, bold: bool
    ) -> list[list[tuple[str, str]]]:
        words: list[tuple[str, str]] = []
        for kind, value in pieces(text):
            if kind == "mark":
                words.append(("mark", value))
                continue
            for index, word in enumerate(value.split(" ")):
                if index:
                    words.append(("space", " "))
                if word:
                    words.append(("bold" if kind == "bold" or bold else "text", word))
        lines: list[list[tuple[str, str]]] = [[]]
        used = 0.0
        for kind, value in words:
            w = self._width(kind, value, size)
            if kind in ("text", "bold") and used + w > width and lines[-1]:
                while lines[-1] and lines[-1][-1][0] == "space":
                    lines[-1].pop()
                lines.append([])
                used = 0.0
            if kind == "space" and not lines[-1]:
                continue
            lines[-1].append((kind, value))
            used += w
        return lines

    def _width(self, kind: str, value: str, size: float) -> float:
        if kind == "mark":
            return stringWidth(value, "Helvetica", MARK)
        return stringWidth(value, "Helvetica-Bold" if kind == "bold" else "Helvetica", size)

    def _draw(self, line: list[tuple[str, str]], x: float, size: float, bold: bool) -> None:
        c = self.canvas
        for kind, value in line:
            if kind == "mark":
                c.setFont("Helvetica", MARK)
                c.drawString(x, self.y + 4, value)
            else:
                c.setFont("Helvetica-Bold" if kind == "bold" else "Helvetica", size)
                c.drawString(x, self.y, value)
            x += self._width(kind, value, size)

    def _need(self, height: float) -> None:
        reserved = 12 * len(self.page_notes) + 14
        if self.y - height < BOTTOM + reserved:
            self._page_end()
            self.canvas.showPage()
            self.page += 1
            self._page_start()

    def _page_start(self) -> None:
        self.y = TOP
        self.page_notes = []
        if self.page > 1 and self.spec.running:
            self.canvas.setFont("Helvetica", 9)
            self.canvas.drawString(LEFT, 800, self.spec.running)
            self.canvas.drawCentredString(297, 812, f"- {self.page} -")
            self.y = 770

    def _page_end(self) -> None:
        c = self.canvas
        y = BOTTOM - 20 + 12 * len(self.page_notes)
        if self.page_notes:
            c.line(LEFT, y + 12, LEFT + 150, y + 12)
        for number in self.page_notes:
            c.setFont("Helvetica", 6)
            c.drawString(LEFT, y + 3, number)
            c.setFont("Helvetica", NOTE)
            text = self.spec.notes.get(int(number), "")
            # A long URL is broken by the press after a hyphen, like Word does.
            if len(text) > 90:
                cut = text.index("-", 60) + 1
                c.drawString(LEFT + 10, y, text[:cut])
                y -= 11
                c.drawString(LEFT + 10, y, text[cut:])
            else:
                c.drawString(LEFT + 10, y, text)
            y -= 12
        if self.page == 1:
            c.setFont("Helvetica", 7)
            if self.spec.first_footer:
                c.drawString(LEFT, 40, self.spec.first_footer)
            if self.spec.notice:
                c.drawString(LEFT, 30, self.spec.notice)


def make_pdf(spec: DocSpec) -> bytes:
    """Return the PDF bytes of a document spec."""
    return _Writer(spec).run()
