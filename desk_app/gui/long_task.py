"""Run long work off the GUI thread behind a progress dialog with a cancel button.

    outcome = run_long_task(window, title, lambda progress: work(..., progress))

`work` gets a Qt-free `Progress` (desk_app/service/progress.py): it reports
`progress.report(done, total, "Seite 120 von 400 gelesen")` and stops with
`Cancelled` once the user pressed "Abbrechen". `run_long_task` waits in a
local event loop, so the window keeps painting, and returns the work's
result; it raises `Cancelled` when the user stopped it (even when the work
finished just after the click, so what the caller would do next is not
done, unless the work called `progress.settle()` before its one write),
and any other exception of the work as it was raised. After the click the
dialog says "Wird abgebrochen …" until the work reached its next check.
Work under MINIMUM_MS never shows the dialog. The work runs on another
thread: it must not touch widgets or the store's connection (SQLite's
belongs to the GUI thread); read what it needs before, and store what it
made after.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog, QWidget

from desk_app.gui.thread_handoff import Handoff
from desk_app.service.progress import Cancelled, Progress

T = TypeVar("T")

MESSAGE_MS = 8000  # how long the status bar says that work was stopped
MINIMUM_MS = 300  # shorter work shows no dialog: a flash is worse than a short wait
_REPORT_GAP = 0.05  # seconds between two reports the dialog shows; more would only cost
_YIELD = 0.002  # seconds the work pauses after each report shown, for the GUI thread's turn
DIALOG_NAME = "longTaskDialog"  # the dialog's object name (tests find it by it)


JOIN_S = 5.0  # the worker only returns after its last value: this wait is short


class _Job:
    """Run the work once on a thread of its own; put its reports and its end in a queue.

    It holds no Qt object (gui/thread_handoff.py): the GUI thread takes what it
    put and shows it, so nothing Qt owns is touched or destroyed off that thread.
    """

    def __init__(self, work: Callable[[Progress], object], put: Callable[[Any], None]) -> None:
        self._work = work
        self._put = put
        self._last = 0.0
        self.progress = Progress(self._report)

    def _report(self, done: int, total: int, what: str) -> None:
        """Pass a report on, but not more often than the dialog can show them."""
        now = time.monotonic()
        if done and done != total and now - self._last < _REPORT_GAP:
            return
        self._last = now
        self._put(("progressed", (done, total, what)))
        # Work in Python holds the interpreter; without a pause the GUI thread waits
        # for it at every call into Qt, and the dialog would lag and not hear its button.
        time.sleep(_YIELD)

    def run(self) -> None:
        """Run the work; a worker has nobody to raise to, so every exception is handed back."""
        try:
            result = self._work(self.progress)
        except BaseException as error:  # handed to the GUI thread, which raises it again
            self._put(("failed", error))
            return
        self._put(("finished", result))


def run_long_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], T],
    *,
    label: str = "",
    minimum_ms: int | None = None,
) -> T:
    """Run work(progress) on a worker thread behind a progress dialog; return what it returned.

    Raise Cancelled when the user pressed "Abbrechen" (or closed the dialog),
    and the work's own exception when it failed. The dialog appears after
    `minimum_ms` (MINIMUM_MS unless given).
    """
    if minimum_ms is None:
        minimum_ms = MINIMUM_MS
    dialog = _dialog(parent, title, label or title, minimum_ms)
    ended: list[tuple[bool, object]] = []
    loop = QEventLoop()

    def heard(value: tuple[str, Any]) -> None:
        kind, payload = value  # what _Job put
        if kind == "progressed":
            _show(dialog, *payload)
            return
        ended.append((kind == "finished", payload))
        loop.quit()

    handoff = Handoff(heard, dialog)
    job = _Job(work, handoff.put)
    dialog.canceled.connect(lambda: _stopping(dialog, job.progress, ended))
    # Qt's own timer shows the dialog only while its bar stands at the start; this one always.
    show = QTimer(dialog)
    show.setSingleShot(True)
    show.timeout.connect(lambda: _show_unless_over(dialog, ended))
    show.start(minimum_ms)
    # A thread of its own, not Qt's global pool: that pool has as many threads as
    # the machine has cores, and work Qt or another task left there must never
    # keep this one from starting while the loop below waits for it.
    worker = threading.Thread(target=job.run, name="long-task", daemon=True)
    worker.start()
    handoff.start()
    if not ended:
        loop.exec()
    # The work has ended (its last act was the value just taken). Joining makes this thread
    # drop the last references to what the work captured, widgets among them, not the worker.
    worker.join(JOIN_S)
    handoff.stop()
    show.stop()
    dialog.reset()  # stops Qt's timer that would show it after minimum_ms
    dialog.hide()
    dialog.deleteLater()
    ok, payload = ended[0]
    if not ok:
        assert isinstance(payload, BaseException)
        raise payload
    if job.progress.cancelled:
        raise Cancelled
    return payload  # type: ignore[return-value]  # what work returned


class Attempt:
    """Run a command's long work and say how it failed, the same way everywhere.

        with Attempt(window, failed_title, cancelled_text) as attempt:
            outcome = run_long_task(...)
        if not attempt.ok:
            return

    A stop puts `cancelled_text` in the status bar (nothing was written or stored);
    a DeskError shows its one sentence in a message box titled `failed_title`.
    """

    def __init__(self, window: QWidget | None, failed_title: str, cancelled_text: str) -> None:
        self._window = window
        self._failed_title = failed_title
        self._cancelled_text = cancelled_text
        self.ok = False

    def __enter__(self) -> Attempt:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: object, _trace: object) -> bool:
        from desk_app.model import DeskError

        if kind is None:
            self.ok = True
            return False
        if issubclass(kind, Cancelled):
            bar = self._window.statusBar() if isinstance(self._window, QMainWindow) else None
            if bar is not None:
                bar.showMessage(self._cancelled_text, MESSAGE_MS)
            return True
        if issubclass(kind, DeskError):
            QMessageBox.warning(self._window, self._failed_title, str(error))
            return True
        return False  # anything else is no user's mistake: it goes on up


def _dialog(parent: QWidget | None, title: str, label: str, minimum_ms: int) -> QProgressDialog:
    """Return the progress dialog, hidden until the work has run minimum_ms."""
    dialog = QProgressDialog(parent)
    dialog.setObjectName(DIALOG_NAME)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setCancelButtonText(QCoreApplication.translate("LongTask", "Abbrechen"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 0)  # busy until the work says how much there is
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("M" * 32))
    dialog.setMinimumDuration(minimum_ms)  # shows itself after that, reports or not
    return dialog


def _stopping(
    dialog: QProgressDialog, progress: Progress, ended: list[tuple[bool, object]]
) -> None:
    """Ask the work to stop, and say so until it has (it stops at its next report)."""
    progress.cancel()
    if ended or not progress.cancelled:
        return  # over, or past its last check: it finishes in a moment anyway
    # Qt hid the dialog; the work may need a moment to reach its next check.
    dialog.setLabelText(QCoreApplication.translate("LongTask", "Wird abgebrochen …"))
    dialog.setCancelButton(None)  # removes the button: there is nothing more to press
    dialog.show()


def _show_unless_over(dialog: QProgressDialog, ended: list[tuple[bool, object]]) -> None:
    """Show the dialog, unless the work ended or the user stopped it meanwhile."""
    if not ended and not dialog.wasCanceled():
        dialog.show()


def _show(dialog: QProgressDialog, done: int, total: int, what: str) -> None:
    """Show a report: the sentence, and the bar when the work knows its total."""
    if dialog.wasCanceled():
        return  # the dialog says nothing more once the user stopped the work
    if what:
        dialog.setLabelText(what)
    if total > 0:
        if dialog.maximum() != total:
            dialog.setRange(0, total)
        dialog.setValue(min(done, total))
