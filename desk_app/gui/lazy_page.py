"""A tab page that builds its real widget only when first shown, so the window opens fast."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Stand in for a widget in a tab; build it when shown (once armed) or when asked for."""

    def __init__(
        self, factory: Callable[[], QWidget], placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._widget: QWidget | None = None
        self._armed = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(placeholder)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._layout.addWidget(self._placeholder)

    def arm(self) -> None:
        """Allow building (what the widget needs now exists); build at once if shown."""
        self._armed = True
        if self.isVisible():
            self.widget()

    def built(self) -> bool:
        """Tell whether the real widget exists yet."""
        return self._widget is not None

    def widget(self) -> QWidget:
        """Return the real widget, building it now if it was not yet."""
        if self._widget is None:
            self._widget = self._factory()
            self._placeholder.hide()
            self._layout.addWidget(self._widget)
            self._widget.show()
        return self._widget

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._armed and self._widget is None:
            self.widget()
