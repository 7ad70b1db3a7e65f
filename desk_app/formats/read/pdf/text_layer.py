"""Read the text layer of a PDF with PDFium: lines of pieces with position, size and face.

No OCR: a PDF without text (a scan) or one we cannot decrypt is refused with
one clear sentence. PDFium (through pypdfium2) parses in C, some hundred
times faster than pypdf did in Python (decision 0012); `pdfium_page.py`
turns its characters into the lines the rest of the reader expects.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from desk_app.formats.read.pdf.lines import Line
from desk_app.formats.read.pdf.pdfium_page import page_lines
from desk_app.formats.read.reading import Reading, current_reading
from desk_app.i18n import N_, _
from desk_app.model import DeskError

MAX_PAGES = 400  # an inquiry or answer has a few dozen pages at most
NO_TEXT = N_(
    "Das PDF hat keine Textebene (etwa ein Scan); Anfragen-Desk liest PDFs ohne Texterkennung."
)
ENCRYPTED = N_("Das PDF ist verschlüsselt; seine Textebene lässt sich nicht lesen.")
DAMAGED = N_("Die Datei ist kein lesbares PDF oder ist beschädigt.")
# PDFium is not thread-safe (pypdfium2's documentation); the GUI may read in a worker.
_PDFIUM_LOCK = threading.Lock()


@dataclass(slots=True)
class TextLayer:
    """Hold the lines of every page, top to bottom, and the page heights."""

    lines: list[Line]
    heights: list[float]

    @property
    def text(self) -> str:
        """Return all characters, a line per line."""
        return "\n".join(line.text for line in self.lines)


def read_text_layer(data: bytes) -> TextLayer:
    """Return the text layer of PDF bytes, or raise a DeskError saying why there is none."""
    if not isinstance(data, bytes):
        # pypdfium2 would open a str or path as a file; callers read files through the guard.
        raise TypeError("read_text_layer takes the bytes of a PDF")
    session = current_reading()
    if session is not None and session.data == data and isinstance(session.layer, TextLayer):
        return session.layer  # the same file, read once already by this import
    with _PDFIUM_LOCK:
        lines, heights = _read(data, session)
    if not any(line.text.strip() for line in lines):
        raise DeskError(_(NO_TEXT))
    layer = TextLayer(lines, heights)
    if session is not None:
        session.data, session.layer = data, layer
    return layer


def _read(data: bytes, session: Reading | None) -> tuple[list[Line], list[float]]:
    """Return every page's lines and height; refuse an encrypted, damaged or huge file.

    Each page read is reported to the import's reading, which may stop the
    read by raising (the user cancelled); nothing is kept of a stopped read.
    """
    try:
        # An empty password opens a PDF locked only against printing or copying.
        document = pdfium.PdfDocument(data, password="")
    except pdfium.PdfiumError as error:
        if error.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            raise DeskError(_(ENCRYPTED)) from None
        raise DeskError(_(DAMAGED)) from None
    try:
        count = len(document)
        if count > MAX_PAGES:
            raise DeskError(
                _("Das PDF hat {count} Seiten; das ist keine Anfrage.").format(count=count)
            )
        lines: list[Line] = []
        heights: list[float] = []
        if session is not None:
            session.report(0, count)
        for index in range(count):
            lines += _page(document, index, heights)
            if session is not None:  # outside the page's own errors: a stop passes through
                session.report(index + 1, count)
    finally:
        document.close()
    return lines, heights


def _page(document: pdfium.PdfDocument, index: int, heights: list[float]) -> list[Line]:
    """Return one page's lines and add its height; a page PDFium cannot read is damage."""
    try:
        page = document[index]
        try:
            heights.append(_height(page))
            textpage = page.get_textpage()
            try:
                return page_lines(textpage.raw, index)
            finally:
                textpage.close()
        finally:
            page.close()
    except DeskError:
        raise
    except Exception:  # PDFium fails a damaged page in several ways; all mean the same
        raise DeskError(_(DAMAGED)) from None


def _height(page: pdfium.PdfPage) -> float:
    """Return a page's media box height, unrotated, as its characters' heights are measured."""
    box = page.get_mediabox(fallback_ok=False)  # left, bottom, right, top
    if box is not None:
        return float(box[3] - box[1])
    # Inherited from the page tree, which get_mediabox does not look up; the page size does.
    turned = page.get_rotation() in (90, 270)
    return float(page.get_width() if turned else page.get_height())
