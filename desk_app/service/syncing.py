"""Bring Bundestag inquiries up to date from the DIP: the Drucksache number, and the answer.

A sync reads everything first (the Vorgang, its Drucksachen, the answer's
text, the answer matched to the questions) and writes only at the end, one
save per inquiry that changed: any failure on the way, the network's or a
reader's, leaves the store as it was. Nothing runs unless a user asks.
"""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.i18n import _
from desk_app.model import DeskError, Inquiry, Status, plain
from desk_app.service.history import event_detail
from desk_app.sources.base import DocumentSource, Paper, Process
from desk_app.storage import RevisionEvent

if TYPE_CHECKING:
    from desk_app.service.importing import ImportDesk
    from desk_app.service.outcomes import ImportOutcome
    from desk_app.service.progress import Progress
    from desk_app.storage import InquiryStore


@dataclass(slots=True)
class SyncOutcome:
    """Say what a sync found for one inquiry and what it changed (nothing: `changes` is empty)."""

    inquiry: Inquiry
    changes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was looked for and not found yet
    event: str | None = None
    detail: str = ""
    read_at: int | None = None  # the version it was read at, for a save later and elsewhere

    @property
    def changed(self) -> bool:
        """Tell whether the inquiry was changed."""
        return bool(self.changes)

    def summary(self) -> str:
        """Return what changed in one line, or "keine Änderung"."""
        return "; ".join(self.changes) if self.changes else _("keine Änderung")


@contextmanager
def default_source() -> Iterator[DocumentSource]:
    """Open the DIP with the user's key (DIP_API_KEY or the key file) for one sync."""
    from desk_app.sources.dip import DipSource

    source = DipSource.from_environment()
    try:
        yield source
    finally:
        source.close()


def saved_api_key() -> str:
    """Return the DIP key saved in the user's config folder ("" for none)."""
    from desk_app.sources.dip import key_file

    try:
        return key_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def save_api_key(key: str) -> Path:
    """Save the DIP key where desk sync reads it, readable by the user alone; "" removes it."""
    from desk_app.formats.safe_write import write_atomically
    from desk_app.sources.dip import key_file

    path = key_file()
    if not key.strip():
        path.unlink(missing_ok=True)
        return path
    if any(char.isspace() for char in key.strip()):
        raise DeskError(_("Ein API-Schlüssel enthält keine Leerzeichen."))
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, key.strip().encode("utf-8"))
    path.chmod(0o600)  # the key is the user's: no one else on the machine reads it
    return path


def dip_parliament() -> str:
    """Return the id of the parliament whose papers the DIP holds (the Bundestag's)."""
    from desk_app.sources.dip import settings

    return settings().parliament


def open_inquiries(desk: ImportDesk, parliament: str) -> list[int]:
    """Return the ids of a parliament's inquiries submitted or published, not yet answered."""
    waiting = (Status.SUBMITTED.value, Status.PUBLISHED.value)
    return [
        summary.id
        for summary in desk.store.list(parliament=parliament)
        if str(summary.status) in waiting
    ]


def run(
    desk: ImportDesk, inquiry_ids: list[int] | None, source: DocumentSource | None
) -> list[SyncOutcome]:
    """Sync the inquiries given (None: every open one) with a source (None: the DIP)."""
    parliament = dip_parliament() if source is None else source.parliament
    ids = open_inquiries(desk, parliament) if inquiry_ids is None else inquiry_ids
    if source is not None:
        return sync(desk, ids, source)
    if not ids:  # nothing to look up: no key is needed and nothing is sent
        return []
    with default_source() as dip:
        return sync(desk, ids, dip)


def sync(desk: ImportDesk, inquiry_ids: list[int], source: DocumentSource) -> list[SyncOutcome]:
    """Look every inquiry up, then save those that changed; on any error nothing is saved."""
    outcomes = [plan(desk, desk.get(inquiry_id), source) for inquiry_id in inquiry_ids]
    for outcome in outcomes:
        if outcome.changed:
            desk.save(outcome.inquiry, outcome.event, outcome.detail)
    return outcomes


def plan(desk: ImportDesk, inquiry: Inquiry, source: DocumentSource) -> SyncOutcome:
    """Return the inquiry as the DIP shows it now, with what changed; nothing is saved."""
    if inquiry.parliament != source.parliament:
        raise DeskError(
            _(
                "Nur Anfragen an den Bundestag lassen sich mit dem DIP abgleichen "
                "(Anfrage {id} ist an {parliament} gerichtet)."
            ).format(id=inquiry.id, parliament=inquiry.parliament)
        )
    working = copy.deepcopy(inquiry)
    outcome = SyncOutcome(working)
    process = _process(working, source, outcome)
    if process is None:
        return outcome
    own = process.inquiry()
    if own is not None:
        _record_paper(working, own, outcome)
    answer = process.answer()
    known = working.answer.drucksache if working.answer is not None else None
    if answer is not None and known != answer.number:
        outcome.inquiry = _with_answer(desk, working, answer, source)
        outcome.changes.append(
            _("Antwort Drucksache {number} vom {day:%d.%m.%Y} importiert").format(
                number=answer.number, day=answer.issued
            )
        )
        outcome.event = RevisionEvent.ANSWER_IMPORTED.value
        outcome.detail = event_detail(file=f"DIP {answer.number}")
    elif answer is None:
        outcome.notes.append(_("noch keine Antwort im DIP"))
    return outcome


def _process(working: Inquiry, source: DocumentSource, outcome: SyncOutcome) -> Process | None:
    """Return the inquiry's Vorgang: by its Drucksache, else by its title and date."""
    if working.drucksache:
        paper = source.find_paper(working.drucksache)
        if paper is None:
            raise DeskError(
                _("Das DIP des Bundestages kennt die Drucksache {number} nicht.").format(
                    number=working.drucksache
                )
            )
        if not paper.process_ids:
            return Process("", paper.title, paper.kind, (paper,))
        return source.process(paper.process_ids[0])
    title = plain(working.title.inlines).strip()
    dates = working.dates
    around = dates.submitted or dates.signed or dates.drafted
    if not title or around is None:
        raise DeskError(
            _(
                "Anfrage {id} lässt sich im DIP nicht suchen: sie braucht eine "
                "Drucksachennummer oder einen Titel und ein Datum."
            ).format(id=working.id)
        )
    process = source.find_process(title, around, working.term)
    if process is None:
        outcome.notes.append(_("das DIP kennt noch keinen Vorgang mit diesem Titel"))
    return process


def _record_paper(working: Inquiry, paper: Paper, outcome: SyncOutcome) -> None:
    """Record the inquiry's official Drucksache number and date where they are new."""
    if working.drucksache != paper.number:
        working.drucksache = paper.number
        working.dates.issued = paper.issued
        term = paper.number.partition("/")[0]
        if working.term is None and term.isdigit():
            working.term = int(term)
        outcome.changes.append(
            _("Drucksache {number} vom {day:%d.%m.%Y} eingetragen").format(
                number=paper.number, day=paper.issued
            )
        )
    elif working.dates.issued is None:
        working.dates.issued = paper.issued
        outcome.changes.append(
            _("Datum der Drucksache {day:%d.%m.%Y} eingetragen").format(day=paper.issued)
        )


def _with_answer(
    desk: ImportDesk, working: Inquiry, answer: Paper, source: DocumentSource
) -> Inquiry:
    """Return the inquiry with the answer's text read and matched to its questions."""
    from desk_app.service.importing import read_answer_to

    with _paper_file(answer, source.paper_text(answer)) as path:
        result = read_answer_to(desk.registry, path, working)
    answered = result.inquiry
    dates = answered.dates
    dates.answer_drucksache = answer.number
    dates.answer_issued = dates.answer_issued or answer.issued
    dates.answered = dates.answered or answer.issued
    if answered.answer is not None:
        answered.answer.drucksache = answered.answer.drucksache or answer.number
        answered.answer.date = answered.answer.date or answer.issued
    return answered


@contextmanager
def _paper_file(paper: Paper, text: str) -> Iterator[Path]:
    """Hold a Drucksache's text in a temporary file for the readers, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="desk-dip-") as folder:
        path = Path(folder) / f"DIP {paper.number.replace('/', '-')}.txt"
        path.write_text(text, encoding="utf-8")
        yield path


def import_from_dip(desk: ImportDesk, number: str, *, force: bool = False) -> ImportOutcome:
    """Import a Bundestag Drucksache by its number from the DIP, with the user's key."""
    with default_source() as dip:
        return import_paper(desk, number, dip, force=force)


def import_paper(
    desk: ImportDesk, number: str, source: DocumentSource, *, force: bool = False
) -> ImportOutcome:
    """Import any Bundestag Drucksache by its number: an inquiry, or an answer to a stored one."""
    from desk_app.service.importing import read_import, store_read

    number = number.strip()
    paper = source.find_paper(number)
    if paper is None:
        raise DeskError(
            _("Das DIP des Bundestages kennt die Drucksache {number} nicht.").format(number=number)
        )
    with _paper_file(paper, source.paper_text(paper)) as path:
        read = read_import(desk.registry, path, source.parliament)
        return store_read(desk, read, force=force)


def open_planner(desk: ImportDesk) -> Callable[[Progress | None], list[SyncOutcome]] | None:
    """Read every open Bundestag inquiry now; return their look-up (None: none is open).

    For the check at the window's start: the look-up runs on a worker while the
    user works on, so each finding is saved later with apply_if_unchanged. One
    inquiry the DIP cannot place does not stop the others; the DIP failing for
    all (a key, the network) raises its sentence.
    """
    ids = open_inquiries(desk, dip_parliament())
    if not ids or desk.store.read_only:  # nothing to look up, or nothing could be saved
        return None
    inquiries = [desk.get(inquiry_id) for inquiry_id in ids]
    versions = [desk.store.seen_version(inquiry_id) for inquiry_id in ids]
    desk.registry  # noqa: B018 - loaded here: the worker reads the profiles, never loads them

    def look_up(progress: Progress | None) -> list[SyncOutcome]:
        outcomes: list[SyncOutcome] = []
        failures: list[DeskError] = []
        with default_source() as dip:
            for inquiry, version in zip(inquiries, versions, strict=True):
                if progress is not None:
                    progress.check()
                try:
                    outcome = plan(desk, inquiry, dip)
                except DeskError as error:  # this one only: the others are still looked up
                    failures.append(error)
                    outcome = SyncOutcome(inquiry, notes=[str(error)])
                outcome.read_at = version
                outcomes.append(outcome)
        if len(failures) == len(outcomes):
            raise failures[0]
        return outcomes

    return look_up


def apply_if_unchanged(store: InquiryStore, outcome: SyncOutcome) -> bool:
    """Save a finding unless the inquiry changed since it was read; say whether it was saved.

    An inquiry the user (or a colleague) changed meanwhile keeps that change;
    the next look-up brings the DIP's news to it.
    """
    if not outcome.changed:
        return False
    try:
        store.save(
            outcome.inquiry,
            outcome.event or RevisionEvent.EDITED.value,
            outcome.detail,
            expected=outcome.read_at,
        )
    except DeskError:  # changed or deleted meanwhile, or the store is away: it waits
        return False
    return True
