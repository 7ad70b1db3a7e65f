"""At the window's start, bring in the edits the journal kept (a refused or failed save)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desk_app.model.errors import DeskError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from desk_app.gui.conflict_offer import ConflictOffer
    from desk_app.gui.operations import Operations


def bring_in_journal(window: QMainWindow, ops: Operations, conflicts: ConflictOffer) -> None:
    """Try the kept edits again, say what landed and what waits, and compare a stale one."""
    try:
        replay = ops.desk.replay_journal()
    except DeskError as error:
        window.statusBar().showMessage(str(error))
        return
    if not replay.saved and not replay.waiting:
        return  # the usual start: nothing was kept
    if replay.saved:
        ops.list_changed.emit()
    text = QCoreApplication.translate(
        "Journal", "Aus dem Journal nachgetragen: %1 Änderung(en); es warten noch: %2."
    )
    text = text.replace("%1", str(len(replay.saved))).replace("%2", str(len(replay.waiting)))
    if replay.waiting:
        text += " " + replay.waiting[0]
    window.statusBar().showMessage(text)
    if replay.conflicts:  # a colleague saved first: the comparison asks what stays
        conflicts.offer_kept(replay.conflicts[0])
