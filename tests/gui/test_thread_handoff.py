"""Values from worker threads reach the GUI thread in order, and never an object that is gone."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject

from desk_app.gui.thread_handoff import Handoff

MAIN = threading.main_thread()


def test_values_put_by_a_worker_arrive_on_the_gui_thread_in_order(qtbot):
    owner = QObject()
    received: list[tuple[int, bool]] = []
    handoff = Handoff(
        lambda value: received.append(
            (value, threading.current_thread() is threading.main_thread())
        ),
        owner,
    )
    put = handoff.put
    worker = threading.Thread(target=lambda: [put(n) for n in range(50)])
    handoff.start()
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(received) == 50, timeout=2000)
    assert [value for value, _ in received] == list(range(50))
    assert all(on_gui_thread for _, on_gui_thread in received)


def test_nothing_is_delivered_after_the_owner_is_gone(qtbot):
    owner = QObject()
    received: list[int] = []
    handoff = Handoff(received.append, owner)
    handoff.start()
    put = handoff.put
    release = threading.Event()

    def late_worker() -> None:
        release.wait(2)
        put(1)  # the window closed meanwhile: this must touch nothing of Qt

    worker = threading.Thread(target=late_worker)
    worker.start()
    shiboken6.delete(owner)  # the owner and its timer are gone now
    release.set()
    worker.join()
    qtbot.wait(100)  # five times the polling interval
    assert received == []


def test_a_preview_deleted_while_it_renders_lets_the_render_end(qtbot):
    from desk_app.gui.preview import PreviewPane
    from desk_app.rules.registry import ProfileRegistry
    from tests.formats.pdf_samples import seed_inquiry

    registry = ProfileRegistry.load()
    pane = PreviewPane(registry, delay_ms=0)
    inquiry = seed_inquiry(registry)
    inquiry.questions = inquiry.questions * 600  # long enough to be deleted mid-render
    pane.show_inquiry(inquiry)
    qtbot.waitUntil(pane.is_rendering, timeout=2000)
    worker = pane._worker
    assert worker is not None
    shiboken6.delete(pane)  # gone while the worker still renders
    assert worker.is_alive()
    worker.join(30)
    qtbot.wait(100)
    assert not worker.is_alive()
