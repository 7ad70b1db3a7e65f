"""The inquiry list: columns, deadline colours, filters, search as you type, sorting, paging."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from desk_app.gui import labels
from desk_app.gui.inquiry_list_model import DUE, PAGE, PARLIAMENT, TITLE
from desk_app.gui.list_panel import ListPanel, as_you_type
from desk_app.gui.operations import Operations
from desk_app.rules.registry import ProfileRegistry
from desk_app.service import Desk
from desk_app.storage import InquiryStore
from tests.gui.list_samples import TODAY, fill, sample


@pytest.fixture(scope="module")
def registry():
    return ProfileRegistry.load()


@pytest.fixture
def operations(tmp_path, registry):
    store = InquiryStore.open(tmp_path / "list.sqlite3")
    yield Operations(Desk(store=store, registry=registry, today=lambda: TODAY))
    store.close()


@pytest.fixture
def ids(operations):
    return fill(operations.desk.store)


@pytest.fixture
def panel(qtbot, operations, ids):
    widget = ListPanel(operations)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def load_all(panel: ListPanel) -> None:
    while panel.model.canFetchMore(QModelIndex()):
        panel.model.fetchMore(QModelIndex())


def titles(panel: ListPanel) -> list[str]:
    load_all(panel)
    model = panel.model
    return [model.index(row, TITLE).data() for row in range(model.rowCount())]


def row_texts(panel: ListPanel, title: str) -> list[str]:
    row = titles(panel).index(title)
    return [panel.model.index(row, column).data() for column in range(6)]


def colour(panel: ListPanel, title: str, role: Qt.ItemDataRole):
    row = titles(panel).index(title)
    return panel.model.index(row, DUE).data(role)


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_columns_show_parliament_kind_reference_title_status_and_due(panel):
    assert [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Parlament",
        "Art",
        "Nr./Drucksache",
        "Titel",
        "Status",
        "Fällig",
    ]
    assert row_texts(panel, "Brückensanierung an Autobahnen") == [
        "BY",
        "Schriftliche Anfrage",  # Bavaria's own name for a Kleine Anfrage
        "Drs. 19/123",
        "Brückensanierung an Autobahnen",
        "Veröffentlicht",
        "11.03.2025",
    ]
    assert row_texts(panel, "Kosten der Kita-Plätze")[2::2] == ["101", "Eingereicht"]
    assert row_texts(panel, "Kosten der Kita-Plätze")[5] == "05.03.2025"
    assert row_texts(panel, "Zukunft der Hochschulen")[1:] == [
        "Große Anfrage",
        "",
        "Zukunft der Hochschulen",
        "Entwurf",
        "",
    ]
    assert row_texts(panel, "Breitbandausbau")[4] == "Beantwortet"
    assert row_texts(panel, "Radwege")[4] == "Zurückgezogen"
    assert panel.count_label.text() == "7 Anfragen"


def test_overdue_rows_are_red_and_rows_due_within_a_week_amber(panel):
    background, foreground = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole
    red, amber = labels.BACKGROUNDS[labels.Urgency.OVERDUE], labels.BACKGROUNDS[labels.Urgency.SOON]
    assert colour(panel, "Kosten der Kita-Plätze", background) == red
    assert (
        colour(panel, "Kosten der Kita-Plätze", foreground)
        == labels.FOREGROUNDS[labels.Urgency.OVERDUE]
    )
    assert colour(panel, "Förderung der Integrationsagenturen", background) == amber
    assert colour(panel, "Brückensanierung an Autobahnen", background) == amber
    # Answered or withdrawn inquiries are never overdue; far or missing dates are plain.
    for title in (
        "Breitbandausbau",
        "Radwege",
        "Polizeistellen im Land",
        "Zukunft der Hochschulen",
    ):
        assert colour(panel, title, background) is None
    row = titles(panel).index("Kosten der Kita-Plätze")
    assert panel.model.index(row, DUE).data(Qt.ItemDataRole.ToolTipRole) == "5 Tage überfällig"


def test_filters_by_parliament_status_and_kind(panel):
    choose(panel.parliament_filter, "NW")
    assert sorted(titles(panel)) == [
        "Förderung der Integrationsagenturen",
        "Kosten der Kita-Plätze",
        "Radwege",
        "Zukunft der Hochschulen",
    ]
    choose(panel.status_filter, "submitted")
    assert sorted(titles(panel)) == [
        "Förderung der Integrationsagenturen",
        "Kosten der Kita-Plätze",
    ]
    choose(panel.status_filter, None)
    choose(panel.kind_filter, "grosse-anfrage")
    assert titles(panel) == ["Zukunft der Hochschulen"]
    assert panel.count_label.text() == "1 Anfrage"
    choose(panel.parliament_filter, None)
    choose(panel.kind_filter, None)
    assert len(titles(panel)) == 7


def test_kind_filter_uses_the_chosen_parliaments_names(panel):
    choose(panel.parliament_filter, "BY")
    names = [panel.kind_filter.itemText(i) for i in range(panel.kind_filter.count())]
    assert "Schriftliche Anfrage" in names and "Kleine Anfrage" not in names
    choose(panel.kind_filter, "kleine-anfrage")
    assert titles(panel) == ["Brückensanierung an Autobahnen"]


def test_search_as_you_type_finds_by_full_text(panel, qtbot):
    qtbot.keyClicks(panel.search_field, "Stellen")
    qtbot.waitUntil(lambda: panel.model.searching(), timeout=2000)
    # "Stellen" is a word of a question, not of the title.
    assert titles(panel) == ["Förderung der Integrationsagenturen"]
    assert panel.count_label.text() == "1 Treffer"
    panel.search_field.clear()
    qtbot.waitUntil(lambda: not panel.model.searching(), timeout=2000)
    assert len(titles(panel)) == 7


def test_search_with_umlauts_and_a_prefix_while_typing(panel, qtbot):
    for char in "Förder":
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            panel.search_field,
            Qt.Key.Key_unknown,
            char,
            Qt.KeyboardModifier.NoModifier,
        )
    assert panel.search_field.text() == "Förder"
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=2000)
    assert titles(panel) == ["Förderung der Integrationsagenturen"]


def test_search_keeps_the_filters(panel, qtbot):
    choose(panel.parliament_filter, "BY")
    qtbot.keyClicks(panel.search_field, "Landesregierung")  # in every sample's question
    qtbot.waitUntil(lambda: panel.model.searching(), timeout=2000)
    assert titles(panel) == ["Brückensanierung an Autobahnen"]


def test_as_you_type_makes_the_last_word_a_prefix():
    assert as_you_type("Förder") == "Förder*"
    assert as_you_type("Kita Fö") == "Kita Fö"
    assert as_you_type("Kita ") == "Kita "
    assert as_you_type("") == ""


def test_sorting_by_due_date_both_ways_is_done_by_the_store(panel, qtbot):
    header = panel.view.horizontalHeader()
    header.setSortIndicator(DUE, Qt.SortOrder.AscendingOrder)
    dues = [panel.model.summary(row).due for row in range(len(titles(panel)))]
    dated = [day for day in dues if day is not None]
    assert dated == sorted(dated) and dues[-1] is None  # undated last
    assert titles(panel)[0] == "Breitbandausbau"
    header.setSortIndicator(DUE, Qt.SortOrder.DescendingOrder)
    assert titles(panel)[0] == "Zukunft der Hochschulen"
    assert titles(panel)[1] == "Polizeistellen im Land"
    header.setSortIndicator(TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(panel)[:2] == ["Breitbandausbau", "Brückensanierung an Autobahnen"]


def test_a_column_the_store_cannot_sort_keeps_the_current_order(panel):
    header = panel.view.horizontalHeader()
    header.setSortIndicator(DUE, Qt.SortOrder.AscendingOrder)
    before = titles(panel)
    header.setSortIndicator(PARLIAMENT, Qt.SortOrder.AscendingOrder)
    assert titles(panel) == before
    assert header.sortIndicatorSection() == DUE


def test_rows_are_fetched_page_by_page(qtbot, operations):
    for number in range(PAGE * 2 + 50):
        operations.desk.store.add(sample(f"Anfrage {number}"))
    widget = ListPanel(operations)
    qtbot.addWidget(widget)
    model = widget.model
    assert model.total() == PAGE * 2 + 50
    widget.show()  # the view asks for the first page itself
    qtbot.waitUntil(lambda: model.rowCount() == PAGE)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE * 2 + 50 and not model.canFetchMore(QModelIndex())
    # Descending pages are counted from the end and still cover every row once.
    widget.view.horizontalHeader().setSortIndicator(TITLE, Qt.SortOrder.DescendingOrder)
    ids = {model.summary(row).id for row in range(len(titles(widget)))}
    assert len(ids) == PAGE * 2 + 50


def test_choosing_a_row_announces_it_and_a_save_keeps_the_selection(panel, qtbot, ids):
    row = titles(panel).index("Polizeistellen im Land")
    rect = panel.view.visualRect(panel.model.index(row, TITLE))
    with qtbot.waitSignal(panel.inquiry_activated) as signal:
        QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [ids["later"]]
    announced: list[int] = []
    panel.inquiry_activated.connect(announced.append)
    inquiry = panel._operations.get(ids["later"])
    inquiry.lead_ministry = "Innenministerium"
    panel._operations.save(inquiry)  # order "last changed first": the row moves to the top
    current = panel.view.currentIndex()
    assert panel.model.summary(current.row()).id == ids["later"] and current.row() == 0
    assert panel.view.selectionModel().isRowSelected(current.row())
    assert announced == []  # keeping the selection is not a new choice


def test_new_inquiries_appear_after_list_changed(panel):
    panel._operations.create("NW", "kleine-anfrage", title="Neue Anfrage zur Pflege")
    assert "Neue Anfrage zur Pflege" in titles(panel)
    assert panel.count_label.text() == "8 Anfragen"
