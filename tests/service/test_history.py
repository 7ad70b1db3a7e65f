"""History: a restore keeps tracking data and is undone; entries grouped, labelled, compared."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desk_app.model import (
    Answer,
    DeskError,
    Extension,
    Footnote,
    FootnoteRef,
    Inquiry,
    Paragraph,
    Question,
    Run,
    encode,
    paragraph,
    plain,
)
from desk_app.paths import resources_dir
from desk_app.rules.registry import ProfileRegistry
from desk_app.service import Desk
from desk_app.service.history import (
    TEXT_FIELDS,
    TRACKING_FIELDS,
    DiffPiece,
    changed_parts,
    shorten,
    word_diff,
)
from desk_app.storage import InquiryStore, RevisionEvent
from tests.faults.make_fixture import FIXTURES

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    """Tell a moment that moves on only when told (by default one second per call)."""

    def __init__(self) -> None:
        self.moment = START

    def __call__(self) -> datetime:
        self.moment += timedelta(seconds=1)
        return self.moment

    def wait(self, minutes: float) -> None:
        self.moment += timedelta(minutes=minutes)


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def desk(tmp_path: Path, clock: Clock, registry: ProfileRegistry) -> Iterator[Desk]:
    store = InquiryStore.open(tmp_path / "history.sqlite3", now=clock)
    yield Desk(store=store, registry=registry, today=lambda: date(2026, 3, 2))
    store.close()


def _title(inquiry: Inquiry) -> str:
    return plain(inquiry.title.inlines)


def _written(desk: Desk) -> tuple[int, int]:
    """Store an inquiry with a text, then give it tracking data and a new text; return ids."""
    inquiry = desk.create("NW", "kleine-anfrage", title="Alte Überschrift")
    assert inquiry.id is not None
    inquiry.questions = [Question([paragraph("Wie viele Schulen gibt es?")])]
    desk.save(inquiry)
    old_revision = desk.revisions(inquiry.id)[0].id
    desk.set_field(inquiry.id, "dates.submitted", "2026-02-20")
    desk.set_field(inquiry.id, "drucksache", "18/1234")
    inquiry = desk.get(inquiry.id)
    inquiry.dates.extensions.append(Extension(date(2026, 4, 30), reason="Umfang der Abfrage"))
    inquiry.answer = Answer(drucksache="18/1300", date=date(2026, 3, 1), ministry="MSB")
    inquiry.lead_ministry = "Ministerium für Schule und Bildung"
    inquiry.title = paragraph("Neue Überschrift")
    inquiry.questions = [Question([paragraph("Wie viele Schulen gibt es heute?")])]
    desk.save(inquiry)
    return inquiry.id, old_revision


def test_restore_brings_back_the_text_and_keeps_the_tracking_data(desk: Desk) -> None:
    inquiry_id, old_revision = _written(desk)
    before = desk.get(inquiry_id)

    desk.restore(inquiry_id, old_revision)

    now = desk.get(inquiry_id)
    assert _title(now) == "Alte Überschrift"
    assert plain(now.questions[0].text[0].inlines) == "Wie viele Schulen gibt es?"
    assert now.dates == before.dates  # submitted, extensions … as they were before the restore
    assert now.dates.submitted == date(2026, 2, 20)
    assert now.drucksache == "18/1234"
    assert now.answer is not None and now.answer.drucksache == "18/1300"
    assert now.lead_ministry == "Ministerium für Schule und Bildung"
    assert desk.revisions(inquiry_id)[0].event == RevisionEvent.RESTORED


def test_restore_with_tracking_brings_back_the_old_tracking_data_too(desk: Desk) -> None:
    inquiry_id, old_revision = _written(desk)
    old = desk.revision(inquiry_id, old_revision)

    desk.restore(inquiry_id, old_revision, with_tracking=True)

    now = desk.get(inquiry_id)
    assert encode(now) == encode(old)
    assert now.dates.submitted is None and now.drucksache is None and now.answer is None


def test_the_comparison_names_the_tracking_data_that_differ(desk: Desk) -> None:
    inquiry_id, old_revision = _written(desk)
    comparison = desk.compare(inquiry_id, old_revision)
    names = {change.name for change in comparison.tracking}
    assert {"Eingereicht am", "Drucksache", "Verlängerungen", "Antwort"} <= names
    submitted = next(c for c in comparison.tracking if c.name == "Eingereicht am")
    assert (submitted.then, submitted.now) == ("–", "20.02.2026")
    assert not comparison.same_text
    latest = desk.revisions(inquiry_id)[0].id
    assert desk.compare(inquiry_id, latest).tracking == []
    assert desk.compare(inquiry_id, latest).same_text


def test_undo_restore_gives_back_exactly_the_state_before(desk: Desk) -> None:
    inquiry_id, old_revision = _written(desk)
    before = encode(desk.get(inquiry_id))
    assert desk.restore_to_undo(inquiry_id) is None

    desk.restore(inquiry_id, old_revision)
    assert desk.restore_to_undo(inquiry_id) is not None
    desk.undo_restore(inquiry_id)

    assert encode(desk.get(inquiry_id)) == before
    assert desk.revisions(inquiry_id)[0].event == RevisionEvent.RESTORE_UNDONE
    assert desk.restore_to_undo(inquiry_id) is None
    with pytest.raises(DeskError, match="nichts rückgängig"):
        desk.undo_restore(inquiry_id)


def test_an_edit_after_the_restore_ends_its_undo(desk: Desk) -> None:
    inquiry_id, old_revision = _written(desk)
    desk.restore(inquiry_id, old_revision)
    desk.export(inquiry_id, "md", desk.db_path.with_name("a.md"))  # an export changes nothing
    assert desk.restore_to_undo(inquiry_id) is not None
    inquiry = desk.get(inquiry_id)
    inquiry.notes = "danach geändert"
    desk.save(inquiry)
    assert desk.restore_to_undo(inquiry_id) is None


def test_text_and_tracking_fields_cover_the_whole_inquiry() -> None:
    names = {item.name for item in dataclasses.fields(Inquiry)} - {"id"}
    assert set(TEXT_FIELDS) | set(TRACKING_FIELDS) == names
    assert not set(TEXT_FIELDS) & set(TRACKING_FIELDS)


def test_ten_autosaves_within_minutes_are_one_entry_labelled_with_what_changed(
    desk: Desk, clock: Clock
) -> None:
    inquiry = desk.create("NW", "kleine-anfrage", title="Schulen")
    assert inquiry.id is not None
    inquiry.questions = [Question([paragraph(f"Frage {n}")]) for n in range(1, 4)]
    inquiry.footnotes = {"a": Footnote("a", [paragraph("Erste Quelle.")])}
    inquiry.preamble = [Paragraph([Run("Vorweg"), FootnoteRef("a")])]
    clock.wait(10)
    desk.save(inquiry)
    clock.wait(10)
    for step in range(10):
        clock.wait(2)  # two minutes apart: one editing session of 18 minutes
        inquiry.title = paragraph(f"Schulen im Land, Fassung {step}")
        if step == 4:
            inquiry.questions[2] = Question([paragraph("Wie viele Lehrkräfte fehlen?")])
        if step == 7:
            inquiry.footnotes["a"] = Footnote("a", [paragraph("Andere Quelle.")])
        desk.save(inquiry)

    entries = desk.history(inquiry.id)

    assert len(entries) == 3
    session = entries[0]
    assert len(session.revision_ids) == 10
    assert session.what == "Titel, Frage 3, Fußnote 1 geändert"
    assert session.current and session.label.endswith("(aktuell)")
    first, last = session.first.astimezone(), session.last.astimezone()
    assert session.when == f"{first:%d.%m.%Y %H:%M}–{last:%H:%M}"
    assert entries[1].what == "Vorbemerkung, Fragen 1–3, Fußnote 1 geändert"
    assert entries[2].what == "Angelegt"


def test_a_pause_of_more_than_five_minutes_starts_a_new_session(desk: Desk, clock: Clock) -> None:
    inquiry = desk.create("NW", "kleine-anfrage", title="Eins")
    assert inquiry.id is not None
    for minutes, title in ((10, "Zwei"), (4, "Drei"), (6, "Vier")):
        clock.wait(minutes)
        inquiry.title = paragraph(title)
        desk.save(inquiry)
    assert [len(entry.revision_ids) for entry in desk.history(inquiry.id)] == [1, 2, 1]


def test_import_edit_and_export_are_three_entries_with_their_labels(
    desk: Desk, clock: Clock, tmp_path: Path
) -> None:
    inquiry_id = desk.import_file(SEED).id
    clock.wait(1)
    inquiry = desk.get(inquiry_id)
    inquiry.title = paragraph("Förderung der Integrationsagenturen im Land")
    inquiry.questions[1] = Question([paragraph("Welche Agenturen gibt es?")])
    desk.save(inquiry)
    clock.wait(1)
    desk.export(inquiry_id, "pdf", tmp_path / "anfrage.pdf")

    entries = desk.history(inquiry_id)

    assert [entry.what for entry in entries] == [
        "Exportiert als PDF: anfrage.pdf",
        "Titel, Frage 2 geändert",
        f"Importiert aus {SEED.name}",
    ]
    assert [entry.event for entry in entries] == ["exported", "edited", "imported"]


def test_set_events_are_labelled_and_a_submission_is_named(desk: Desk) -> None:
    inquiry = desk.create("NW", "kleine-anfrage", title="Schulen")
    assert inquiry.id is not None
    desk.set_field(inquiry.id, "drucksache", "18/99")
    desk.set_field(inquiry.id, "dates.submitted", "2026-02-19")
    inquiry = desk.get(inquiry.id)
    inquiry.drucksache = None
    inquiry.dates.submitted = None
    desk.save(inquiry)
    inquiry.dates.submitted = date(2026, 2, 21)  # the window's tracking pane submits a draft
    desk.save(inquiry)
    whats = [entry.what for entry in desk.history(inquiry.id)]
    assert whats[0] == "Als eingereicht vermerkt (21.02.2026)"
    assert whats[2:] == [
        "Als eingereicht vermerkt (19.02.2026)",
        "Drucksache gesetzt",
        "Angelegt",
    ]


def test_a_restore_and_its_undo_are_labelled(desk: Desk) -> None:
    inquiry_id, old_revision = _written(desk)
    saved = next(r.saved_at for r in desk.revisions(inquiry_id) if r.id == old_revision)
    desk.restore(inquiry_id, old_revision)
    desk.undo_restore(inquiry_id)
    whats = [entry.what for entry in desk.history(inquiry_id)]
    assert whats[:2] == [
        "Wiederherstellen rückgängig gemacht",
        f"Fassung vom {saved.astimezone():%d.%m.%Y %H:%M} wiederhergestellt (nur Text)",
    ]


def test_an_inquiry_back_from_the_trash_says_so(desk: Desk) -> None:
    inquiry = desk.create("NW", "kleine-anfrage", title="Weg und wieder da")
    assert inquiry.id is not None
    desk.delete(inquiry.id)
    desk.restore_deleted(inquiry.id)
    entries = desk.history(inquiry.id)
    assert [entry.event for entry in entries] == ["undeleted", "created"]
    assert entries[0].what == "Aus dem Papierkorb zurückgeholt"


def test_a_long_label_is_cut_at_a_word_boundary() -> None:
    text = "Titel, Vorbemerkung, Frage 1, Frage 3, Fußnote 2, Fußnote 4, Unterschrift geändert"
    cut = shorten(text, 50)
    assert len(cut) <= 50 and cut.endswith("…")
    assert text.startswith(cut[:-1])
    assert text[len(cut) - 1] in " ,"  # the cut fell between words
    assert shorten("Kurz genug", 50) == "Kurz genug"
    assert shorten("Donaudampfschifffahrtsgesellschaft", 10) == "Donaudamp…"


def test_many_changed_questions_never_cut_a_word(desk: Desk, clock: Clock) -> None:
    inquiry = desk.create("NW", "kleine-anfrage", title="Viel")
    assert inquiry.id is not None
    inquiry.questions = [Question([paragraph(f"Frage {n}")]) for n in range(40)]
    clock.wait(10)
    desk.save(inquiry)
    clock.wait(10)
    inquiry.questions = [
        Question([paragraph(f"Andere {n}")]) if n % 2 else question
        for n, question in enumerate(inquiry.questions)
    ]
    desk.save(inquiry)
    what = desk.history(inquiry.id)[0].what
    full = ", ".join(f"Frage {n}" for n in range(2, 41, 2)) + " geändert"
    assert what.endswith("…") and len(what) <= 90
    kept = what[:-1]
    assert full.startswith(kept) and full[len(kept)] in " ,"


def test_the_word_diff_marks_inserted_and_removed_words() -> None:
    pieces = word_diff(
        "Wie viele Schulen gibt es im Land?\nZweite Zeile bleibt.\n",
        "Wie viele Grundschulen gibt es heute im Land?\nZweite Zeile bleibt.\n",
    )
    assert DiffPiece("removed", "Schulen") in pieces
    assert DiffPiece("inserted", "Grundschulen") in pieces
    assert any(p.kind == "inserted" and p.text.strip() == "heute" for p in pieces)
    assert pieces[-1].kind == "same" and pieces[-1].text.endswith("Zweite Zeile bleibt.\n")
    old = "".join(p.text for p in pieces if p.kind != "inserted")
    new = "".join(p.text for p in pieces if p.kind != "removed")
    assert old == "Wie viele Schulen gibt es im Land?\nZweite Zeile bleibt.\n"
    assert new == "Wie viele Grundschulen gibt es heute im Land?\nZweite Zeile bleibt.\n"
    assert word_diff("gleich", "gleich") == [DiffPiece("same", "gleich")]


def test_a_revision_compared_with_now_shows_the_changed_words(desk: Desk) -> None:
    inquiry_id, old_revision = _written(desk)
    pieces = desk.compare(inquiry_id, old_revision).pieces
    removed = " ".join(p.text for p in pieces if p.kind == "removed")
    inserted = " ".join(p.text for p in pieces if p.kind == "inserted")
    assert "Alte" in removed and "Neue" in inserted
    assert "heute" in inserted


def test_changed_parts_of_a_first_revision_are_empty() -> None:
    assert changed_parts(None, Inquiry("NW", "kleine-anfrage")) == []


def test_an_upgraded_store_labels_its_old_revisions(
    tmp_path: Path, registry: ProfileRegistry
) -> None:
    db = tmp_path / "alt.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v3.sqlite3", db)
    with InquiryStore.open(db) as store:
        entries = Desk(store=store, registry=registry).history(1)
    assert [entry.what for entry in entries] == ["Notizen geändert", "Erste gespeicherte Fassung"]
    assert [entry.event for entry in entries] == ["unknown", "unknown"]


def test_exports_one_after_another_are_one_entry(desk: Desk, clock: Clock, tmp_path: Path) -> None:
    inquiry = desk.create("NW", "kleine-anfrage", title="Schulen")
    assert inquiry.id is not None
    clock.wait(10)
    for name in ("a.pdf", "a.pdf", "a.docx"):
        clock.wait(1)
        desk.export(inquiry.id, Path(name).suffix[1:], tmp_path / name)
    clock.wait(10)
    desk.export(inquiry.id, "md", tmp_path / "a.md")
    entries = desk.history(inquiry.id)
    assert [entry.what for entry in entries] == [
        "Exportiert als Markdown: a.md",
        "Exportiert als PDF: a.pdf; Exportiert als Word (DOCX): a.docx",
        "Angelegt",
    ]
    assert len(entries[1].revision_ids) == 3
