"""Render a preview PDF on a worker thread and hand the bytes back to the GUI thread."""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal, SignalInstance

from desk_app.model import DeskError, Inquiry
from desk_app.rules.profile import Parliament
from desk_app.service import preview_pdf

_LOG = logging.getLogger(__name__)


class RenderSignals(QObject):
    """Carry a job's result from the worker thread to the GUI thread (queued)."""

    finished = Signal(int, object)  # generation, PDF bytes
    failed = Signal(int, str)  # generation, one German sentence


class RenderJob(QRunnable):
    """Render one private copy of an inquiry to PDF bytes."""

    def __init__(
        self,
        generation: int,
        inquiry: Inquiry,
        parliament: Parliament,
        layout: str | None,
        signals: RenderSignals,
    ) -> None:
        super().__init__()
        self._generation = generation
        self._inquiry = inquiry
        self._parliament = parliament
        self._layout = layout
        # The job holds the signals object so it outlives the job even if the pane goes first.
        self._signals = signals

    def run(self) -> None:
        """Render and emit finished or failed; never let an exception escape the thread."""
        try:
            # On the worker: the first call loads reportlab (~100 ms), never the start-up.
            data = preview_pdf(self._inquiry, self._parliament, self._layout)
        except DeskError as error:
            self._emit(self._signals.failed, str(error))
            return
        except Exception as error:
            # A worker thread has nobody else to tell: the pane shows the sentence instead.
            _LOG.exception("Vorschau fehlgeschlagen")
            message = QCoreApplication.translate(
                "PreviewPane", "Die Vorschau ließ sich nicht erstellen: {0}"
            ).format(error)
            self._emit(self._signals.failed, message)
            return
        self._emit(self._signals.finished, data)

    def _emit(self, signal: SignalInstance, payload: object) -> None:
        """Send a result, unless the pane was closed meanwhile and nobody is left to tell."""
        # The signals' Qt object may be gone with its window; the result is not wanted then.
        with contextlib.suppress(RuntimeError):
            signal.emit(self._generation, payload)
