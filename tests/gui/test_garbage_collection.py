"""Cyclic garbage holding a Qt object is freed on the GUI thread, never on a busy worker."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from desk_app.gui.garbage_collection import GuiThreadCollector

MAIN = threading.main_thread()


class Tracked(QObject):
    """A Qt object that notes the thread its Python side is freed on (a signal would be queued)."""

    def __init__(self, freed_on: list[threading.Thread]) -> None:
        super().__init__()
        self._freed_on = freed_on

    def __del__(self) -> None:
        self._freed_on.append(threading.current_thread())


def _allocate_a_lot() -> None:
    """Make the many young container objects a layout or an import makes."""
    kept = []
    for n in range(200_000):
        kept.append([n, (n,)])
        if len(kept) > 1_000:
            kept.clear()


def test_a_worker_that_allocates_frees_no_qt_object_and_the_gui_thread_does(qtbot, qapp):
    before = gc.isenabled()  # the window tests run with a collector already (conftest)
    thresholds = gc.get_threshold()
    collector = GuiThreadCollector(qapp, interval_ms=50)
    try:
        assert not gc.isenabled()
        freed_on: list[threading.Thread] = []
        garbage = Tracked(freed_on)
        garbage.itself = garbage  # a cycle: only a collection can free it
        del garbage
        worker = threading.Thread(target=_allocate_a_lot)
        worker.start()
        worker.join()
        assert freed_on == []  # the worker crossed the thresholds many times, collected nothing
        # Whatever generation the cycle has reached meanwhile, low thresholds make each one
        # due within a few turns of the timer, as the GUI thread's own work would over time.
        gc.set_threshold(1, 1, 1)
        young = [[n] for n in range(100)]
        qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
        del young
        assert freed_on == [MAIN]
    finally:
        gc.set_threshold(*thresholds)
        collector.stop()
    assert gc.isenabled() == before  # given back as it was


def test_each_generation_is_collected_when_its_threshold_is_crossed(qtbot, qapp):
    collector = GuiThreadCollector(qapp, interval_ms=60_000)  # collected by hand below
    try:
        gc.collect()
        assert collector.collect() == 0  # nothing allocated since: nothing is due
        for _ in range(gc.get_threshold()[0] + 100):
            cycle: list[object] = []
            cycle.append(cycle)
        del cycle
        assert collector.collect() > 0  # generation 0 was due and held the cycles
    finally:
        collector.stop()
