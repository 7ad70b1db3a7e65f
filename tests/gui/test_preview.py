"""The live preview: renders off the GUI thread, keeps the scroll position, drops stale work."""

from __future__ import annotations

import itertools
import time

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from desk_app.gui.preview import PreviewPane
from desk_app.model import Inquiry, Run
from desk_app.rules.registry import ProfileRegistry
from tests.formats.pdf_samples import seed_inquiry, stress_inquiry

_LIGHT = bytes(range(128, 256))


@pytest.fixture(scope="module")
def registry():
    return ProfileRegistry.load()


@pytest.fixture
def pane(qtbot, registry):
    widget = PreviewPane(registry)
    widget.resize(600, 800)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def retitle(inquiry: Inquiry, text: str) -> None:
    inquiry.title.inlines[:] = [Run(text)]


def page_text(pane: PreviewPane, page: int = 0) -> str:
    return pane.document().getAllText(page).text()


def has_ink(image: QImage) -> bool:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return bool(bytes(gray.constBits()).translate(None, _LIGHT))


def test_seed_renders_as_a_readable_pdf(pane, qtbot, registry):
    with qtbot.waitSignal(pane.rendered, timeout=10_000) as blocker:
        pane.show_inquiry(seed_inquiry(registry))
    document = pane.document()
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() >= 2
    assert blocker.args[0] > 0
    assert has_ink(document.render(0, QSize(420, 594)))
    assert "Subsidiaritätsprinzip" in page_text(pane)
    assert pane.message() == ""


def test_a_changed_title_re_renders_and_keeps_the_scroll_position(pane, qtbot, registry):
    inquiry = seed_inquiry(registry)
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        pane.show_inquiry(inquiry)
    scroll = pane.view.verticalScrollBar()
    assert scroll.maximum() > 500
    scroll.setValue(500)
    retitle(inquiry, "Neuer Titel über Grüße und Maße")
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        pane.show_inquiry(inquiry)
    assert "Neuer Titel über Grüße und Maße" in page_text(pane)
    assert scroll.value() == 500


def test_rapid_calls_render_once_with_the_last_state(pane, qtbot, registry):
    inquiry = seed_inquiry(registry)
    shown: list[float] = []
    pane.rendered.connect(shown.append)
    for number in range(6):
        retitle(inquiry, f"Fassung {number}")
        pane.show_inquiry(inquiry)
        qtbot.wait(20)  # typing speed: each call restarts the pause
    qtbot.waitUntil(lambda: len(shown) > 0, timeout=10_000)
    qtbot.wait(500)
    assert len(shown) == 1
    assert "Fassung 5" in page_text(pane)


def test_a_result_overtaken_while_rendering_is_dropped(qtbot, registry):
    pane = PreviewPane(registry, delay_ms=0)
    qtbot.addWidget(pane)
    shown: list[float] = []
    pane.rendered.connect(shown.append)
    inquiry = stress_inquiry(40)
    retitle(inquiry, "Alte Fassung")
    pane.show_inquiry(inquiry)
    qtbot.waitUntil(pane.is_rendering, timeout=2_000)
    retitle(inquiry, "Neue Fassung")
    pane.show_inquiry(inquiry)  # the pause ends while the old render still runs
    qtbot.waitUntil(lambda: not pane.is_pending(), timeout=20_000)
    qtbot.wait(100)
    assert len(shown) == 1
    assert "Neue Fassung" in page_text(pane)


def test_the_event_loop_keeps_running_during_a_big_render(pane, qtbot):
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    pane.show_inquiry(stress_inquiry(100))
    qtbot.waitUntil(pane.is_rendering, timeout=2_000)
    timer.start()
    with qtbot.waitSignal(pane.rendered, timeout=20_000):
        pass
    timer.stop()
    assert len(ticks) >= 5
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert max(gaps) < 0.15  # a frozen loop would show one gap as long as the render


def test_a_broken_inquiry_shows_a_line_of_text(pane, qtbot, registry):
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        pane.show_inquiry(seed_inquiry(registry))
    broken = Inquiry("NW", "keine-solche-art")
    pane.show_inquiry(broken)
    qtbot.waitUntil(lambda: pane.message() != "", timeout=10_000)
    assert "keine-solche-art" in pane.message()
    assert pane.document().pageCount() >= 2  # the last good preview stays
    pane.show_inquiry(Inquiry("XX", "kleine-anfrage"))
    qtbot.waitUntil(lambda: "XX" in pane.message(), timeout=2_000)


def test_layout_follows_the_inquiry_until_the_user_chooses(pane, qtbot, registry):
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        pane.show_inquiry(seed_inquiry(registry, drucksache=None))
    assert pane.layout_combo.currentText() == "Einreichung"
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        pane.show_inquiry(seed_inquiry(registry, drucksache="17/8765"))
    assert pane.layout_combo.currentText() == "Drucksache"
    assert "17/8765" in page_text(pane)
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        qtbot.keyClick(pane.layout_combo, Qt.Key.Key_Up)
    assert pane.layout_name() == "submission"
    pane.show_inquiry(seed_inquiry(registry, drucksache="17/9999"))
    assert pane.layout_combo.currentText() == "Einreichung"  # the choice sticks


def test_no_inquiry_empties_the_preview(pane, qtbot, registry):
    with qtbot.waitSignal(pane.rendered, timeout=10_000):
        pane.show_inquiry(seed_inquiry(registry))
    pane.show_inquiry(None)
    assert pane.document().pageCount() == 0
    assert not pane.is_pending() or pane.is_rendering()


def test_closing_the_pane_during_a_render_is_harmless(qtbot, registry):
    pane = PreviewPane(registry, delay_ms=0)
    pane.show_inquiry(stress_inquiry(100))
    qtbot.waitUntil(pane.is_rendering, timeout=2_000)
    pane.deleteLater()  # waits for the worker; its late result has no receiver any more
    qtbot.wait(50)
    qtbot.wait(600)
