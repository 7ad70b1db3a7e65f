"""History: list saved versions, read an old one, restore it as the current one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desk_app.gui.history_dialog import HistoryDialog
from desk_app.gui.operations import Operations
from desk_app.model import paragraph, plain
from desk_app.rules.registry import ProfileRegistry
from desk_app.service import Desk
from desk_app.storage import InquiryStore

START = datetime(2026, 3, 2, 9, 15, 0, tzinfo=UTC)


@pytest.fixture
def ops(tmp_path):
    moments = iter(START + timedelta(minutes=n) for n in range(100))
    store = InquiryStore.open(tmp_path / "history.sqlite3", now=lambda: next(moments))
    yield Operations(Desk(store=store, registry=ProfileRegistry.load()))
    store.close()


@pytest.fixture
def three_versions(ops):
    inquiry = ops.create("NW", "kleine-anfrage", title="Erste Fassung über Fördermittel")
    for title in ("Zweite Fassung", "Dritte Fassung"):
        inquiry.title = paragraph(title)
        ops.save(inquiry)
    assert inquiry.id is not None
    return inquiry.id


@pytest.fixture
def dialog(qtbot, ops, three_versions):
    widget = HistoryDialog(ops, three_versions)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def local(minutes: int) -> str:
    return f"{(START + timedelta(minutes=minutes)).astimezone():%d.%m.%Y %H:%M:%S}"


def test_lists_the_versions_newest_first_in_local_time(dialog):
    assert dialog.revisions() == [f"{local(2)} (aktuell)", local(1), local(0)]
    assert "# Dritte Fassung" in dialog.text_view.toPlainText()
    assert not dialog.restore_button.isEnabled()  # the current version is already current


def test_selecting_an_old_version_shows_its_text(dialog):
    dialog.revision_list.setCurrentRow(2)
    shown = dialog.text_view.toPlainText()
    assert shown.startswith("# Erste Fassung über Fördermittel")
    assert "parliament:" not in shown
    assert "Vor diesem Hintergrund" in shown  # the template's lead-in
    assert dialog.restore_button.isEnabled()


def test_restore_makes_the_old_version_current(dialog, ops, qtbot, monkeypatch, three_versions):
    asked: list[str] = []

    def yes(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    dialog.revision_list.setCurrentRow(2)
    with qtbot.waitSignal(dialog.restored) as blocker:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [three_versions]
    assert local(0) in asked[0]
    assert (
        plain(ops.desk.store.get(three_versions).title.inlines) == "Erste Fassung über Fördermittel"
    )
    assert len(ops.desk.store.revisions(three_versions)) == 4
    assert dialog.revisions()[0] == f"{local(3)} (aktuell)"
    assert "# Erste Fassung" in dialog.text_view.toPlainText()


def test_saying_no_changes_nothing(dialog, ops, monkeypatch, three_versions):
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    dialog.revision_list.setCurrentRow(1)
    assert dialog.restore_selected() is False
    assert plain(ops.desk.store.get(three_versions).title.inlines) == "Dritte Fassung"
    assert len(ops.desk.store.revisions(three_versions)) == 3


def test_an_unknown_inquiry_gives_a_line_of_text(qtbot, ops):
    widget = HistoryDialog(ops, 999)
    qtbot.addWidget(widget)
    assert widget.revisions() == []
    assert "999" in widget.hint.text()
    assert not widget.restore_button.isEnabled()
