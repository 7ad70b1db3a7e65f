"""Two people saved the same inquiry: both versions side by side, and what to keep of each.

A Conflict holds the edit on this desk ("mine"), the version a colleague saved
meanwhile ("theirs") with the version number a resolving save is checked
against, and the merge of the two (model.merge) with a row per place where
they differ, labelled as the window names it ("Frage 3", "Eingereicht am").
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desk_app.i18n import N_, _, ngettext
from desk_app.model import (
    DeskError,
    Inquiry,
    footnote_numbers,
    footnote_refs,
    inquiry_texts,
    plain,
    plain_text,
    subquestion_label,
)
from desk_app.model.codec import (
    decode,
    decode_answer,
    decode_extension,
    decode_footnote,
    decode_paragraph,
    decode_question,
    decode_source,
    encode,
)
from desk_app.model.merge import MISSING, Choice, Merge, Part
from desk_app.service.field_labels import date_name, field_name, shorten
from desk_app.service.journaling import save_or_keep
from desk_app.storage import InquiryStore, RevisionEvent
from desk_app.storage.journal import Journal, Pending

ROW_LIMIT = 600  # characters of one side shown in a row; the rest is cut at a word

_RUNS = {
    "questions": (N_("Frage {first}"), N_("Fragen {first}–{last}")),
    "preamble": (N_("Vorbemerkung, Absatz {first}"), N_("Vorbemerkung, Absätze {first}–{last}")),
}


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """One place where the versions differ, as the window shows it."""

    label: str  # "Frage 3", "Eingereicht am"
    mine: str  # this desk's text there ("–" for nothing)
    theirs: str  # the stored text there
    changed: str  # "mine", "theirs" or "both": who changed it since the common version
    may_take_both: bool  # a run of paragraphs: both sides' paragraphs can be kept


@dataclass(frozen=True, slots=True)
class Conflict:
    """This desk's edit and the version saved meanwhile, with the places they differ."""

    inquiry_id: int
    mine: Inquiry
    theirs: Inquiry
    version: int  # the stored version: a resolving save is checked against it
    stored_data: str  # the stored version's data, the base of whatever is saved next
    author: str  # who saved it ("" when not recorded)
    saved_at: datetime | None  # when
    merge: Merge
    rows: list[ConflictRow]

    @property
    def sentence(self) -> str:
        """Say what happened, in one sentence for the top of the comparison."""
        when = f"{self.saved_at.astimezone():%d.%m.%Y %H:%M}" if self.saved_at else "–"
        if self.author:
            text = _(
                "Während Sie die Anfrage {id} bearbeitet haben, hat {author} sie gespeichert "
                "({when}). Wählen Sie, was von beiden Fassungen bleibt."
            )
        else:
            text = _(
                "Während Sie die Anfrage {id} bearbeitet haben, wurde sie anderswo gespeichert "
                "({when}). Wählen Sie, was von beiden Fassungen bleibt."
            )
        return text.format(id=self.inquiry_id, author=self.author, when=when)

    def defaults(self) -> list[Choice]:
        """Return each row's preselected choice: the side that changed it, else mine."""
        return self.merge.defaults()

    def all(self, side: Choice) -> list[Choice]:
        """Return the choices that take one side everywhere (keep mine, take theirs)."""
        return [side] * len(self.rows)

    def merged(self, choices: Sequence[Choice]) -> Inquiry:
        """Return the inquiry the choices make of both versions."""
        inquiry = decode(self.merge.result(choices))
        inquiry.id = self.inquiry_id
        _keep_referenced(inquiry, self.mine, self.theirs)
        return inquiry


def _keep_referenced(merged: Inquiry, *sides: Inquiry) -> None:
    """Put back each footnote the merged text points to, and each source such a note cites.

    Footnotes merge by id, texts by paragraph: taking a colleague's question
    while keeping one's own removal of its note would leave a marker without a note.
    """
    for text in inquiry_texts(merged):
        for footnote_id in footnote_refs(text):
            if footnote_id in merged.footnotes:
                continue
            found = next(
                (s.footnotes[footnote_id] for s in sides if footnote_id in s.footnotes), None
            )
            if found is not None:
                merged.footnotes[footnote_id] = found
    for note in merged.footnotes.values():
        source_id = note.source_id
        if source_id and source_id not in merged.sources:
            found_source = next(
                (s.sources[source_id] for s in sides if source_id in s.sources), None
            )
            if found_source is not None:
                merged.sources[source_id] = found_source


def build_conflict(
    mine: Inquiry,
    theirs: Inquiry,
    version: int,
    stored_data: str,
    base_data: str | None,
    author: str,
    saved_at: datetime | None,
) -> Conflict:
    """Compare an edit with the stored version, both with the version the edit was based on."""
    assert mine.id is not None
    base = json.loads(base_data) if base_data else None
    merge = Merge(base, encode(mine), encode(theirs))
    numbers = {**footnote_numbers(theirs), **footnote_numbers(mine)}
    rows = [_row(part, numbers) for part in merge.parts]
    return Conflict(mine.id, mine, theirs, version, stored_data, author, saved_at, merge, rows)


def _row(part: Part, numbers: dict[str, int]) -> ConflictRow:
    mine, theirs = _shown(part, part.mine), _shown(part, part.theirs)
    return ConflictRow(_label(part, numbers), mine, theirs, part.changed, part.run)


def _label(part: Part, numbers: dict[str, int]) -> str:
    """Return the window's name of a place: the field, a date, a footnote, a run of questions."""
    if part.field in _RUNS:
        single, span = _RUNS[part.field]
        size = max(len(part.mine), len(part.theirs), 1)
        first = part.position + 1
        if size == 1:
            return _(single).format(first=first)
        return _(span).format(first=first, last=first + size - 1)
    if part.field == "dates":
        return date_name(part.key)
    if part.field == "footnotes":
        number = numbers.get(part.key)
        if number is None:
            return _("Fußnote ohne Verweis")
        return _("Fußnote {number}").format(number=number)
    if part.field == "sources":
        return _("Quelle")
    return field_name(part.field)


def _shown(part: Part, value: Any) -> str:
    """Return one side of a place as text a person reads ("–" for nothing)."""
    if part.run:
        texts = [_item(part.key or part.field, item) for item in value]
        text = "\n\n".join(text for text in texts if text)
    else:
        text = _item(part.key or part.field, value)
    return shorten(text, ROW_LIMIT) if text.strip() else "–"


def _item(name: str, value: Any) -> str:
    """Return one encoded value of a field as plain text."""
    if value is None or value is MISSING:
        return ""
    readers: dict[str, Callable[[Any], str]] = {
        "title": lambda item: plain(decode_paragraph(item).inlines),
        "preamble": lambda item: plain(decode_paragraph(item).inlines),
        "questions": _question,
        "footnotes": lambda item: plain_text(decode_footnote(item).text),
        "sources": lambda item: " · ".join(
            text for text in (decode_source(item).title, decode_source(item).url) if text
        ),
        "originators": _originator,
        "extensions": _extension,
        "answer": _answer,
    }
    reader = readers.get(name)
    if reader is not None:
        return reader(value)
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    if isinstance(value, str) and _is_date(value):
        return f"{date.fromisoformat(value):%d.%m.%Y}"
    return str(value)


def _question(item: Any) -> str:
    question = decode_question(item)
    lines = [plain_text(question.text)]
    for index, sub in enumerate(question.subquestions):
        lines.append(f"{subquestion_label(index)}) {plain_text(sub)}")
    return "\n".join(lines)


def _originator(item: Any) -> str:
    name, party = str(item.get("name", "")), str(item.get("party", ""))
    return f"{name} ({party})" if party else name


def _extension(item: Any) -> str:
    extension = decode_extension(item)
    until = f"{extension.new_due:%d.%m.%Y}" if extension.new_due else "–"
    text = _("Verlängert bis {date}").format(date=until)
    return f"{text} ({extension.reason})" if extension.reason else text


def _answer(item: Any) -> str:
    answer = decode_answer(item)
    count = len(answer.parts)
    text = ngettext("Antwort auf {count} Frage", "Antwort auf {count} Fragen", count).format(
        count=count
    )
    if answer.date is not None:
        text += f", {answer.date:%d.%m.%Y}"
    return f"{text}: {answer.ministry}" if answer.ministry else text


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


# The use cases (the Desk's methods delegate here): a conflict read from the store and
# the journal, and the user's choice saved through the journal.


def conflict_for(store: InquiryStore, journal: Journal, inquiry: Inquiry) -> Conflict:
    """Set an edit the store refused beside the version saved meanwhile.

    Who changed what is judged against the version the edit was based on: the
    one the journal kept with it (a refused save keeps it), else the one this
    store last read.
    """
    assert inquiry.id is not None
    kept = _kept(journal, inquiry.id)
    base = kept.base if kept is not None else store.seen_data(inquiry.id)
    return _read_conflict(store, inquiry, base)


def kept_conflict(store: InquiryStore, journal: Journal, inquiry_id: int) -> Conflict | None:
    """Return the conflict of an edit the journal keeps for an inquiry, if it keeps one."""
    kept = _kept(journal, inquiry_id)
    return None if kept is None else _read_conflict(store, kept.inquiry, kept.base)


def resolve(
    store: InquiryStore, journal: Journal, conflict: Conflict, choices: Sequence[Choice]
) -> Inquiry:
    """Save what the choices make of both versions, checked against the version compared.

    Taking the stored version everywhere writes nothing; someone saving once
    more meanwhile makes it stale again (StaleInquiry, the choice kept in the journal).
    """
    merged = conflict.merged(choices)

    def save(inquiry: Inquiry) -> list[str]:
        store.save(inquiry, RevisionEvent.EDITED.value, expected=conflict.version)
        return []

    save_or_keep(save, journal, merged, conflict.version, conflict.stored_data, settles=True)
    return merged


def waiting(store: InquiryStore, journal: Journal) -> list[int]:
    """Return the inquiries whose kept edit is older than the stored version (a decision waits)."""
    found = []
    for kept in journal.pending():
        assert kept.inquiry.id is not None
        if kept.version is None:
            continue
        try:
            if store.version(kept.inquiry.id) != kept.version:
                found.append(kept.inquiry.id)
        except DeskError:  # gone, or the server is away: nothing to compare with now
            continue
    return found


def _kept(journal: Journal, inquiry_id: int) -> Pending | None:
    return next((k for k in journal.pending() if k.inquiry.id == inquiry_id), None)


def _read_conflict(store: InquiryStore, mine: Inquiry, base: str | None) -> Conflict:
    assert mine.id is not None
    theirs, version, stored_data = store.stored(mine.id)
    last = store.revisions(mine.id)
    author, saved_at = (last[0].author, last[0].saved_at) if last else ("", None)
    return build_conflict(mine, theirs, version, stored_data, base, author, saved_at)
