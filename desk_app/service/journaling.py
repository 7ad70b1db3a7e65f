"""The window's saves through the journal: kept when the store cannot take them, replayed later."""

from __future__ import annotations

from collections.abc import Callable

from desk_app.model import DeskError, Inquiry
from desk_app.service.outcomes import JournalReplay
from desk_app.storage import InquiryStore, RevisionEvent
from desk_app.storage.conflict import StaleInquiry
from desk_app.storage.journal import Journal


def save_or_keep(
    save: Callable[[Inquiry], list[str]],
    journal: Journal,
    inquiry: Inquiry,
    version: int | None,
    base: str | None,
    *,
    settles: bool = False,
) -> list[str]:
    """Save an edit; if that fails, keep it (with the version it is based on) and raise again.

    A save that lands forgets the kept edit it carried: one kept from the same
    version. An older one is a conflict waiting for the user's decision and stays,
    unless the save `settles` it (the decision itself).
    """
    assert inquiry.id is not None
    try:
        warnings = save(inquiry)
    except DeskError as error:
        journal.keep(inquiry, version, str(error), base)
        raise
    journal.forget(inquiry.id, None if settles or version is None else version)
    return warnings


def replay(store: InquiryStore, journal: Journal) -> JournalReplay:
    """Try each kept edit again, checked against its version; forget those that landed.

    An edit a colleague's save made stale waits for the user's choice (its id
    is among the replay's conflicts); one the server could not take waits too.
    """
    saved: list[int] = []
    waiting: list[str] = []
    conflicts: list[int] = []
    for kept in journal.pending():
        assert kept.inquiry.id is not None
        try:
            store.save(kept.inquiry, RevisionEvent.EDITED.value, expected=kept.version)
        except StaleInquiry as error:
            waiting.append(str(error))
            conflicts.append(kept.inquiry.id)
            continue
        except DeskError as error:  # the server is still away, or the inquiry is gone
            waiting.append(str(error))
            continue
        journal.forget(kept.inquiry.id)
        saved.append(kept.inquiry.id)
    return JournalReplay(saved, waiting, conflicts)
