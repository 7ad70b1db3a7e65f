"""What the centre of the window shows before an inquiry is open: the two ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# The text column is no wider than a comfortable line, and narrower when the pane is.
TEXT_WIDTH = 460


class WelcomePage(QWidget):
    """Say what to do first, with a button for each way to start."""

    new_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("<h2>Keine Anfrage geöffnet</h2>"))
        heading.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Legen Sie eine neue Anfrage aus der Vorlage Ihres Parlaments an, "
                "öffnen Sie eine aus der Liste links, oder lesen Sie ein vorhandenes "
                "Dokument ein (Word, PDF, Text) – auch per Ziehen und Ablegen."
            )
        )
        self.hint.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Neue Anfrage …"))
        self.import_button = QPushButton(self.tr("Dokument &importieren …"))
        self.new_button.clicked.connect(self.new_requested)
        self.import_button.clicked.connect(self.import_requested)
        # A wrapped label gets the height its width needs only when the layout sets its
        # width: no alignment flag on it (that would give it its size hint and cut it).
        column = QWidget()
        column.setMaximumWidth(TEXT_WIDTH)
        texts = QVBoxLayout(column)
        texts.setContentsMargins(0, 0, 0, 0)
        for label in (heading, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            texts.addWidget(label)
        for button in (self.new_button, self.import_button):
            texts.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        # A narrow pane or a large font makes the text taller than the pane: it scrolls.
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
