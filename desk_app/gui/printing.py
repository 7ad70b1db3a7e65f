"""File → Print: the inquiry's PDF pages, as the preview renders them, on the printer's paper."""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    Slot,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from desk_app.model import Inquiry
from desk_app.rules.profile import Parliament
from desk_app.service import preview_pdf

# A page image at 1200 dpi (a PDF printer's default) would take half a gigabyte, and
# the preview paints every page at once: 300 dpi keeps 10-point text crisp on paper
# and an 80-page inquiry's preview within seconds (600 dpi took three times as long).
MAX_DPI = 300
_POINTS_PER_INCH = 72


class PrintedPages(QObject):
    """Hold an inquiry's rendered PDF and paint its pages onto a printer."""

    def __init__(self, data: bytes, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The document reads from the buffer as long as it is open: both live as long as this.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.printer: QPrinter | None = None  # the printer a preview dialog paints on

    def page_count(self) -> int:
        """Return the number of pages to print."""
        return self.document.pageCount()

    def page_size(self) -> QPageSize:
        """Return the first page's paper size (A4 for every parliament's layout)."""
        points = self.document.pagePointSize(0) if self.page_count() else QSizeF(595, 842)
        return QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)

    def prepare(self, printer: QPrinter) -> None:
        """Set the printer to the document's paper, edge to edge: the PDF has its own margins."""
        printer.setPageSize(self.page_size())
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        printer.setDocName(self.document.metaData(QPdfDocument.MetaDataField.Title) or "")

    @Slot(QPrinter)
    def paint(self, printer: QPrinter) -> None:
        """Paint every page (or the range chosen in the print dialog) as an image."""
        painter = QPainter()
        if not painter.begin(printer):
            return  # the printer refused: Qt's dialog says so itself
        try:
            first, last = self._range(printer)
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                self._paint_page(painter, printer, index)
        finally:
            painter.end()

    def page_image(self, index: int, dpi: int) -> QImage:
        """Render one page at a resolution, the way the preview pane shows it."""
        points = self.document.pagePointSize(index)
        scale = min(dpi, MAX_DPI) / _POINTS_PER_INCH
        size = QSize(round(points.width() * scale), round(points.height() * scale))
        return self.document.render(index, size)

    def _paint_page(self, painter: QPainter, printer: QPrinter, index: int) -> None:
        """Scale a page into the paper's printable area, keeping its proportions."""
        image = self.page_image(index, printer.resolution())
        area = QRectF(painter.viewport())
        scale = min(area.width() / image.width(), area.height() / image.height())
        target = QRectF(0, 0, image.width() * scale, image.height() * scale)
        target.moveCenter(area.center())
        painter.drawImage(target, image)

    def _range(self, printer: QPrinter) -> tuple[int, int]:
        """Return the first and last page index to print (0-based)."""
        last = self.page_count() - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            return max(printer.fromPage() - 1, 0), min(printer.toPage() - 1, last)
        return 0, last


def render_pages(
    parent: QWidget, inquiry: Inquiry, parliament: Parliament, layout: str | None
) -> bytes:
    """Render the inquiry's PDF off the GUI thread (thousands of notes take long); raise DeskError.

    Raise Cancelled when the user stopped it in the progress dialog.
    """
    from desk_app.gui.long_task import run_long_task

    return run_long_task(
        parent,
        QCoreApplication.translate("Printing", "Drucken"),
        lambda progress: preview_pdf(inquiry, parliament, layout, progress),
        label=QCoreApplication.translate("Printing", "Die Seiten werden gesetzt …"),
    )


def print_preview(parent: QWidget, data: bytes) -> QPrintPreviewDialog:
    """Open (without blocking) Qt's print preview of a rendered PDF's pages."""
    pages = PrintedPages(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pages.prepare(printer)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Druckvorschau"))
    pages.setParent(dialog)  # the pages and the printer live as long as the dialog
    dialog.paintRequested.connect(pages.paint)
    dialog.finished.connect(dialog.deleteLater)
    pages.printer = printer  # no QObject, so no parent keeps it: the pages do, with the dialog
    dialog.open()
    return dialog


def preview_page_count(dialog: QPrintPreviewDialog) -> int:
    """Return how many pages the preview shows."""
    widget = dialog.findChild(QPrintPreviewWidget)
    return widget.pageCount() if widget is not None else 0
