"""The deadline dashboard: groups by due date, day counts, status text and the start notice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desk_app.gui.dashboard import Dashboard
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
    store = InquiryStore.open(tmp_path / "dash.sqlite3")
    yield Operations(Desk(store=store, registry=registry, today=lambda: TODAY))
    store.close()


@pytest.fixture
def dashboard(qtbot, operations):
    widget = Dashboard(operations)
    qtbot.addWidget(widget)
    return widget


def shown(dashboard: Dashboard) -> dict[str, list[list[str]]]:
    """Return each group's heading with its rows as the user reads them."""
    tree = dashboard.tree
    result = {}
    for number in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(number)
        rows = [[group.child(n).text(c) for c in range(5)] for n in range(group.childCount())]
        result[group.text(0)] = rows
    return result


def test_open_inquiries_are_grouped_by_due_date(dashboard, operations):
    fill(operations.desk.store)
    dashboard.refresh()
    assert shown(dashboard) == {
        "Überfällig (1)": [
            ["05.03.2025", "5 Tage überfällig", "NW", "101", "Kosten der Kita-Plätze"]
        ],
        "Diese Woche (2)": [
            ["11.03.2025", "morgen fällig", "BY", "Drs. 19/123", "Brückensanierung an Autobahnen"],
            ["12.03.2025", "noch 2 Tage", "NW", "102", "Förderung der Integrationsagenturen"],
        ],
        "Später (1)": [["19.04.2025", "noch 40 Tage", "BW", "", "Polizeistellen im Land"]],
    }
    # The draft without a due date is counted, not listed; answered and withdrawn are gone.
    assert dashboard.footer.text() == "Ohne Frist (nicht aufgeführt): 1 offene Anfrage"
    assert dashboard.summary_text() == "1 überfällig · 2 diese Woche"


def test_due_today_and_yesterday(dashboard, operations):
    operations.desk.store.add(sample("Heute", submitted=TODAY, due=TODAY))
    operations.desk.store.add(sample("Gestern", submitted=TODAY, due=TODAY - timedelta(days=1)))
    operations.list_changed.emit()  # the dashboard listens to the operations
    groups = shown(dashboard)
    assert groups["Überfällig (1)"][0][1] == "1 Tag überfällig"
    assert groups["Diese Woche (1)"][0][1] == "heute fällig"


def test_start_notice_only_when_overdue_or_due_within_three_days(dashboard, operations):
    assert dashboard.needs_notice() is None
    assert dashboard.summary_text() == "0 überfällig · 0 diese Woche"
    operations.desk.store.add(
        sample("In fünf Tagen", submitted=TODAY, due=TODAY + timedelta(days=5))
    )
    dashboard.refresh()
    assert dashboard.needs_notice() is None  # this week, but not within three days
    operations.desk.store.add(
        sample("In drei Tagen", submitted=TODAY, due=TODAY + timedelta(days=3))
    )
    dashboard.refresh()
    assert dashboard.needs_notice() == (
        "Fristen: 1 Anfrage ist in den nächsten 3 Tagen fällig. Details in der Fristenübersicht."
    )
    fill(operations.desk.store)
    dashboard.refresh()
    assert dashboard.needs_notice() == (
        "Fristen: 1 Anfrage ist überfällig; 3 Anfragen sind in den nächsten 3 Tagen fällig. "
        "Details in der Fristenübersicht."
    )


def test_enter_on_a_row_announces_the_inquiry(dashboard, operations, qtbot):
    ids = fill(operations.desk.store)
    dashboard.refresh()
    dashboard.show()
    tree = dashboard.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    with qtbot.waitSignal(dashboard.inquiry_activated) as signal:
        QTest.keyClick(tree, Qt.Key.Key_Return)
    assert signal.args == [ids["overdue"]]


def test_the_later_group_is_capped(qtbot, operations):
    from desk_app.gui import due_groups

    for number in range(5):
        operations.desk.store.add(
            sample(f"Später {number}", submitted=TODAY, due=TODAY + timedelta(days=20 + number))
        )
    groups = due_groups.collect(operations.desk, TODAY, later_cap=3)
    assert [row.title for row in groups.later] == ["Später 0", "Später 1", "Später 2"]
    assert groups.later_more


def test_the_overdue_group_reads_the_oldest_and_counts_all(qtbot, operations):
    from desk_app.gui import due_groups

    for number in range(5):
        operations.desk.store.add(
            sample(f"Alt {number}", submitted=TODAY, due=TODAY - timedelta(days=30 - number))
        )
    operations.desk.store.add(sample("Bald", submitted=TODAY, due=TODAY + timedelta(days=1)))
    groups = due_groups.collect(operations.desk, TODAY, overdue_cap=3)
    assert [row.title for row in groups.overdue] == ["Alt 0", "Alt 1", "Alt 2"]
    assert groups.overdue_total == 5
    assert [row.title for row in groups.this_week] == ["Bald"]
    assert groups.undated == 0


def test_a_statement_deadline_is_listed_as_such_and_never_as_overdue(dashboard, operations):
    from datetime import date

    from desk_app.model import Inquiry, paragraph

    def grosse(title: str, forwarded: date) -> Inquiry:
        inquiry = Inquiry("BT", "grosse-anfrage", title=paragraph(title))
        inquiry.dates.submitted = inquiry.dates.forwarded = forwarded
        return inquiry

    # Monday 10.02.2025 + 3 weeks = Monday 03.03.2025; Monday 03.03.2025 + 3 weeks = 24.03.2025.
    operations.desk.store.add(grosse("Lage der Bahn", date(2025, 2, 10)))
    operations.desk.store.add(grosse("Zukunft der Pflege", date(2025, 3, 3)))
    operations.list_changed.emit()
    groups = shown(dashboard)
    assert groups == {
        "Überfällig (0)": [],
        "Diese Woche (0)": [],
        "Später (0)": [],
        "Stellungnahme fällig (2)": [
            ["03.03.2025", "Stellungnahme fällig", "BT", "", "Lage der Bahn"],
            ["24.03.2025", "Stellungnahme in 14 Tagen", "BT", "", "Zukunft der Pflege"],
        ],
    }
    assert dashboard.summary_text() == "0 überfällig · 0 diese Woche"  # a statement is not late
    assert not dashboard.footer.isVisible()  # both are listed, none is "without a deadline"
