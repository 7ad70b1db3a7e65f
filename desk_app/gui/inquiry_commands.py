"""Window commands on the open inquiry: attach the government's answer, delete, the trash."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from desk_app.gui.import_report_dialog import show_import_report
from desk_app.gui.operations import Operations
from desk_app.gui.trash_dialog import TrashDialog
from desk_app.i18n import shown
from desk_app.model import DeskError, Inquiry, plain
from desk_app.service import IMPORT_SUFFIXES

_REPORT_MS = 15000


class InquiryWindow(Protocol):
    """What these commands need of the main window."""

    ops: Operations
    current: Inquiry | None

    def open_inquiry(self, inquiry_id: int) -> None: ...
    def reload_inquiry(self) -> None: ...
    def close_inquiry(self) -> None: ...
    def flush_edits(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...


def import_answer(window: InquiryWindow, path: Path | None = None) -> bool:
    """Attach the government's answer (a file) to the open inquiry; return whether it worked."""
    parent = window if isinstance(window, QWidget) else None
    if window.current is None or window.current.id is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("InquiryCommands", "Antwort importieren"),
            QCoreApplication.translate("InquiryCommands", "Bitte zuerst die Anfrage öffnen."),
        )
        return False
    if path is None:
        patterns = " ".join(f"*{suffix}" for suffix in IMPORT_SUFFIXES)
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("InquiryCommands", "Antwort der Regierung importieren"),
            "",
            QCoreApplication.translate("InquiryCommands", "Antworten (%1)").replace("%1", patterns),
        )
        if not chosen:
            return False
        path = Path(chosen)
    window.flush_edits()  # what was typed is saved before the answer joins it
    try:
        outcome = window.ops.import_answer(path, answer_to=window.current.id)
    except DeskError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("InquiryCommands", "Import nicht möglich"),
            str(error),
        )
        return False
    window.reload_inquiry()
    window.statusBar().showMessage(" · ".join(shown(line) for line in outcome.report), _REPORT_MS)
    show_import_report(parent, outcome, window.open_inquiry, window.ops.registry)
    return True


def delete_current(window: InquiryWindow, ask: bool = True) -> bool:
    """Move the open inquiry to the trash after asking; return whether it was moved."""
    parent = window if isinstance(window, QWidget) else None
    inquiry = window.current
    if inquiry is None or inquiry.id is None:
        return False
    title = plain(inquiry.title.inlines).strip() or QCoreApplication.translate(
        "InquiryCommands", "(ohne Titel)"
    )
    if ask:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("InquiryCommands", "In den Papierkorb"),
            QCoreApplication.translate(
                "InquiryCommands",
                "„%1“ in den Papierkorb legen? Aus dem Papierkorb lässt sie sich zurückholen.",
            ).replace("%1", title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    window.flush_edits()  # the trash keeps the last typed state too
    try:
        window.ops.delete(inquiry.id)
    except DeskError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("InquiryCommands", "Löschen nicht möglich"),
            str(error),
        )
        return False
    window.close_inquiry()
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "InquiryCommands", "„%1“ liegt im Papierkorb (Datei → Papierkorb …)."
        ).replace("%1", title),
        _REPORT_MS,
    )
    return True


def show_trash(window: InquiryWindow) -> TrashDialog:
    """Open the trash; a restored inquiry opens in the window."""
    parent = window if isinstance(window, QWidget) else None
    dialog = TrashDialog(window.ops, parent)
    dialog.restored.connect(window.open_inquiry)
    dialog.show()
    return dialog
