"""A history a person can read: revisions grouped by event, labelled, and compared word by word.

Each revision records the event that made it (storage.RevisionEvent).
Consecutive edits less than five minutes apart form one entry, an editing
session, and so do exports one after another; every other event is an
entry of its own. An entry's label says
when it happened and what changed ("Titel, Frage 3, Fußnote 2 geändert");
`compare` sets a revision beside today's inquiry, word by word (word_diff).

A restore brings back the *text* of a revision and keeps today's *tracking
data*, unless the user asks for both:

- text: title, originators and how the head names them ("der Abgeordneten"),
  faction, preamble, lead-in sentence, questions, footnotes with their
  sources, signature -- what the authors write and the printed paper shows;
- tracking: parliament, kind, Wahlperiode, running number, Drucksache, all
  dates and extensions, lead ministry, withdrawn, the answer, the office's
  notes -- what happened to the inquiry since, which an old text must not undo.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, timedelta
from typing import Any

from desk_app.i18n import N_, _
from desk_app.model import Inquiry, footnote_numbers
from desk_app.service.field_labels import date_name, field_name, shorten
from desk_app.service.word_diff import DiffPiece, word_diff
from desk_app.storage import Revision, RevisionEvent

TEXT_FIELDS = (
    "title",
    "originators",
    "originator_intro",
    "faction",
    "preamble",
    "lead_in",
    "questions",
    "footnotes",
    "sources",
    "signature",
)
TRACKING_FIELDS = (
    "parliament",
    "kind",
    "term",
    "number",
    "drucksache",
    "dates",
    "lead_ministry",
    "withdrawn",
    "answer",
    "notes",
)

SESSION_GAP = timedelta(minutes=5)  # edits closer than this are one editing session

_EDITS = frozenset({RevisionEvent.EDITED.value, RevisionEvent.UNKNOWN.value})

# Events and their details


def event_detail(**values: Any) -> str:
    """Return what an event needs to be told apart (a file, a format) as the stored detail."""
    kept = {name: value for name, value in values.items() if value not in (None, "")}
    return json.dumps(kept, ensure_ascii=False, sort_keys=True) if kept else ""


def read_detail(detail: str) -> dict[str, Any]:
    """Return a stored detail as a dict; an empty or unreadable one is empty."""
    try:
        values = json.loads(detail) if detail else {}
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}


# Text and tracking data


def take_revision(current: Inquiry, old: Inquiry, with_tracking: bool = False) -> None:
    """Put an old revision's text (and, if asked, its tracking data) into the current inquiry."""
    names = TEXT_FIELDS + TRACKING_FIELDS if with_tracking else TEXT_FIELDS
    for name in names:
        setattr(current, name, copy.deepcopy(getattr(old, name)))


def restored(current: Inquiry, old: Inquiry, with_tracking: bool = False) -> Inquiry:
    """Return what a restore would make of the current inquiry, leaving both unchanged."""
    result = copy.deepcopy(current)
    take_revision(result, old, with_tracking)
    return result


@dataclass(frozen=True, slots=True)
class TrackingChange:
    """Name one tracking field whose value in a revision differs from today's."""

    name: str
    then: str  # the value shown briefly; empty where a value does not fit a line
    now: str


def tracking_changes(old: Inquiry, current: Inquiry) -> list[TrackingChange]:
    """Return the tracking fields whose values differ between a revision and today."""
    changes = []
    for name in TRACKING_FIELDS:
        before, after = getattr(old, name), getattr(current, name)
        if before == after:
            continue
        if name == "dates":
            for date_field in fields(before):
                then, now = getattr(before, date_field.name), getattr(after, date_field.name)
                if then != now:
                    changes.append(
                        TrackingChange(date_name(date_field.name), _brief(then), _brief(now))
                    )
        else:
            changes.append(TrackingChange(field_name(name), _brief(before), _brief(after)))
    return changes


def _brief(value: object) -> str:
    """Return a value as a few words: a date as 19.02.2020, nothing as "–"; lists are left out."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _("ja") if value else _("nein")
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, str | int):
        return shorten(" ".join(str(value).split()), 40)
    return ""


# What changed


def changed_parts(before: Inquiry | None, after: Inquiry) -> list[str]:
    """Return the names of the parts that differ, in reading order ("Titel", "Frage 3", …)."""
    if before is None:
        return []
    parts: list[str] = []
    for name in ("title", "originators", "originator_intro", "faction", "preamble", "lead_in"):
        if getattr(before, name) != getattr(after, name):
            parts.append(field_name(name))
    parts += _numbered(N_("Frage {number}"), N_("Fragen {first}–{last}"), _questions(before, after))
    parts += _numbered(
        N_("Fußnote {number}"), N_("Fußnoten {first}–{last}"), _footnotes(before, after)
    )
    if _loose_sources(before) != _loose_sources(after):
        parts.append(field_name("sources"))
    if before.signature != after.signature:
        parts.append(field_name("signature"))
    for change in tracking_changes(before, after):
        parts.append(change.name)
    return parts


def _questions(before: Inquiry, after: Inquiry) -> list[int]:
    """Return the numbers of the questions that differ, added or removed ones included."""
    count = max(len(before.questions), len(after.questions))
    return [
        index + 1
        for index in range(count)
        if _at(before.questions, index) != _at(after.questions, index)
    ]


def _at(items: Sequence[Any], index: int) -> Any:
    return items[index] if index < len(items) else None


def _footnotes(before: Inquiry, after: Inquiry) -> list[int]:
    """Return the numbers of the footnotes whose text or source differ (numbers as now)."""
    old_numbers, new_numbers = footnote_numbers(before), footnote_numbers(after)
    changed = set()
    for footnote_id in set(before.footnotes) | set(after.footnotes):
        then = _note_with_source(before, footnote_id)
        now = _note_with_source(after, footnote_id)
        if then != now:
            number = new_numbers.get(footnote_id) or old_numbers.get(footnote_id)
            if number is not None:
                changed.add(number)
    return sorted(changed)


def _note_with_source(inquiry: Inquiry, footnote_id: str) -> tuple[object, object]:
    note = inquiry.footnotes.get(footnote_id)
    if note is None:
        return None, None
    source = inquiry.sources.get(note.source_id) if note.source_id else None
    return note.text, source


def _loose_sources(inquiry: Inquiry) -> dict[str, object]:
    """Return the sources no footnote cites (a cited one counts as part of its footnote)."""
    cited = {note.source_id for note in inquiry.footnotes.values()}
    return {key: source for key, source in inquiry.sources.items() if key not in cited}


def _numbered(single: str, span: str, numbers: list[int]) -> list[str]:
    """Return "Frage 3" for each number, and "Fragen 2–5" for a run of three or more."""
    parts, start = [], 0
    while start < len(numbers):
        end = start
        while end + 1 < len(numbers) and numbers[end + 1] == numbers[end] + 1:
            end += 1
        if end - start >= 2:
            parts.append(_(span).format(first=numbers[start], last=numbers[end]))
        else:
            parts += [_(single).format(number=number) for number in numbers[start : end + 1]]
        start = end + 1
    return parts


# Entries


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """Hold one line of the history: an event, or an editing session of several saves."""

    revision_id: int  # the newest revision of the entry: restoring the entry restores it
    revision_ids: tuple[int, ...]  # newest first
    event: str
    first: datetime
    last: datetime
    what: str  # "Titel, Frage 3 geändert"
    current: bool = False  # the entry holding today's state
    author: str = ""  # who saved it (the login or the name set in the settings)
    # Named in the label only where several people wrote the history: on one desk it is noise.
    show_author: bool = False

    @property
    def when(self) -> str:
        """Return the entry's time in local time: "02.03.2026 09:15" or "… 09:15–09:24"."""
        first, last = self.first.astimezone(), self.last.astimezone()
        text = f"{first:%d.%m.%Y %H:%M}"
        if f"{first:%H:%M}" == f"{last:%H:%M}" and first.date() == last.date():
            return text
        if first.date() == last.date():
            return f"{text}–{last:%H:%M}"
        return f"{text} – {last:%d.%m.%Y %H:%M}"

    @property
    def label(self) -> str:
        """Return the line a person reads: time and what changed, "(aktuell)" for today's."""
        line = f"{self.when}  {self.what}"
        if self.show_author and self.author:
            line = _("{line} – {author}").format(line=line, author=self.author)
        return _("{line} (aktuell)").format(line=line) if self.current else line


State = Callable[[int], Inquiry]  # a revision's inquiry by the revision's id


def group(revisions: Sequence[Revision], state: State) -> list[HistoryEntry]:
    """Group revisions (newest first, as the store lists them) into entries, newest first."""
    runs: list[list[Revision]] = []
    for revision in reversed(revisions):
        last_run = runs[-1] if runs else None
        if last_run is not None and _continues(last_run, revision, revisions[-1]):
            last_run.append(revision)
        else:
            runs.append([revision])
    saved_at = {revision.id: revision.saved_at for revision in revisions}
    several = len({revision.author for revision in revisions if revision.author}) > 1
    entries: list[HistoryEntry] = []
    before: Inquiry | None = None
    for run in runs:
        after = state(run[-1].id)
        what = _what(run, before, after, saved_at)
        entries.append(
            HistoryEntry(
                run[-1].id,
                tuple(revision.id for revision in reversed(run)),
                run[-1].event,
                run[0].saved_at,
                run[-1].saved_at,
                shorten(what),
                author=run[-1].author,
                show_author=several,
            )
        )
        before = after
    if entries:
        newest = entries[-1]
        entries[-1] = replace(newest, current=True)
    return entries[::-1]


def _continues(run: list[Revision], revision: Revision, first: Revision) -> bool:
    """Tell whether a revision belongs to the run before it: edits of one session, or exports.

    Exports one after another changed nothing between them: "exported as PDF
    and as DOCX" is one entry. The inquiry's first version stands alone.
    """
    if run[0] is first or revision.saved_at - run[-1].saved_at > SESSION_GAP:
        return False
    if revision.author != run[-1].author:  # a colleague's edit is an entry of its own
        return False
    if revision.event in _EDITS:
        return run[-1].event in _EDITS
    return revision.event == run[-1].event == RevisionEvent.EXPORTED


def _what(
    run: list[Revision], before: Inquiry | None, after: Inquiry, saved_at: dict[int, datetime]
) -> str:
    """Return what an entry (its revisions, oldest first) did, in words."""
    revision = run[-1]
    detail = read_detail(revision.detail)
    parts = ", ".join(changed_parts(before, after))
    event = revision.event
    if event == RevisionEvent.CREATED:
        return _("Angelegt")
    if event == RevisionEvent.IMPORTED:
        return _from_file(_("Importiert"), detail)
    if event == RevisionEvent.ANSWER_IMPORTED:
        return _from_file(_("Antwort importiert"), detail)
    if event == RevisionEvent.EXPORTED:
        exports = dict.fromkeys(_exported(read_detail(each.detail)) for each in run)
        return "; ".join(exports)
    if event == RevisionEvent.SUBMITTED:
        day = after.dates.submitted
        said = _("Als eingereicht vermerkt")
        return f"{said} ({day:%d.%m.%Y})" if day else said
    if event == RevisionEvent.RESTORED:
        return _restored_what(detail, saved_at)
    if event == RevisionEvent.RESTORE_UNDONE:
        return _("Wiederherstellen rückgängig gemacht")
    if event == RevisionEvent.UNDELETED:
        return _("Aus dem Papierkorb zurückgeholt")
    if event == RevisionEvent.SET and parts:
        return _("{parts} gesetzt").format(parts=parts)
    if before is None:  # saved before revisions recorded their event
        return _("Erste gespeicherte Fassung")
    return _("{parts} geändert").format(parts=parts) if parts else _("Gespeichert")


def _from_file(said: str, detail: dict[str, Any]) -> str:
    name = detail.get("file")
    return _("{said} aus {file}").format(said=said, file=name) if name else said


# The format labels with a word in them; the others ("PDF", "Word (DOCX)") read the same in
# every language, as in the export dialog.
_FORMAT_WORDS = {"ics": N_("Kalender (ICS)")}


def _exported(detail: dict[str, Any]) -> str:
    from desk_app.service.format_names import EXPORT_FORMATS

    fmt = str(detail.get("format", ""))
    exporter = EXPORT_FORMATS.get(fmt)
    if fmt in _FORMAT_WORDS:
        name = _(_FORMAT_WORDS[fmt])
    else:
        name = exporter.label if exporter is not None else fmt.upper()
    said = _("Exportiert als {format}").format(format=name)
    if detail.get("file"):
        said = _("{said}: {file}").format(said=said, file=detail["file"])
    return said


def _restored_what(detail: dict[str, Any], saved_at: dict[int, datetime]) -> str:
    moment = saved_at.get(detail.get("revision", -1))
    scope = _("nur Text") if detail.get("scope") == "text" else _("Text und Verfolgungsdaten")
    if moment is None:
        return _("Eine frühere Fassung wiederhergestellt ({scope})").format(scope=scope)
    return _("Fassung vom {when} wiederhergestellt ({scope})").format(
        when=f"{moment.astimezone():%d.%m.%Y %H:%M}", scope=scope
    )


# Word-level comparison


@dataclass(frozen=True, slots=True)
class Comparison:
    """Hold what a revision's text and tracking data are, compared with today's."""

    pieces: list[DiffPiece] = field(default_factory=list)
    tracking: list[TrackingChange] = field(default_factory=list)
    same_text: bool = True  # restoring only the text would change nothing


def readable_text(inquiry: Inquiry) -> str:
    """Return the inquiry as Markdown without the metadata block a reader does not need."""
    from desk_app.service.exporting import markdown_text

    text = markdown_text(inquiry)
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end >= 0:
            text = text[end + 5 :]
    return text.lstrip("\n")


def compare(old: Inquiry, current: Inquiry) -> Comparison:
    """Compare a revision with today's inquiry: the text word by word, the tracking by field."""
    text_only = restored(current, old)
    return Comparison(
        word_diff(readable_text(old), readable_text(current)),
        tracking_changes(old, current),
        same_text=_encoded(text_only) == _encoded(current),
    )


def _encoded(inquiry: Inquiry) -> object:
    from desk_app.model import encode

    return encode(inquiry)
