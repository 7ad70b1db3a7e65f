"""The live PDF preview: re-render after a pause in typing, off the GUI thread."""

from __future__ import annotations

import copy
import threading
import time

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer, Signal, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QVBoxLayout, QWidget

from desk_app.gui.preview_worker import render_job
from desk_app.gui.thread_handoff import Handoff
from desk_app.model import DeskError, Inquiry
from desk_app.rules.registry import ProfileRegistry
from desk_app.service import choose_layout

DEBOUNCE_MS = 300
LAYOUTS = ("submission", "drucksache", "answer")
_FIT_WIDTH = QPdfView.ZoomMode.FitToWidth
_FIT_PAGE = QPdfView.ZoomMode.FitInView
_CUSTOM = QPdfView.ZoomMode.Custom  # the zoom combo's data: (mode, percent); percent only here


class PreviewPane(QWidget):
    """Show an inquiry as the PDF it exports to, re-rendered after each pause in typing."""

    rendered = Signal(float)  # ms from the end of the pause to the new preview on screen

    def __init__(
        self, registry: ProfileRegistry, parent: QWidget | None = None, delay_ms: int = DEBOUNCE_MS
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._inquiry: Inquiry | None = None
        self._layout: str | None = None  # None: follow the inquiry (Drucksache once it has one)
        self._generation = 0
        self._dirty = False  # a pause ended while a render ran: render again when it is done
        self._pause_end = 0.0
        self._buffer: QBuffer | None = None  # the document reads from it as long as it is open
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._pause_ended)
        # One worker at a time: a newer render waits for the running one instead of
        # competing for the GIL. Its result comes back through a queue (thread_handoff).
        self._worker: threading.Thread | None = None  # the running render, if one runs
        self._results = Handoff(self._job_ended, self)
        self._document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(_FIT_WIDTH)
        self.view.setDocument(self._document)
        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.hide()
        self._build_layout()

    def _build_layout(self) -> None:
        """Put the small toolbar, the message line and the view under each other."""
        toolbar = QToolBar(self)
        toolbar.addWidget(QLabel(self.tr("Layout:"), toolbar))
        self.layout_combo = QComboBox(toolbar)
        self.layout_combo.addItem(self.tr("Einreichung"), "submission")
        self.layout_combo.addItem(self.tr("Drucksache"), "drucksache")
        # Without a recorded answer this layout shows the exporter's one-line reason.
        self.layout_combo.addItem(self.tr("Antwort"), "answer")
        self.layout_combo.setToolTip(self.tr("Seitenlayout der Vorschau"))
        self.layout_combo.activated.connect(self._layout_chosen)
        toolbar.addWidget(self.layout_combo)
        toolbar.addSeparator()
        self.zoom_combo = QComboBox(toolbar)
        self.zoom_combo.addItem(self.tr("Seitenbreite"), (_FIT_WIDTH, 1.0))
        self.zoom_combo.addItem(self.tr("Ganze Seite"), (_FIT_PAGE, 1.0))
        for percent in (50, 75, 100, 125, 150, 200):
            self.zoom_combo.addItem(self.tr("%1 %").replace("%1", str(percent)), (_CUSTOM, percent))
        self.zoom_combo.setToolTip(self.tr("Vergrößerung"))
        self.zoom_combo.currentIndexChanged.connect(self._zoom_chosen)
        toolbar.addWidget(self.zoom_combo)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(toolbar)
        box.addWidget(self._message)
        box.addWidget(self.view, 1)

    # Public API

    def show_inquiry(self, inquiry: Inquiry | None) -> None:
        """Schedule a re-render of this inquiry after a pause; each call restarts the pause."""
        self._inquiry = inquiry
        if inquiry is None:
            self._generation += 1  # results still on their way belong to another inquiry
            self._timer.stop()
            self._dirty = False
            self._document.close()
            self._set_message("")
            return
        self._show_layout_choice()
        self._timer.start()

    def set_layout(self, name: str | None) -> None:
        """Choose "submission", "drucksache" or "answer" (None: follow the inquiry); re-render."""
        if name is not None and name not in LAYOUTS:
            raise ValueError(f"unknown layout {name!r}")
        self._layout = name
        self._show_layout_choice()
        if self._inquiry is not None:
            self._timer.stop()
            self._pause_ended()

    def shutdown(self) -> None:
        """Drop a waiting render and wait for the running one (before the window goes)."""
        self._timer.stop()
        self._dirty = False
        if self._worker is not None:
            self._worker.join()
            self._worker = None  # its result is not wanted any more
        self._results.stop()

    def layout_name(self) -> str:
        """Return the layout the preview shows (or will show) now."""
        return str(self.layout_combo.currentData())

    def document(self) -> QPdfDocument:
        """Return the document the view shows."""
        return self._document

    def message(self) -> str:
        """Return the error line shown above the preview ("" when all is well)."""
        return self._message.text()

    def is_pending(self) -> bool:
        """Tell whether a render is scheduled or running."""
        return self._timer.isActive() or self.is_rendering()

    def is_rendering(self) -> bool:
        """Tell whether the worker is rendering now."""
        return self._worker is not None

    # Rendering

    @Slot()
    def _pause_ended(self) -> None:
        """Start a render now, or right after the running one if there is one."""
        self._pause_end = time.perf_counter()
        if self.is_rendering():
            self._dirty = True
            return
        self._start_render()

    def _start_render(self) -> None:
        """Hand a private copy of the inquiry to the worker."""
        inquiry = self._inquiry
        if inquiry is None:
            return
        try:
            parliament = self._registry.get(inquiry.parliament)
        except DeskError as error:
            self._set_message(str(error))
            return
        self._generation += 1
        # The editor keeps changing its inquiry on this thread; the worker gets a frozen copy.
        job = render_job(
            self._generation, copy.deepcopy(inquiry), parliament, self._layout, self._results.put
        )
        self._worker = threading.Thread(target=job, name="preview-render", daemon=True)
        self._worker.start()
        self._results.start()

    def _job_ended(self, result: tuple[int, bytes | None, str]) -> None:
        """Take a render's result on the GUI thread: show the PDF or say why there is none."""
        generation, data, failure = result
        self._worker = None
        if data is None:
            self._job_failed(generation, failure)
        else:
            self._job_finished(generation, data)
        if self._worker is None:  # no newer render was started: nothing more to collect
            self._results.stop()

    def _job_done(self) -> bool:
        """Start the render that waited, if one did, and say whether this result is stale."""
        if self._dirty:
            self._dirty = False
            self._start_render()
            return True
        return False

    def _job_finished(self, generation: int, data: bytes) -> None:
        """Show the new PDF, keeping the scroll position, unless a newer one is coming."""
        if self._job_done() or generation != self._generation:
            return
        scroll = self.view.verticalScrollBar()
        position = scroll.value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(buffer)
        # The document has let go of the old buffer now; free it only after the load.
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if self._document.status() != QPdfDocument.Status.Ready:
            self._set_message(self.tr("Die Vorschau ließ sich nicht laden."))
            return
        self._set_message("")
        scroll.setValue(min(position, scroll.maximum()))
        self.view.viewport().repaint()  # on screen now, not at the next event loop turn
        self.rendered.emit((time.perf_counter() - self._pause_end) * 1000)

    def _job_failed(self, generation: int, message: str) -> None:
        """Show why the preview could not be made; the last good preview stays."""
        if self._job_done() or generation != self._generation:
            return
        self._set_message(message)

    # Toolbar

    def _show_layout_choice(self) -> None:
        """Show the chosen layout, or the one the inquiry falls to, in the combo."""
        name = self._layout
        if name is None:
            name = choose_layout(self._inquiry, None).value if self._inquiry else LAYOUTS[0]
        self.layout_combo.setCurrentIndex(self.layout_combo.findData(name))

    @Slot(int)
    def _layout_chosen(self, index: int) -> None:
        """Keep the user's layout choice for every later render."""
        self.set_layout(str(self.layout_combo.itemData(index)))

    @Slot(int)
    def _zoom_chosen(self, index: int) -> None:
        """Apply the chosen zoom mode or factor."""
        mode, factor = self.zoom_combo.itemData(index)
        self.view.setZoomMode(mode)
        if mode == _CUSTOM:
            self.view.setZoomFactor(factor / 100)

    def _set_message(self, text: str) -> None:
        """Show or hide the line of text above the preview."""
        self._message.setText(text)
        self._message.setVisible(bool(text))
