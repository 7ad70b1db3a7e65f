"""Long work runs off the GUI thread behind a progress dialog that can stop it."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from desk_app.gui.long_task import DIALOG_NAME, run_long_task
from desk_app.model import DeskError
from desk_app.service.progress import Cancelled, Progress


def _dialog() -> QProgressDialog | None:
    """Return the long task's progress dialog if it is on screen."""
    for widget in QApplication.topLevelWidgets():
        named = isinstance(widget, QProgressDialog) and widget.objectName() == DIALOG_NAME
        if named and widget.isVisible():
            return widget  # type: ignore[return-value]  # a QProgressDialog, as checked
    return None


def _click_cancel_when(text: str, seen: list[str]) -> QTimer:
    """Watch for the dialog; once its label shows `text`, remember it and press Abbrechen."""
    timer = QTimer()

    def look() -> None:
        dialog = _dialog()
        if dialog is None or text not in dialog.labelText():
            return
        seen.append(dialog.labelText())
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Abbrechen")
        timer.stop()
        button.click()

    timer.timeout.connect(look)
    timer.start(20)
    return timer


def test_the_work_runs_on_another_thread_and_its_result_comes_back(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    threads: list[threading.Thread] = []

    def work(progress: Progress) -> int:
        threads.append(threading.current_thread())
        return 42

    assert run_long_task(parent, "Rechnen", work) == 42
    assert threads and threads[0] is not threading.main_thread()
    assert _dialog() is None  # short work never showed a dialog


def test_the_dialog_shows_what_is_done_and_abbrechen_stops_the_work(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[str] = []
    reached: list[int] = []

    def work(progress: Progress) -> str:
        for page in range(1, 401):
            time.sleep(0.01)
            reached.append(page)
            progress.report(page, 400, f"Seite {page} von 400 gelesen")
        return "fertig"

    timer = _click_cancel_when("von 400 gelesen", seen)
    with pytest.raises(Cancelled):
        run_long_task(parent, "PDF lesen", work)
    timer.stop()
    assert seen and seen[0].startswith("Seite ")
    assert reached[-1] < 400  # the work stopped at its next report, long before the end
    assert _dialog() is None


def test_the_works_own_error_reaches_the_caller_as_raised(qtbot):
    def work(progress: Progress) -> None:
        raise DeskError("Die Datei ist kein lesbares PDF oder ist beschädigt.")

    with pytest.raises(DeskError, match="kein lesbares PDF"):
        run_long_task(None, "PDF lesen", work)


def test_a_cancel_after_the_last_step_still_counts_as_cancelled(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[str] = []
    release = threading.Event()

    def work(progress: Progress) -> str:
        progress.report(1, 1, "Alles gelesen")
        release.wait(5)  # the user presses Abbrechen now; the work has no check left
        return "fertig"

    timer = _click_cancel_when("Alles gelesen", seen)
    QTimer.singleShot(1500, release.set)
    with pytest.raises(Cancelled):
        run_long_task(parent, "PDF lesen", work)
    timer.stop()
    release.set()
    assert seen == ["Alles gelesen"]
