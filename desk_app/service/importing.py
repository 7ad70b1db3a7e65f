"""Import use cases: a file becomes a new inquiry, or an answer joins the inquiry it answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.formats.catalog import IMPORTERS
from desk_app.formats.catalog import import_file as read_file
from desk_app.model import Inquiry
from desk_app.rules.registry import ProfileRegistry
from desk_app.service.outcomes import ImportOutcome
from desk_app.storage import InquiryStore

if TYPE_CHECKING:
    from desk_app.formats.read.answer.reader import AnswerKey, AnswerRead
    from desk_app.formats.read.result import ImportResult

# The file suffixes an import accepts (".md", ".docx", …), for file dialogs and drops.
IMPORT_SUFFIXES = tuple(sorted(suffix for suffix in IMPORTERS if suffix))


def importable(path: Path) -> bool:
    """Tell whether a file's suffix names a format the import reads (no suffix: text)."""
    return path.suffix.lower() in IMPORTERS


Save = Callable[[Inquiry], None]  # the desk's save: it refuses while a window holds the file


def import_file(
    registry: ProfileRegistry,
    store: InquiryStore,
    save: Save,
    path: Path,
    parliament: str | None,
    kind: str | None,
    answer_to: int | None,
) -> ImportOutcome:
    """Import a file; an answer (given as one, or recognised) is attached to its inquiry."""
    # Imported here: the answer reader pulls in every document reader (~150 ms
    # that `desk export`, `set` or `list` would otherwise pay at every call).
    from desk_app.formats.read.answer.reader import read_if_answer

    if answer_to is not None:
        return import_answer(registry, store, save, path, answer_to, parliament)
    read = read_if_answer(path, registry, parliament)
    if read is not None:  # an answer: attached with what was read here, not read again
        return import_answer(registry, store, save, path, None, parliament, read)
    result = read_file(path, registry, parliament=parliament, kind=kind)
    store.add(result.inquiry)  # the store remembers its sources
    return _outcome(result)


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
        store.add(result.inquiry)  # the answer named no stored inquiry: it starts one
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


def _stored(store: InquiryStore, key: AnswerKey) -> Inquiry | None:
    """Return the stored inquiry an answer names: same parliament, and number or Drucksache."""
    for summary in store.list(parliament=key.parliament):
        same_drucksache = key.drucksache is not None and summary.drucksache == key.drucksache
        same_number = (
            key.number is not None
            and summary.number == key.number
            and (key.term is None or summary.term in (None, key.term))
            and (key.kind is None or summary.kind == key.kind)
        )
        if same_drucksache or same_number:
            return store.get(summary.id)
    return None
