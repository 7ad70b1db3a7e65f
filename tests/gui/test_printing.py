"""File → Drucken: the preview's pages on paper, through Qt's print preview."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QMessageBox

from desk_app.gui.printing import PrintedPages, preview_page_count
from desk_app.paths import resources_dir
from desk_app.rules.registry import ProfileRegistry
from desk_app.service import preview_pdf
from tests.formats.pdf_samples import seed_inquiry

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"


@pytest.fixture(scope="module")
def registry():
    return ProfileRegistry.load()


def _ink(image: QImage, columns: int = 12, rows: int = 16) -> list[float]:
    """Return how dark each cell of a coarse grid over the page is (0 white, 1 black)."""
    small = image.convertToFormat(QImage.Format.Format_Grayscale8).scaled(
        columns,
        rows,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return [1 - small.pixelColor(x, y).value() / 255 for y in range(rows) for x in range(columns)]


def _first_page(data: bytes, parent) -> QImage:
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    size = document.pagePointSize(0).toSize()
    return document.render(0, size)


def test_printed_pages_are_the_pages_the_app_renders(qtbot, registry, tmp_path):
    data = preview_pdf(seed_inquiry(registry), registry.get("NW"), "drucksache")
    pages = PrintedPages(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pages.prepare(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "gedruckt.pdf"
    printer.setOutputFileName(str(target))
    pages.paint(printer)

    printed = target.read_bytes()
    assert len(PdfReader(target).pages) == pages.page_count() >= 2
    width, height = (float(v) for v in PdfReader(target).pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4, as the parliament's paper
    # The same layout on paper: ink in the same places as on the rendered page.
    expected = _ink(_first_page(data, pages))
    got = _ink(_first_page(printed, pages))
    assert max(abs(a - b) for a, b in zip(expected, got, strict=True)) < 0.08
    assert sum(got) > 1  # not a blank page


def test_ctrl_p_opens_the_print_preview_with_every_page(session, qtbot):
    window = session.window
    window.import_path(SEED)
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text() == "&Drucken …")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.commands.print_dialog
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitUntil(dialog.isVisible)
    expected = PrintedPages(
        preview_pdf(window.editor.inquiry(), window.ops.registry.get("NW"), None)
    )
    qtbot.waitUntil(lambda: preview_page_count(dialog) == expected.page_count() >= 2)
    assert dialog.windowTitle() == "Druckvorschau"
    assert QApplication.activeModalWidget() is dialog  # the window waits, nothing else is run
    dialog.reject()


def test_a_layout_that_cannot_be_made_is_one_sentence(session, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window = session.window
    window.import_path(SEED)
    window.preview.set_layout("answer")  # what choosing it in the preview pane does
    window.commands.print_inquiry()  # the seed has no answer recorded yet
    assert len(shown) == 1 and "Antwort" in shown[0]
    assert window.commands.print_dialog is None


def test_a_long_layout_shows_progress_and_can_be_cancelled(session, qtbot):

    from tests.formats.pdf_samples import stress_inquiry
    from tests.gui.progress_dialog import click_cancel_when

    window = session.window
    inquiry_id = window.ops.desk.store.add(stress_inquiry(400))  # seconds to set its pages
    window.open_inquiry(inquiry_id)
    labels: list[str] = []
    # Abbrechen once the layout says how far it is: the stop ends the layout midway.
    watch = click_cancel_when("Teilen gesetzt", labels)
    qtbot.keyClick(window.editor.title_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    watch.stop()
    assert len(labels) == 1 and re.fullmatch(r"[\d.]+ von [\d.]+ Teilen gesetzt …", labels[0])
    assert window.commands.print_dialog is None  # stopped: no preview, no message
