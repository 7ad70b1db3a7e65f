"""When a colleague saved first: offer the comparison, and save what the user chose.

A refused save of the open inquiry opens the comparison (ConflictDialog)
once; "Später entscheiden" leaves the edit in the editor and the journal and a
button in the status bar to open it again. The journal's conflicts from an
earlier session are offered at the start the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMainWindow, QPushButton, QStatusBar

from desk_app.gui.conflict_dialog import ConflictDialog
from desk_app.model import DeskError, Inquiry
from desk_app.service import StaleInquiry

if TYPE_CHECKING:
    from desk_app.gui.autosave import Autosave
    from desk_app.gui.operations import Operations
    from desk_app.service.conflicts import Conflict

MESSAGE_MS = 10000


class Window(Protocol):
    """What of the main window the comparison uses (the window imports this module)."""

    ops: Operations
    current: Any  # the open Inquiry, or None
    autosave: Autosave

    def statusBar(self) -> QStatusBar: ...  # Qt's name

    def shown_inquiry(self) -> Inquiry: ...

    def reload_inquiry(self) -> None: ...


class ConflictOffer(QObject):
    """Show the comparison of a refused save and carry out the user's choice."""

    def __init__(self, window: Window, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.window = window
        self._parent = parent  # the comparison's parent: window-modal over it
        self.dialog: ConflictDialog | None = None
        self.closing = False  # the window closes: what waits stays in the journal for next time
        self._postponed: set[int] = set()
        self.button = QPushButton(self.tr("Gleichzeitige Änderung vergleichen …"))
        self.button.setFlat(True)
        self.button.hide()
        self.button.clicked.connect(self.reopen)
        window.statusBar().addPermanentWidget(self.button)

    def refused(self, inquiry: Inquiry, error: StaleInquiry) -> None:
        """A save of the open inquiry was refused: say so, and compare unless put off."""
        self.window.statusBar().showMessage(
            self.tr("Nicht gespeichert (auf diesem Rechner bewahrt): %1").replace("%1", str(error))
        )
        self.button.show()
        if self.dialog is not None or self.closing or inquiry.id in self._postponed:
            return
        self._compare(lambda: self.window.ops.desk.conflict(inquiry))

    def offer_kept(self, inquiry_id: int) -> None:
        """Compare an edit the journal kept from an earlier session with the stored version."""
        if self.dialog is None:
            self.button.show()
            self._compare(lambda: self.window.ops.desk.kept_conflict(inquiry_id))

    def reopen(self) -> None:
        """Open the comparison again (the status bar's button): the open edit's, else a kept one."""
        window = self.window
        if self.dialog is not None:
            self.dialog.raise_()
            return
        current = window.current
        if current is not None and current.id is not None and window.autosave.is_dirty():
            shown = window.shown_inquiry()
            self._postponed.discard(current.id)
            self._compare(lambda: window.ops.desk.conflict(shown))
            return
        try:
            waiting = window.ops.desk.waiting_conflicts()
        except DeskError as error:
            window.statusBar().showMessage(str(error), MESSAGE_MS)
            return
        if waiting:
            self.offer_kept(waiting[0])
        else:
            self.button.hide()  # what waited has landed meanwhile

    def opened(self, inquiry_id: int) -> None:
        """An inquiry was opened: if an edit of it waits for a decision, compare it now."""
        if self.dialog is not None or self.closing:
            return
        try:
            waiting = inquiry_id in self.window.ops.desk.waiting_conflicts()
        except DeskError:
            return
        if waiting:
            self.offer_kept(inquiry_id)

    def _compare(self, build: Callable[[], Conflict | None]) -> None:
        try:
            conflict = build()
        except DeskError as error:
            self.window.statusBar().showMessage(str(error), MESSAGE_MS)
            return
        if conflict is None:
            return
        dialog = ConflictDialog(conflict, self._parent)
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._decided(dialog, result))
        dialog.open()  # window-modal, without a local event loop

    def _decided(self, dialog: ConflictDialog, result: int) -> None:
        self.dialog = None
        dialog.deleteLater()
        conflict: Conflict = dialog.conflict
        bar = self.window.statusBar()
        if result == QDialog.DialogCode.Rejected:
            self._postponed.add(conflict.inquiry_id)
            bar.showMessage(
                self.tr(
                    "Ihre Änderung wartet auf diesem Rechner, bis Sie entscheiden; "
                    "die gespeicherte Fassung bleibt bis dahin unverändert."
                )
            )
            return
        try:
            self.window.ops.resolve(conflict, dialog.choices())
        except ValueError as error:  # a merge the codec cannot read: never a traceback
            bar.showMessage(str(DeskError(str(error))))
            return
        except StaleInquiry:  # saved once more meanwhile: compare anew with that version
            self.offer_kept(conflict.inquiry_id)
            return
        except DeskError as error:  # the server is away: the choice waits in the journal
            bar.showMessage(str(error))
            return
        self._postponed.discard(conflict.inquiry_id)
        self.button.hide()
        current = self.window.current
        if current is not None and current.id == conflict.inquiry_id:
            self.window.reload_inquiry()  # the editor shows what was saved
        bar.showMessage(self.tr("Die gewählte Fassung ist gespeichert."), MESSAGE_MS)
