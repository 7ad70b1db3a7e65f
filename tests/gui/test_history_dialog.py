"""History dialog: entries by event, a word diff with now, restore text or all, undo the restore."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QPushButton

from desk_app.gui.history_dialog import HistoryDialog
from desk_app.gui.operations import Operations
from desk_app.model import Extension, Question, encode, paragraph, plain
from desk_app.rules.registry import ProfileRegistry
from desk_app.service import Desk
from desk_app.storage import InquiryStore

START = datetime(2026, 3, 2, 9, 15, 0, tzinfo=UTC)


class Clock:
    """Tell a moment that moves on only when told, one second per call otherwise."""

    def __init__(self) -> None:
        self.moment = START

    def __call__(self) -> datetime:
        self.moment += timedelta(seconds=1)
        return self.moment

    def wait(self, minutes: int) -> None:
        self.moment += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ops(tmp_path, clock):
    store = InquiryStore.open(tmp_path / "history.sqlite3", now=clock)
    yield Operations(Desk(store=store, registry=ProfileRegistry.load()))
    store.close()


@pytest.fixture
def inquiry_id(ops, clock) -> int:
    """An inquiry written, then submitted, given a Drucksache and an extension, then rewritten."""
    inquiry = ops.create("NW", "kleine-anfrage", title="Schulen im ländlichen Raum")
    assert inquiry.id is not None
    clock.wait(10)
    inquiry.questions = [Question([paragraph("Wie viele Schulen gibt es?")])]
    ops.save(inquiry)
    clock.wait(10)
    ops.desk.set_field(inquiry.id, "dates.submitted", "2026-02-20")
    clock.wait(10)
    ops.desk.set_field(inquiry.id, "drucksache", "18/1234")
    clock.wait(10)
    inquiry = ops.get(inquiry.id)
    inquiry.dates.extensions.append(Extension(date(2026, 4, 30), reason="Umfang"))
    inquiry.title = paragraph("Grundschulen im ländlichen Raum")
    inquiry.questions = [Question([paragraph("Wie viele Grundschulen gibt es heute?")])]
    ops.save(inquiry)
    return inquiry.id


@pytest.fixture
def dialog(qtbot, ops, inquiry_id):
    widget = HistoryDialog(ops, inquiry_id)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def at(minutes: int, seconds: int) -> str:
    return f"{(START + timedelta(minutes=minutes, seconds=seconds)).astimezone():%d.%m.%Y %H:%M}"


def select(qtbot, dialog: HistoryDialog, row: int) -> None:
    """Click an entry of the list, as a user does."""
    item = dialog.revision_list.item(row)
    rect = dialog.revision_list.visualItemRect(item)
    qtbot.mouseClick(dialog.revision_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.revision_list.currentRow() == row


def answer_with(qtbot, dialog: HistoryDialog, text: str | None, asked: list[str]) -> None:
    """Click the button with this text in the restore question once it is shown (None: cancel)."""

    def click() -> None:
        box = dialog.choice_box
        if box is None or not box.isVisible():
            QTimer.singleShot(10, click)
            return
        asked.append(f"{box.text()}\n{box.informativeText()}")
        buttons: list[QAbstractButton] = list(box.buttons())
        if text is None:
            target = box.button(QMessageBox.StandardButton.Cancel)
        else:
            target = next(b for b in buttons if b.text().replace("&", "") == text)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def formatted(dialog: HistoryDialog, test: Callable) -> str:
    """Return the diff view's text in the fragments whose format passes a test."""
    found = []
    block = dialog.diff_view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if test(fragment.charFormat()):
                found.append(fragment.text())
            iterator += 1
        block = block.next()
    return " ".join(found)


def test_lists_entries_by_event_with_time_and_what_changed(dialog):
    assert dialog.revisions() == [
        f"{at(40, 9)}  Titel, Frage 1, Verlängerungen geändert (aktuell)",
        f"{at(30, 7)}  Drucksache gesetzt",
        f"{at(20, 5)}  Als eingereicht vermerkt (20.02.2026)",
        f"{at(10, 3)}  Frage 1 geändert",
        f"{at(0, 1)}  Angelegt",
    ]
    assert not dialog.restore_button.isEnabled()  # today's state is current already
    assert not dialog.undo_button.isEnabled()
    assert dialog.tracking_label.text() == "Das ist der jetzige Stand."


def test_selecting_an_entry_shows_the_words_changed_since_and_the_tracking_data(qtbot, dialog):
    select(qtbot, dialog, 3)
    removed = formatted(dialog, lambda form: form.fontStrikeOut())
    inserted = formatted(dialog, lambda form: form.fontUnderline())
    assert "Schulen" in removed.split()
    assert "Grundschulen" in inserted.split() and "heute" in inserted.split()
    assert "ländlichen" not in removed + inserted  # unchanged words stay plain
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Unterschiede zu jetzt"
    shown = dialog.tracking_label.text()
    assert "Eingereicht am: – → 20.02.2026" in shown
    assert "Drucksache: – → 18/1234" in shown
    assert "Verlängerungen" in shown
    assert dialog.text_view.toPlainText().startswith("# Schulen im ländlichen Raum")
    assert dialog.restore_button.isEnabled()


def test_restoring_only_the_text_keeps_the_tracking_data_and_can_be_undone(
    qtbot, dialog, ops, inquiry_id
):
    before = encode(ops.get(inquiry_id))
    select(qtbot, dialog, 3)
    asked: list[str] = []
    answer_with(qtbot, dialog, "Nur den Text", asked)
    with qtbot.waitSignal(dialog.restored) as blocker:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [inquiry_id]
    assert "andere Verfolgungsdaten" in asked[0] and "Drucksache" in asked[0]

    stored = ops.get(inquiry_id)
    assert plain(stored.title.inlines) == "Schulen im ländlichen Raum"
    assert plain(stored.questions[0].text[0].inlines) == "Wie viele Schulen gibt es?"
    assert stored.drucksache == "18/1234"
    assert stored.dates.submitted == date(2026, 2, 20)
    assert len(stored.dates.extensions) == 1
    assert dialog.revisions()[0].endswith(
        f"Fassung vom {at(10, 3)} wiederhergestellt (nur Text) (aktuell)"
    )
    assert "rückgängig" in dialog.hint.text()
    assert dialog.undo_button.isEnabled()

    with qtbot.waitSignal(dialog.restored):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert encode(ops.get(inquiry_id)) == before
    assert dialog.revisions()[0].endswith("Wiederherstellen rückgängig gemacht (aktuell)")
    assert not dialog.undo_button.isEnabled()


def test_restoring_text_and_tracking_brings_back_the_old_tracking_data(
    qtbot, dialog, ops, inquiry_id
):
    old_revision = dialog._entries[3].revision_id
    select(qtbot, dialog, 3)
    answer_with(qtbot, dialog, "Text und Verfolgungsdaten", [])
    with qtbot.waitSignal(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    stored = ops.get(inquiry_id)
    assert encode(stored) == encode(ops.desk.revision(inquiry_id, old_revision))
    assert stored.drucksache is None and stored.dates.submitted is None
    assert stored.dates.extensions == []


def test_cancelling_the_question_changes_nothing(qtbot, dialog, ops, inquiry_id):
    before = encode(ops.get(inquiry_id))
    count = len(ops.desk.revisions(inquiry_id))
    select(qtbot, dialog, 4)
    answer_with(qtbot, dialog, None, [])
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert encode(ops.get(inquiry_id)) == before
    assert len(ops.desk.revisions(inquiry_id)) == count
    assert not dialog.undo_button.isEnabled()


def test_same_tracking_data_asks_only_whether_to_restore(qtbot, ops, clock):
    inquiry = ops.create("NW", "kleine-anfrage", title="Erste Fassung")
    clock.wait(10)
    inquiry.title = paragraph("Zweite Fassung")
    ops.save(inquiry)
    widget = HistoryDialog(ops, inquiry.id)
    qtbot.addWidget(widget)
    widget.show()
    select(qtbot, widget, 1)
    assert widget.tracking_label.text() == (
        "Die Verfolgungsdaten dieser Fassung sind dieselben wie heute."
    )
    asked: list[str] = []
    answer_with(qtbot, widget, "Wiederherstellen", asked)
    with qtbot.waitSignal(widget.restored):
        qtbot.mouseClick(widget.restore_button, Qt.MouseButton.LeftButton)
    assert "wird wieder der aktuelle" in asked[0]
    assert plain(ops.get(inquiry.id).title.inlines) == "Erste Fassung"


def test_an_entry_equal_to_now_has_nothing_to_restore(qtbot, ops, clock, tmp_path):
    inquiry = ops.create("NW", "kleine-anfrage", title="Unverändert")
    clock.wait(1)
    ops.export(inquiry, "md", tmp_path / "a.md")
    widget = HistoryDialog(ops, inquiry.id)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.revisions()[0].endswith("Exportiert als Markdown: a.md (aktuell)")
    select(qtbot, widget, 1)
    assert widget.restore_selected() is False
    assert "nichts zurückzuholen" in widget.hint.text()
    assert len(ops.desk.revisions(inquiry.id)) == 2


def test_an_unknown_inquiry_gives_a_line_of_text(qtbot, ops):
    widget = HistoryDialog(ops, 999)
    qtbot.addWidget(widget)
    assert widget.revisions() == []
    assert "999" in widget.hint.text()
    assert not widget.restore_button.isEnabled()
    assert not widget.undo_button.isEnabled()


def test_the_restore_button_is_a_push_button_with_an_accelerator(dialog):
    assert isinstance(dialog.restore_button, QPushButton)
    assert "&" in dialog.restore_button.text() and "&" in dialog.undo_button.text()


def test_the_windows_history_restores_the_text_into_the_open_editor(qtbot, session):
    window = session.window
    ops = window.ops
    inquiry = ops.create("NW", "kleine-anfrage", title="Alte Überschrift")
    ops.desk.set_field(inquiry.id, "drucksache", "18/1")
    window.open_inquiry(inquiry.id)
    title = window.editor.title_edit
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Getippt, noch nicht gespeichert")
    seen: list[list[str]] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, HistoryDialog):
            QTimer.singleShot(10, drive)
            return
        seen.append(dialog.revisions())
        select(qtbot, dialog, dialog.revision_list.count() - 1)  # "Angelegt"
        answer_with(qtbot, dialog, "Nur den Text", [])
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        seen.append(dialog.revisions())
        dialog.reject()

    QTimer.singleShot(0, drive)
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Verlauf …")
    action.trigger()

    assert seen[0][0].endswith("Titel geändert (aktuell)")  # what was typed was saved first
    assert seen[0][-1].endswith("Angelegt")
    assert "wiederhergestellt (nur Text) (aktuell)" in seen[1][0]
    assert title.toPlainText() == "Alte Überschrift"
    assert ops.get(inquiry.id).drucksache == "18/1"


def test_the_dialog_fits_a_small_screen(dialog):
    room = QApplication.primaryScreen().availableGeometry()  # the only screen here
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.minimumSizeHint().width() <= room.width()
