"""Import use cases: a file becomes a new inquiry, or an answer joins the inquiry it answers.

An import has two steps, so that the window can read on a worker thread and
a cancelled import changes nothing: `read_import` reads the file and touches
no store (it may take seconds: a 400-page PDF); `store_import` then looks
for the same document already stored and writes the result in one go. The
same document is one with the same parliament and Drucksache (or running
number), or the same text: `find_duplicate` names it, and a face asks
before it stores a second copy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from desk_app.formats.catalog import IMPORTERS
from desk_app.formats.catalog import import_file as read_file
from desk_app.formats.read.reading import reading
from desk_app.i18n import _
from desk_app.model import DeskError, Inquiry, plain, plain_text
from desk_app.rules.registry import ProfileRegistry
from desk_app.service.history import event_detail
from desk_app.service.outcomes import ImportOutcome
from desk_app.service.progress import Progress, quiet
from desk_app.storage import InquiryStore, InquirySummary, RevisionEvent

if TYPE_CHECKING:
    from desk_app.formats.read.answer.reader import AnswerKey, AnswerRead
    from desk_app.formats.read.result import ImportResult


class ImportDesk(Protocol):
    """Name what an import asks of the desk (a protocol: the desk imports this module)."""

    @property
    def registry(self) -> ProfileRegistry:
        """Return the parliament profiles."""

    @property
    def store(self) -> InquiryStore:
        """Return the opened store."""

    def _writing(self) -> InquiryStore:
        """Return the store, its deadline rule ready for a write."""

    def get(self, inquiry_id: int) -> Inquiry:
        """Return a stored inquiry."""

    def save(self, inquiry: Inquiry, event: str | None = None, detail: str = "") -> list[str]:
        """Store an inquiry; return the warnings about its values."""

    def value_warnings(self, inquiry: Inquiry) -> list[str]:
        """Return the warnings about an inquiry's values."""


# The file suffixes an import accepts (".md", ".docx", …), for file dialogs and drops.
IMPORT_SUFFIXES = tuple(sorted(suffix for suffix in IMPORTERS if suffix))
_CANDIDATES = 20  # stored inquiries whose words match a title, compared text by text
_TITLE_WORDS = 12  # enough of a title to find it again, few enough for a quick search


def importable(path: Path) -> bool:
    """Tell whether a file's suffix names a format the import reads (no suffix: text)."""
    return path.suffix.lower() in IMPORTERS


Save = Callable[[Inquiry], None]  # the desk's save: it refuses while a window holds the file


@dataclass(slots=True)
class ReadImport:
    """Hold a file as read for an import, nothing stored yet: a new inquiry, or an answer."""

    path: Path
    parliament: str | None
    result: ImportResult | None = None  # the file as a new inquiry
    answer: AnswerRead | None = None  # the file as an answer, matched when it is stored


@dataclass(frozen=True, slots=True)
class Duplicate:
    """Name the stored inquiry that is the same document as the one being imported."""

    existing: InquirySummary
    title: str  # the stored inquiry's title, in one line
    paper: str  # "Kleine Anfrage 5441", "Kleine Anfrage, Drucksache 17/8765"
    same_text: bool  # found by its text, not by its number

    @property
    def id(self) -> int:
        """Return the stored inquiry's id."""
        return self.existing.id


class DuplicateImport(DeskError):
    """Refuse to store a document a second time (a face may store it anyway when told to)."""

    def __init__(self, duplicate: Duplicate) -> None:
        super().__init__(
            _("Diese Drucksache ist schon vorhanden: „{title}“ ({paper}).").format(
                title=duplicate.title, paper=duplicate.paper
            )
        )
        self.duplicate = duplicate


def read_import(
    registry: ProfileRegistry,
    path: Path,
    parliament: str | None = None,
    kind: str | None = None,
    progress: Progress | None = None,
) -> ReadImport:
    """Read a file for import without the store (a worker thread may run it).

    The PDF reader reports its pages to `progress`; a cancel stops the read
    with Cancelled, and nothing was stored.
    """
    # Imported here: the answer reader pulls in every document reader (~150 ms
    # that `desk export`, `set` or `list` would otherwise pay at every call).
    from desk_app.formats.read.answer.reader import read_if_answer

    progress = quiet(progress)
    path = Path(path)
    with reading(_page_reports(progress), progress.check):
        read = read_if_answer(path, registry, parliament)
        if read is not None:  # an answer: attached with what was read here, not read again
            return ReadImport(path, parliament, answer=read)
        progress.check()
        result = read_file(path, registry, parliament=parliament, kind=kind)
    progress.check()
    return ReadImport(path, parliament, result=result)


def read_answer_to(
    registry: ProfileRegistry, path: Path, inquiry: Inquiry, progress: Progress | None = None
) -> ImportResult:
    """Read an answer to a given inquiry: a copy of it with the answer, nothing saved yet."""
    from desk_app.formats.read.answer.reader import import_answer as read_answer

    progress = quiet(progress)
    with reading(_page_reports(progress), progress.check):
        result = read_answer(Path(path), inquiry, registry)
    progress.check()
    return result


def find_duplicate(
    registry: ProfileRegistry, store: InquiryStore, read: ReadImport
) -> Duplicate | None:
    """Return the stored inquiry that is the same document as a file read as a new inquiry."""
    if read.result is None:
        return None  # an answer joins the inquiry it names; it is never stored twice
    inquiry = read.result.inquiry
    same = _same_paper(store, inquiry)
    if same is not None:
        return _duplicate(registry, same, same_text=False)
    same = _same_text(store, inquiry)
    if same is not None:
        return _duplicate(registry, same, same_text=True)
    return None


def duplicate_in(desk: ImportDesk, read: ReadImport) -> Duplicate | None:
    """Return the inquiry of a desk that is the same document as a file read for import."""
    return find_duplicate(desk.registry, desk.store, read)


def store_import(
    registry: ProfileRegistry,
    store: InquiryStore,
    save: Save,
    read: ReadImport,
    *,
    force: bool = True,
) -> ImportOutcome:
    """Store a file read by read_import: a new inquiry, or the answer joined to its inquiry.

    Unless `force`, raise DuplicateImport when the same document is stored already.
    """
    if read.answer is not None:
        return import_answer(registry, store, save, read.path, None, read.parliament, read.answer)
    assert read.result is not None, "read_import gives an inquiry or an answer"
    if not force:
        duplicate = find_duplicate(registry, store, read)
        if duplicate is not None:
            raise DuplicateImport(duplicate)
    # The store remembers its sources; the history names the file.
    store.add(read.result.inquiry, RevisionEvent.IMPORTED.value, event_detail(file=read.path.name))
    return _outcome(read.result)


def store_answer(save: Save, result: ImportResult) -> ImportOutcome:
    """Save an inquiry with the answer read_answer_to attached to it."""
    save(result.inquiry)
    return _outcome(result, answered=True, joined=True)


def import_file(
    registry: ProfileRegistry,
    store: InquiryStore,
    save: Save,
    path: Path,
    parliament: str | None,
    kind: str | None,
    answer_to: int | None,
    *,
    force: bool = True,
    progress: Progress | None = None,
) -> ImportOutcome:
    """Import a file; an answer (given as one, or recognised) is attached to its inquiry."""
    if answer_to is not None:
        result = read_answer_to(registry, path, store.get(answer_to), progress)
        return store_answer(save, result)
    read = read_import(registry, path, parliament, kind, progress)
    return store_import(registry, store, save, read, force=force)


def import_into(
    desk: ImportDesk,
    path: Path,
    parliament: str | None = None,
    kind: str | None = None,
    answer_to: int | None = None,
    *,
    force: bool = False,
    progress: Progress | None = None,
) -> ImportOutcome:
    """Import a file into a desk, refusing a document stored already unless `force`.

    The desk's import with the duplicate rule and progress reports, as the
    command line uses it; the value warnings join the report as there.
    """
    path = Path(path)
    if answer_to is not None:
        result = read_answer_to(desk.registry, path, desk.get(answer_to), progress)
        return save_answer(desk, path, result)
    read = read_import(desk.registry, path, parliament, kind, progress)
    return store_read(desk, read, force=force)


def store_read(desk: ImportDesk, read: ReadImport, *, force: bool = False) -> ImportOutcome:
    """Store what read_import read into a desk (on the thread that owns its store).

    Unless `force`, raise DuplicateImport when the same document is stored already.
    """
    outcome = store_import(
        desk.registry,
        desk._writing(),  # the deadline rule ready before the write transaction
        _saver(desk, read.path),
        read,
        force=force,
    )
    return with_value_warnings(desk, outcome)


def save_answer(desk: ImportDesk, path: Path, result: ImportResult) -> ImportOutcome:
    """Save the inquiry read_answer_to attached an answer to, with the value warnings."""
    return with_value_warnings(desk, store_answer(_saver(desk, path), result))


def _saver(desk: ImportDesk, path: Path) -> Save:
    """Return the desk's save for an answer's import; its outcome reports the value warnings."""

    def save(inquiry: Inquiry) -> None:
        desk.save(inquiry, RevisionEvent.ANSWER_IMPORTED.value, event_detail(file=path.name))

    return save


def with_value_warnings(desk: ImportDesk, outcome: ImportOutcome) -> ImportOutcome:
    """Return the import outcome with implausible values and dates added to its report."""
    warnings = desk.value_warnings(outcome.inquiry)
    return replace(outcome, report=[*outcome.report, *warnings]) if warnings else outcome


def import_answer(
    registry: ProfileRegistry,
    store: InquiryStore,
    save: Save,
    path: Path,
    answer_to: int | None,
    parliament: str | None,
    read: AnswerRead | None = None,
) -> ImportOutcome:
    """Attach an answer to the inquiry given, or to the stored one it names, or to a new one."""
    from desk_app.formats.read.answer.reader import import_answer as read_answer
    from desk_app.formats.read.answer.reader import recognise_answer

    if answer_to is not None:
        result = read_answer(path, store.get(answer_to), registry)
    else:
        result = recognise_answer(path, registry, lambda key: _stored(store, key), parliament, read)
    joined = result.inquiry.id is not None
    if joined:
        save(result.inquiry)
    else:
        # The answer named no stored inquiry: it starts one.
        store.add(result.inquiry, RevisionEvent.ANSWER_IMPORTED.value, event_detail(file=path.name))
    return _outcome(result, answered=True, joined=joined)


def _outcome(result: ImportResult, answered: bool = False, joined: bool = False) -> ImportOutcome:
    """Return the outcome of a stored import: the report lines and the report field by field."""
    from desk_app.formats.read.field_report import field_report

    return ImportOutcome(
        result.inquiry,
        result.report,
        answered=answered,
        fields=field_report(result.inquiry, result.full_report, joined),
        uncertain=list(result.uncertain),
        recognised=list(result.recognised),
    )


def _page_reports(progress: Progress) -> Callable[[int, int], None]:
    """Return the PDF reader's page report, in words the progress dialog shows."""

    def pages_read(done: int, total: int) -> None:
        if done < total:
            what = _("Seite {done} von {total} gelesen").format(done=done, total=total)
        else:  # the pages are in; the structure takes as long again
            what = _("Alle {total} Seiten gelesen; die Gliederung wird erkannt …").format(
                total=total
            )
        progress.report(done, total, what)

    return pages_read


def _stored(store: InquiryStore, key: AnswerKey) -> Inquiry | None:
    """Return the stored inquiry an answer names: same parliament, and number or Drucksache."""
    found = _stored_paper(store, key.parliament, key.term, key.kind, key.number, key.drucksache)
    return None if found is None else store.get(found.id)


def _stored_paper(
    store: InquiryStore,
    parliament: str,
    term: int | None,
    kind: str | None,
    number: str | None,
    drucksache: str | None,
) -> InquirySummary | None:
    """Return the stored inquiry of a parliament with the same Drucksache or running number."""
    for summary in store.list(parliament=parliament):
        same_drucksache = drucksache is not None and summary.drucksache == drucksache
        same_number = (
            number is not None
            and summary.number == number
            and (term is None or summary.term in (None, term))
            and (kind is None or summary.kind == kind)
        )
        if same_drucksache or same_number:
            return summary
    return None


def _same_paper(store: InquiryStore, inquiry: Inquiry) -> InquirySummary | None:
    """Return the stored inquiry with the imported one's parliament and Drucksache or number."""
    if not inquiry.drucksache and not inquiry.number:
        return None
    return _stored_paper(
        store,
        inquiry.parliament,
        inquiry.term,
        inquiry.kind,
        inquiry.number or None,
        inquiry.drucksache or None,
    )


def _same_text(store: InquiryStore, inquiry: Inquiry) -> InquirySummary | None:
    """Return a stored inquiry with the same text (title, preamble, questions), spaces aside."""
    fingerprint = text_fingerprint(inquiry)
    if fingerprint is None:
        return None
    words = (plain(inquiry.title.inlines) or _question_text(inquiry)).split()[:_TITLE_WORDS]
    # The full-text index finds the few candidates; their texts are then compared.
    for summary in store.search(" ".join(words), limit=_CANDIDATES):
        if text_fingerprint(store.get(summary.id)) == fingerprint:
            return summary
    return None


def text_fingerprint(inquiry: Inquiry) -> str | None:
    """Return a hash of an inquiry's words (title, preamble, questions), or None without any."""
    parts = [plain(inquiry.title.inlines), plain_text(inquiry.preamble), _question_text(inquiry)]
    words = " ".join(" ".join(parts).split()).casefold()
    if not words:
        return None
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


def _question_text(inquiry: Inquiry) -> str:
    """Return the questions' words, sub-questions included, in reading order."""
    texts = []
    for question in inquiry.questions:
        texts.append(plain_text(question.text))
        texts += [plain_text(sub) for sub in question.subquestions]
    return " ".join(texts)


def _duplicate(registry: ProfileRegistry, summary: InquirySummary, same_text: bool) -> Duplicate:
    """Return the duplicate with its title and the paper's name as the parliament says it."""
    title = " ".join(summary.title.split()) or _("(ohne Titel)")
    try:
        kind = registry.get(summary.parliament).kind(summary.kind).display_name
        kind = _(kind) if kind else summary.kind
    except DeskError:
        kind = summary.kind
    if summary.number:
        paper = f"{kind} {summary.number}"
    elif summary.drucksache:
        paper = _("{kind}, Drucksache {drucksache}").format(
            kind=kind, drucksache=summary.drucksache
        )
    else:
        paper = kind
    return Duplicate(summary, title, paper, same_text)
