"""The PDFium text layer: what a reader of the PDF sees comes back, faces and markers included."""

from __future__ import annotations

import io
import threading

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from desk_app.formats.read.pdf.page_text import page_lines, page_text
from desk_app.formats.read.pdf.text_layer import MAX_PAGES, NO_TEXT, read_text_layer
from desk_app.formats.write.pdf.writer import to_pdf
from desk_app.model import DeskError, plain_text
from desk_app.rules.registry import ProfileRegistry
from tests.formats.pdf_samples import seed_inquiry


def _press(draw, pages: int = 1, encrypt: StandardEncryption | None = None) -> bytes:
    """Return a PDF whose pages `draw(canvas, page)` fills, as a simple press would set it."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1, encrypt=encrypt)
    for number in range(pages):
        draw(pdf, number)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _paper(pdf: canvas.Canvas, _page: int) -> None:
    """Set a head row, a bold title, a sentence with a raised marker and an italic quotation."""
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(70, 780, "LANDTAG NORDRHEIN-WESTFALEN")
    pdf.drawRightString(525, 780, "Drucksache 18/1234")
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(70, 740, "Kleine Anfrage 56")
    text = pdf.beginText(70, 700)
    text.setFont("Helvetica", 11)
    text.textOut("Das steht in der Vorlage")
    text.setFont("Helvetica", 7)
    text.setRise(4)
    text.textOut("1")
    text.setRise(0)
    text.setFont("Helvetica", 11)
    text.textOut(" und sonst nirgends.")
    pdf.drawText(text)
    pdf.setFont("Helvetica-Oblique", 11)
    pdf.drawString(100, 680, "„Ein Zitat aus der Rede.“")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(70, 100, "1 Plenarprotokoll 18/12, S. 34.")


def test_a_paper_reads_line_by_line_with_its_head_row_joined() -> None:
    lines = page_text(read_text_layer(_press(_paper))).split("\n")
    assert lines == [
        "LANDTAG NORDRHEIN-WESTFALEN Drucksache 18/1234",
        "Kleine Anfrage 56",
        "Das steht in der Vorlage1 und sonst nirgends.",
        "„Ein Zitat aus der Rede.“",
        "1 Plenarprotokoll 18/12, S. 34.",
    ]


def test_a_bold_title_stays_bold_and_an_italic_quotation_italic() -> None:
    layer = read_text_layer(_press(_paper))
    faces = {
        line.text.strip(): [(p.size, p.bold, p.italic) for p in line.pieces] for line in layer.lines
    }
    assert faces["Kleine Anfrage 56"] == [(14.0, True, False)]
    assert faces["„Ein Zitat aus der Rede.“"] == [(11.0, False, True)]
    assert {size for size, *_ in faces["1 Plenarprotokoll 18/12, S. 34."]} == {9.0}


def test_a_raised_marker_stays_a_marker_of_its_word() -> None:
    lines = page_lines(read_text_layer(_press(_paper)))[0]
    sentence = next(line for line in lines if line.text.startswith("Das steht"))
    assert sentence.markers == [1]
    foot = lines[-1]
    assert foot.foot and foot.text.startswith("1 Plenarprotokoll")


def test_rotated_text_is_left_out() -> None:
    def stamped(pdf: canvas.Canvas, page: int) -> None:
        _paper(pdf, page)
        pdf.saveState()
        pdf.translate(560, 300)
        pdf.rotate(90)
        pdf.setFont("Helvetica", 8)
        pdf.drawString(0, 0, "Eingang am Rand vermerkt")
        pdf.restoreState()

    text = read_text_layer(_press(stamped)).text
    assert "Kleine Anfrage 56" in text and "Rand" not in text


def test_a_line_end_hyphen_stays_a_hyphen() -> None:
    def hyphenated(pdf: canvas.Canvas, _page: int) -> None:
        pdf.setFont("Helvetica", 11)
        pdf.drawString(70, 700, "Die Teilhabe- und Integrations-")
        pdf.drawString(70, 686, "strategie des Landes")

    assert page_text(read_text_layer(_press(hyphenated))).split("\n") == [
        "Die Teilhabe- und Integrations-",
        "strategie des Landes",
    ]


def test_the_apps_own_export_keeps_its_head_title_and_sizes() -> None:
    registry = ProfileRegistry.load()
    inquiry = seed_inquiry(registry)
    layer = read_text_layer(to_pdf(inquiry, registry.get("NW")))
    first = [line for line in layer.lines if line.page == 0]
    assert first[0].text == "LANDTAG NORDRHEIN-WESTFALEN"
    assert all(piece.bold for piece in first[0].pieces)
    title = " ".join(plain_text([inquiry.title]).split()[:4])
    heading = next(line for line in first if line.text.startswith(title))
    assert all(piece.bold for piece in heading.pieces)
    body = max((line.size for line in first), key=[line.size for line in first].count)
    assert body == 11.0 and not any(p.bold for p in first[-1].pieces)


def test_two_threads_reading_at_once_read_alike() -> None:
    data = _press(_paper, pages=20)
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(read_text_layer(data).text))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4 and len(set(results)) == 1


def test_an_image_only_page_has_no_text_layer() -> None:
    def scan(pdf: canvas.Canvas, _page: int) -> None:
        pdf.rect(100, 100, 300, 300, fill=1)

    with pytest.raises(DeskError) as raised:
        read_text_layer(_press(scan))
    assert str(raised.value) == NO_TEXT


def test_a_pdf_locked_with_a_password_is_refused() -> None:
    data = _press(_paper, encrypt=StandardEncryption("geheim", "auch-geheim"))
    with pytest.raises(DeskError) as raised:
        read_text_layer(data)
    assert str(raised.value) == "Das PDF ist verschlüsselt; seine Textebene lässt sich nicht lesen."


def test_a_pdf_locked_only_against_printing_reads() -> None:
    data = _press(_paper, encrypt=StandardEncryption("", "besitzer", canPrint=0))
    assert "Kleine Anfrage 56" in read_text_layer(data).text


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n kaputt", b"GIF89a" + bytes(50), b"", b"%PDF-1.7\n" + bytes(4000)],
)
def test_a_damaged_file_gets_one_sentence(data: bytes) -> None:
    with pytest.raises(DeskError) as raised:
        read_text_layer(data)
    assert str(raised.value) == "Die Datei ist kein lesbares PDF oder ist beschädigt."


def test_a_truncated_pdf_is_read_or_refused_never_a_crash() -> None:
    whole = _press(_paper, pages=3)
    for cut in (len(whole) // 3, len(whole) // 2, len(whole) - 40):
        try:
            layer = read_text_layer(whole[:cut])
        except DeskError:
            continue
        assert "Kleine Anfrage 56" in layer.text


def test_more_pages_than_a_paper_has_are_refused() -> None:
    data = _press(lambda pdf, page: pdf.drawString(70, 700, f"Seite {page}"), pages=MAX_PAGES + 1)
    with pytest.raises(DeskError) as raised:
        read_text_layer(data)
    assert str(raised.value) == f"Das PDF hat {MAX_PAGES + 1} Seiten; das ist keine Anfrage."


def test_a_path_is_never_opened_as_a_file() -> None:
    # PDFium would open a str as a file; callers read through the bounded guard and pass bytes.
    with pytest.raises(TypeError):
        read_text_layer("/dev/zero")  # type: ignore[arg-type]
