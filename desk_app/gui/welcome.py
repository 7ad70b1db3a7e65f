"""What the centre of the window shows before an inquiry is open: the two ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Say what to do first, with a button for each way to start."""

    new_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("<h2>Keine Anfrage geöffnet</h2>"))
        hint = QLabel(
            self.tr(
                "Legen Sie eine neue Anfrage aus der Vorlage Ihres Parlaments an, "
                "öffnen Sie eine aus der Liste links, oder lesen Sie ein vorhandenes "
                "Dokument ein (Word, PDF, Text) – auch per Ziehen und Ablegen."
            )
        )
        hint.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&Neue Anfrage …"))
        self.import_button = QPushButton(self.tr("Dokument &importieren …"))
        self.new_button.clicked.connect(self.new_requested)
        self.import_button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (heading, hint, self.new_button, self.import_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        hint.setMaximumWidth(460)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
