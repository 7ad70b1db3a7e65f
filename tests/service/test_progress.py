"""Long work reports its progress and stops where the user asked it to."""

from __future__ import annotations

import pytest

from desk_app.i18n import set_language
from desk_app.service.progress import Cancelled, Progress, counted, quiet


def test_reports_reach_the_listener_in_order():
    heard: list[tuple[int, int, str]] = []
    progress = Progress(lambda done, total, what: heard.append((done, total, what)))
    progress.report(1, 3, "Seite 1 von 3 gelesen")
    progress.report(3, 3, "Seite 3 von 3 gelesen")
    assert heard == [(1, 3, "Seite 1 von 3 gelesen"), (3, 3, "Seite 3 von 3 gelesen")]


def test_after_cancel_the_next_report_or_check_raises():
    progress = Progress()
    progress.check()  # nothing asked yet
    progress.cancel()
    assert progress.cancelled
    with pytest.raises(Cancelled):
        progress.check()
    with pytest.raises(Cancelled):
        progress.report(2, 10)


def test_each_reports_every_item_and_stops_after_a_cancel():
    heard: list[str] = []
    progress = Progress(lambda done, total, what: heard.append(what))
    taken = []
    with pytest.raises(Cancelled):
        for item in progress.each("abcde", 5, lambda done, total: f"{done} von {total}"):
            taken.append(item)
            if item == "b":
                progress.cancel()
    assert taken == ["a", "b"]  # "c" was never handed out
    assert heard == ["0 von 5", "1 von 5"]


def test_quiet_progress_never_stops_the_work():
    progress = quiet(None)
    progress.report(5, 5, "fertig")
    assert not progress.cancelled
    given = Progress()
    assert quiet(given) is given


def test_counts_are_grouped_as_the_reader_writes_them():
    assert counted(1200) == "1.200"
    set_language("en")
    try:
        assert counted(1200) == "1,200"
    finally:
        set_language("de")


def test_after_settle_a_late_cancel_no_longer_counts():
    progress = Progress()
    progress.settle()
    progress.cancel()  # pressed while the file is renamed into place
    assert not progress.cancelled
    progress.check()


def test_settle_refuses_when_the_user_asked_to_stop_before():
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        progress.settle()
