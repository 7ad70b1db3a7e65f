"""A font measures each string once per size, and always as reportlab itself would."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desk_app.formats.write.pdf import widths
from desk_app.formats.write.pdf.fonts import register_fonts


def test_remembered_widths_are_the_fonts_own():
    faces = register_fonts()
    for name in faces:
        font = pdfmetrics.getFont(name)
        assert isinstance(font.__dict__["stringWidth"], widths.WidthMemo)
        for text in ("Landesregierung", " ", "Fußnote → ő č", "", "Eine ganze Zeile " * 9):
            for size in (8, 9.5, 11.0):
                assert font.stringWidth(text, size) == TTFont.stringWidth(font, text, size)
                assert pdfmetrics.stringWidth(text, name, size) == font.stringWidth(text, size)


def test_a_full_memo_starts_afresh(monkeypatch):
    calls: list[str] = []
    font = TTFont.__new__(TTFont)
    font.stringWidth = lambda text, size, encoding="utf8": calls.append(text) or len(text) * size
    monkeypatch.setattr(widths, "MAX_WIDTHS", 2)
    widths.remember_widths(font)
    widths.remember_widths(font)  # twice is once
    for text in ("a", "bb", "a", "ccc", "a"):
        assert font.stringWidth(text, 10) == len(text) * 10
    assert calls == ["a", "bb", "ccc", "a"]
