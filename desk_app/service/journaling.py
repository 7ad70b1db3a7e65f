"""The window's saves through the journal: kept when the store cannot take them, replayed later."""

from __future__ import annotations

from collections.abc import Callable

from desk_app.model import DeskError, Inquiry
from desk_app.service.outcomes import JournalReplay
from desk_app.storage import InquiryStore, RevisionEvent
from desk_app.storage.journal import Journal


def save_or_keep(
    save: Callable[[Inquiry], list[str]],
    seen_version: Callable[[int], int | None],
    journal: Journal,
    inquiry: Inquiry,
) -> list[str]:
    """Save an edit; if that fails, keep it (with the version it was read at) and raise again."""
    assert inquiry.id is not None
    try:
        warnings = save(inquiry)
    except DeskError as error:
        journal.keep(inquiry, seen_version(inquiry.id), str(error))
        raise
    journal.forget(inquiry.id)
    return warnings


def replay(store: InquiryStore, journal: Journal) -> JournalReplay:
    """Try each kept edit again, checked against its version; forget those that landed."""
    saved: list[int] = []
    waiting: list[str] = []
    for kept in journal.pending():
        assert kept.inquiry.id is not None
        try:
            store.save(kept.inquiry, RevisionEvent.EDITED.value, expected=kept.version)
        except DeskError as error:  # stale, or the server is still away
            waiting.append(str(error))
            continue
        journal.forget(kept.inquiry.id)
        saved.append(kept.inquiry.id)
    return JournalReplay(saved, waiting)
