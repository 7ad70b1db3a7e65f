"""Window commands on inquiries: import a file or an answer (with progress), delete, the trash.

An import reads its file on a worker thread behind a progress dialog that
can cancel it (desk_app/gui/long_task.py); only then, back on the GUI
thread that owns the store, is the result stored, after asking when the
same document is stored already. A cancelled import stores nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QStatusBar, QWidget

from desk_app.gui.import_report_dialog import show_import_report
from desk_app.gui.long_task import Attempt, run_long_task
from desk_app.gui.operations import Operations
from desk_app.gui.trash_dialog import TrashDialog
from desk_app.i18n import shown
from desk_app.model import DeskError, Inquiry, plain
from desk_app.service import IMPORT_SUFFIXES, ImportOutcome, importing

_REPORT_MS = 15000
DUPLICATE_BOX = "duplicateImportBox"  # the question's object name (tests find it by it)


class InquiryWindow(Protocol):
    """What these commands need of the main window."""

    ops: Operations
    current: Inquiry | None

    def open_inquiry(self, inquiry_id: int) -> None: ...
    def reload_inquiry(self) -> None: ...
    def close_inquiry(self) -> None: ...
    def flush_edits(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def show_place(self, inquiry_id: int, field: str) -> None: ...


def import_file(window: InquiryWindow, path: Path) -> int | None:
    """Import a file and open it: read with progress, ask before storing a second copy.

    Return the id of the inquiry opened (the new one, or the stored one the user
    chose to open instead), or None when nothing was imported.
    """
    parent = window if isinstance(window, QWidget) else None
    ops = window.ops
    with _import_attempt(parent) as attempt:
        read = run_long_task(
            parent,
            QCoreApplication.translate("InquiryCommands", "Anfrage importieren"),
            lambda progress: importing.read_import(ops.registry, path, progress=progress),
            label=_reading_label(path),
        )
        duplicate = importing.duplicate_in(ops.desk, read)
        if duplicate is not None:
            choice = ask_duplicate(parent, duplicate)
            if choice is None:
                return None
            if choice == "open":
                window.open_inquiry(duplicate.id)
                return duplicate.id
        outcome = importing.store_read(ops.desk, read, force=True)
    if not attempt.ok:
        return None
    _announce(ops, outcome)
    window.open_inquiry(outcome.id)
    window.statusBar().showMessage(" · ".join(shown(line) for line in outcome.report), _REPORT_MS)
    show_import_report(parent, outcome, window.open_inquiry, ops.registry, window.show_place)
    return outcome.id


def ask_duplicate(parent: QWidget | None, duplicate: importing.Duplicate) -> str | None:
    """Ask what to do with a document stored already: "open", "import" anyway, or None."""
    box = QMessageBox(parent)
    box.setObjectName(DUPLICATE_BOX)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("InquiryCommands", "Schon vorhanden"))
    box.setText(
        QCoreApplication.translate(
            "InquiryCommands", "Diese Drucksache ist schon vorhanden: „%1“ (%2)."
        )
        .replace("%1", duplicate.title)
        .replace("%2", duplicate.paper)
    )
    if duplicate.same_text:
        box.setInformativeText(
            QCoreApplication.translate(
                "InquiryCommands", "Eine gespeicherte Anfrage hat denselben Text."
            )
        )
    open_button = box.addButton(
        QCoreApplication.translate("InquiryCommands", "Vorhandene öffnen"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    import_button = box.addButton(
        QCoreApplication.translate("InquiryCommands", "Trotzdem importieren"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("InquiryCommands", "Abbrechen")
    )
    box.setDefaultButton(open_button)
    box.exec()
    clicked: QAbstractButton | None = box.clickedButton()
    box.deleteLater()
    if clicked is open_button:
        return "open"
    if clicked is import_button:
        return "import"
    return None


def _reading_label(path: Path) -> str:
    """Return the progress dialog's first line: which file is being read."""
    return QCoreApplication.translate("InquiryCommands", "„%1“ wird gelesen …").replace(
        "%1", path.name
    )


def _import_attempt(parent: QWidget | None) -> Attempt:
    """Return how an import says it was stopped or failed."""
    return Attempt(
        parent,
        QCoreApplication.translate("InquiryCommands", "Import nicht möglich"),
        QCoreApplication.translate(
            "InquiryCommands", "Import abgebrochen; es wurde nichts gespeichert."
        ),
    )


def _announce(ops: Operations, outcome: ImportOutcome) -> None:
    """Tell the views what the import stored, as the operations do after their writes."""
    if outcome.answered:
        ops.inquiry_saved.emit(outcome.id)
    ops.list_changed.emit()


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
    ops, answer_to = window.ops, window.current.id
    desk = ops.desk
    with _import_attempt(parent) as attempt:
        stored = ops.get(answer_to)  # read here: the store belongs to this thread
        result = run_long_task(
            parent,
            QCoreApplication.translate("InquiryCommands", "Antwort importieren"),
            lambda progress: importing.read_answer_to(ops.registry, path, stored, progress),
            label=_reading_label(path),
        )
        outcome = importing.save_answer(desk, path, result)
    if not attempt.ok:
        return False
    ops.inquiry_saved.emit(outcome.id)
    ops.list_changed.emit()
    window.reload_inquiry()
    window.statusBar().showMessage(" · ".join(shown(line) for line in outcome.report), _REPORT_MS)
    show_import_report(parent, outcome, window.open_inquiry, window.ops.registry, window.show_place)
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
