"""Long work runs off the GUI thread behind a progress dialog that can stop it."""

from __future__ import annotations

import re
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desk_app.gui import inquiry_commands, long_task
from desk_app.gui.calendar_export import export_open_calendar
from desk_app.gui.long_task import DIALOG_NAME, run_long_task
from desk_app.model import DeskError, Inquiry, paragraph
from desk_app.service.progress import Cancelled, Progress
from tests.gui.progress_dialog import click_cancel_when


def _dialog() -> QProgressDialog | None:
    """Return the long task's progress dialog if it is on screen."""
    for widget in QApplication.topLevelWidgets():
        named = isinstance(widget, QProgressDialog) and widget.objectName() == DIALOG_NAME
        if named and widget.isVisible():
            return widget  # type: ignore[return-value]  # a QProgressDialog, as checked
    return None


def test_the_work_runs_on_another_thread_and_its_result_comes_back(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    threads: list[threading.Thread] = []
    shown: list[bool] = []
    watch = QTimer()
    watch.timeout.connect(lambda: shown.append(_dialog() is not None))
    watch.start(10)

    def work(progress: Progress) -> int:
        threads.append(threading.current_thread())
        time.sleep(0.15)  # short work: half the time before a dialog would show
        progress.report(1, 1, "Fertig")
        return 42

    assert run_long_task(parent, "Rechnen", work) == 42
    watch.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert len(shown) > 3 and not any(shown)  # the window kept running, and nothing flashed


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

    timer = click_cancel_when("von 400 gelesen", seen)
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

    timer = click_cancel_when("Alles gelesen", seen)
    QTimer.singleShot(1500, release.set)
    with pytest.raises(Cancelled):
        run_long_task(parent, "PDF lesen", work)
    timer.stop()
    release.set()
    assert seen == ["Alles gelesen"]


def _many_pages(path: Path, pages: int) -> Path:
    """Write a PDF of many full pages of text, as a long printed paper has."""
    sheet = canvas.Canvas(str(path), pagesize=A4)
    for page in range(1, pages + 1):
        sheet.setFont("Helvetica", 11)
        for line in range(45):
            sheet.drawString(
                70,
                780 - 16 * line,
                f"{page}.{line} Wie viele Stellen für Schulsozialarbeit gibt es, wer zahlt sie?",
            )
        sheet.drawString(290, 40, str(page))
        sheet.showPage()
    sheet.save()
    return path


def test_a_long_pdf_import_shows_the_pages_read_and_abbrechen_stores_nothing(
    session, qtbot, tmp_path
):
    window = session.window
    kept = window.ops.create("NW", "kleine-anfrage", title="Schon gespeichert")
    window.open_inquiry(kept.id)
    before = session.desk.count()
    path = _many_pages(tmp_path / "drucksache.pdf", 300)
    seen: list[str] = []
    timer = click_cancel_when("von 300 gelesen", seen)
    assert inquiry_commands.import_file(window, path) is None
    timer.stop()
    assert seen and re.fullmatch(r"Seite \d+ von 300 gelesen", seen[0])
    assert session.desk.count() == before  # nothing stored, not even a part
    assert [row.id for row in session.desk.list()] == [kept.id]
    assert window.list_panel.model.total() == 1
    assert window.current is not None and window.current.id == kept.id  # still open
    assert "Import abgebrochen" in window.statusBar().currentMessage()
    assert _dialog() is None


def _open_inquiries(desk, count: int) -> None:
    """Store `count` submitted inquiries, each with a deadline running."""
    for n in range(count):
        inquiry = Inquiry("NW", "kleine-anfrage", term=18, number=str(1000 + n))
        inquiry.title = paragraph(f"Anfrage {n} zum Radverkehr")
        inquiry.dates.submitted = date(2026, 11, 2)
        desk.store.add(inquiry)


def test_a_cancelled_calendar_of_many_open_inquiries_writes_no_file(
    session, qtbot, tmp_path, monkeypatch
):
    _open_inquiries(session.desk, 4000)
    # At once rather than after 300 ms: the count of 4,000 deadlines is over in about twice that.
    monkeypatch.setattr(long_task, "MINIMUM_MS", 0)
    target = tmp_path / "Fristen.ics"
    seen: list[str] = []
    timer = click_cancel_when("Fristen berechnet", seen)
    assert export_open_calendar(session.window, target) is None
    timer.stop()
    assert seen and re.fullmatch(r"Fristen berechnet: [\d.]+ von 4\.000", seen[0])
    assert not target.exists()
    assert list(tmp_path.glob("*.ics*")) == []  # no temporary file beside it either
    assert "keine Datei geschrieben" in session.window.statusBar().currentMessage()


def test_the_calendar_of_open_inquiries_holds_each_due_date(session, qtbot, tmp_path):
    _open_inquiries(session.desk, 3)
    target = tmp_path / "Fristen.ics"
    assert export_open_calendar(session.window, target) == target
    calendar = Calendar.from_ical(target.read_bytes())
    events = [part for part in calendar.walk() if part.name == "VEVENT"]
    assert len(events) == 3
    assert "Kalender geschrieben" in session.window.statusBar().currentMessage()
    # The next export of any kind proposes this folder.
    from desk_app.gui.export_dialog import export_folder

    assert export_folder(session.window.settings) == tmp_path


def test_after_abbrechen_the_dialog_says_it_is_stopping_until_the_work_has(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[str] = []
    release = threading.Event()
    stopping: list[tuple[str, bool]] = []

    def work(progress: Progress) -> str:
        progress.report(1, 2, "Erster Teil gelesen")
        release.wait(5)  # a long step without a check: the user must see that it stops
        progress.check()
        return "fertig"

    def look_again() -> None:
        dialog = _dialog()
        if dialog is not None:
            buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
            stopping.append((dialog.labelText(), bool(buttons)))
        release.set()

    timer = click_cancel_when("Erster Teil gelesen", seen)
    QTimer.singleShot(1200, look_again)
    with pytest.raises(Cancelled):
        run_long_task(parent, "PDF lesen", work)
    timer.stop()
    release.set()
    assert seen == ["Erster Teil gelesen"]
    assert stopping == [("Wird abgebrochen …", False)]  # no button left to press
    assert _dialog() is None
