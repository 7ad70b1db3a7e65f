"""The first window: import the seed, see it listed, read it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from desk_app.gui.main_window import MainWindow
from desk_app.paths import resources_dir
from desk_app.rules.registry import ProfileRegistry
from desk_app.storage import InquiryStore

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"


@pytest.fixture
def window(qtbot, tmp_path):
    store = InquiryStore.open(tmp_path / "gui.sqlite3")
    main = MainWindow(store, ProfileRegistry.load())
    qtbot.addWidget(main)
    yield main
    store.close()


def test_imported_seed_is_listed_and_readable(window, qtbot):
    assert window.list_model.rowCount() == 0
    assert window.import_path(SEED) == 1
    view = window.list_view
    model = view.model()
    if model.canFetchMore(view.rootIndex()):
        model.fetchMore(view.rootIndex())
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "NW"
    assert model.index(0, 2).data() == "3417"
    assert "Subsidiaritätsprinzip" in model.index(0, 3).data()
    view.selectionModel().select(
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    shown = window.reader.toPlainText()
    assert "Vor diesem Hintergrund fragen wir die Landesregierung:" in shown
    assert "parliament:" not in shown  # the metadata block is not shown to the reader
    assert "5 Fragen, 3 Fußnoten" in window.statusBar().currentMessage()


def test_broken_file_gives_a_message_and_changes_nothing(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02garbage")
    assert window.import_path(bad) is None
    assert len(shown) == 1 and "binary.txt" in shown[0]
    assert window.list_model.total() == 0
