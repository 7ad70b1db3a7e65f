"""Switch the window's language while it runs: the window is rebuilt around the same store.

Every widget sets its texts when it is built, so rebuilding is the one way
that reaches every label, menu and tooltip at once. What was typed is saved
first; the new window gets the old one's geometry, splitter, tabs and open
inquiry, then the old one closes. The core's sentences (deadline steps,
errors) follow through `desk_app.i18n`, Qt's through the translator.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import QSplitter, QTabWidget

from desk_app.gui.i18n import install_translator, save_language
from desk_app.i18n import current_language

if TYPE_CHECKING:
    from desk_app.model import Inquiry


class MainWindow(Protocol):
    """What a switch needs of the main window (named here: the window imports this module)."""

    settings: QSettings
    current: Inquiry | None
    splitter: QSplitter
    left_tabs: QTabWidget
    right_tabs: QTabWidget
    ops: Any

    def __init__(self, *, settings: QSettings) -> None: ...
    def attached(self) -> bool: ...
    def attach(self, operations: Any) -> None: ...
    def flush_edits(self) -> None: ...
    def open_inquiry(self, inquiry_id: int) -> None: ...
    def saveGeometry(self) -> QByteArray: ...
    def restoreGeometry(self, geometry: QByteArray) -> bool: ...
    def show(self) -> None: ...
    def close(self) -> bool: ...
    def deleteLater(self) -> None: ...
    def isVisible(self) -> bool: ...


def latest(window: MainWindow) -> MainWindow:
    """Return the window that replaced this one by a language switch (or itself)."""
    following: MainWindow | None = getattr(window, "replaced_by", None)
    while following is not None:
        window = following
        following = getattr(window, "replaced_by", None)
    return window


def apply_language(language: str) -> None:
    """Set the language for Qt's texts and the core's sentences (no widget rebuilt)."""
    app = QCoreApplication.instance()
    assert app is not None
    install_translator(app, language)


def switch_language(window: MainWindow, language: str) -> MainWindow:
    """Show the window again in another language, keeping store, inquiry and layout."""
    save_language(window.settings, language)
    if language == current_language():
        return window
    window.flush_edits()  # nothing typed may be lost in the rebuild
    apply_language(language)
    current = window.current.id if window.current is not None else None
    replacement = type(window)(settings=window.settings)
    replacement.restoreGeometry(window.saveGeometry())
    replacement.splitter.restoreState(window.splitter.saveState())
    if window.attached():
        _detach(window)
        replacement.attach(window.ops)
    replacement.left_tabs.setCurrentIndex(window.left_tabs.currentIndex())
    replacement.right_tabs.setCurrentIndex(window.right_tabs.currentIndex())
    replacement.show()
    if current is not None:
        replacement.open_inquiry(current)
    window.replaced_by = replacement  # type: ignore[attr-defined]  # read by latest()
    window.close()
    window.deleteLater()
    return replacement


def _detach(window: MainWindow) -> None:
    """Stop the old window from hearing the store's signals before it goes."""
    operations = window.ops
    for signal in (operations.list_changed, operations.inquiry_saved):
        # Every slot connected so far belongs to the old window's views; none may be left.
        with contextlib.suppress(RuntimeError, TypeError):
            signal.disconnect()
