"""Page streams are Flate-compressed only; reportlab's own setting is left as it was found."""

from __future__ import annotations

import io
import re

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from desk_app.formats.read.text.reader import from_text
from desk_app.formats.write.pdf.stream_filters import binary_streams
from desk_app.formats.write.pdf.writer import to_pdf


def _filters(pdf: bytes) -> set[bytes]:
    """Return the names of the stream filters a PDF uses."""
    return set(re.findall(rb"/(ASCII85Decode|FlateDecode)", pdf))


def _canvas_pdf() -> bytes:
    """Return a one-page PDF drawn by reportlab's canvas with its current settings."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=1)
    canvas.drawString(72, 720, "Seite")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_our_pdf_has_flate_streams_only_and_reportlab_keeps_its_setting(seed_text, registry):
    before = rl_config.useA85
    inquiry = from_text(seed_text, registry).inquiry
    pdf = to_pdf(inquiry, registry.get(inquiry.parliament))
    assert _filters(pdf) == {b"FlateDecode"}
    assert rl_config.useA85 == before


def test_reportlab_still_reads_its_ascii85_setting_when_it_saves():
    # If reportlab stops reading rl_config.useA85 at save time, binary_streams()
    # silently does nothing (or too little): this test says so.
    saved = rl_config.useA85
    try:
        rl_config.useA85 = 1
        assert b"ASCII85Decode" in _canvas_pdf()
        with binary_streams():
            assert _filters(_canvas_pdf()) == {b"FlateDecode"}
        assert rl_config.useA85 == 1
    finally:
        rl_config.useA85 = saved
