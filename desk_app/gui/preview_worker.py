"""Render a preview PDF on a worker thread; the result goes back to the GUI thread as a value."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from desk_app.model import DeskError, Inquiry
from desk_app.rules.profile import Parliament
from desk_app.service import preview_pdf

_LOG = logging.getLogger(__name__)


def render_job(
    generation: int,
    inquiry: Inquiry,
    parliament: Parliament,
    layout: str | None,
    put: Callable[[Any], None],
) -> Callable[[], None]:
    """Return the work of one render: put (generation, PDF bytes or None, failure sentence).

    It runs on a worker thread and holds no Qt object: `put` is a plain queue's
    (gui/thread_handoff.py), so a pane closed meanwhile is never touched.
    """

    def run() -> None:
        try:
            # On the worker: the first call loads reportlab (~100 ms), never the start-up.
            put((generation, preview_pdf(inquiry, parliament, layout), ""))
        except DeskError as error:
            put((generation, None, str(error)))
        except Exception as error:
            # A worker thread has nobody else to tell: the pane shows the sentence instead.
            _LOG.exception("Vorschau fehlgeschlagen")
            message = QCoreApplication.translate(
                "PreviewPane", "Die Vorschau ließ sich nicht erstellen: {0}"
            ).format(error)
            put((generation, None, message))

    return run
