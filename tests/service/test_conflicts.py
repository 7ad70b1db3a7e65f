"""Two people saved one inquiry: both versions side by side, and the user's choice saved.

Runs on a file and on the server: a colleague is a second store (own
connection, own author) on the same database.
"""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.model import Question, paragraph
from desk_app.service import Desk, StaleInquiry
from desk_app.storage import InquiryStore


@pytest.fixture(params=["sqlite", "postgresql"])
def where(request, tmp_path):
    """Return the location of a fresh store: a file, or a database on the test server."""
    if request.param == "sqlite":
        return str(tmp_path / "desk.sqlite3")
    return request.getfixturevalue("pg_url")


def _questions(*texts: str) -> list[Question]:
    return [Question([paragraph(text)]) for text in texts]


def _start(desk: Desk) -> int:
    """Create an inquiry with a title and four questions, as both colleagues first see it."""
    inquiry = desk.create("NW", "kleine-anfrage", title="Radwege im Kreis")
    inquiry.questions = _questions("Wie viele?", "Wo?", "Seit wann?", "Mit welchem Geld?")
    desk.save(inquiry)
    return inquiry.id


def _colleague_saves(where: str, inquiry_id: int, change) -> None:
    with InquiryStore(where, author="bernd") as colleague:
        theirs = colleague.get(inquiry_id)
        change(theirs)
        colleague.save(theirs, expected=colleague.seen_version(inquiry_id))


def _their_change(inquiry) -> None:
    inquiry.title = paragraph("Radwege und Brücken im Kreis")
    inquiry.questions[3] = Question([paragraph("Aus welchem Haushaltstitel?")])
    inquiry.dates.submitted = date(2025, 4, 3)


def _my_edit(desk: Desk, inquiry_id: int):
    mine = desk.get(inquiry_id)
    mine.questions[1] = Question([paragraph("An welchen Straßen?")])
    mine.questions[3] = Question([paragraph("Aus welchen Mitteln des Landes?")])
    mine.questions.append(Question([paragraph("Wer entscheidet?")]))
    return mine


def _refused(desk: Desk, where: str, inquiry_id: int, change):
    """Let her edit while he saves `change`; return the conflict her refused save opens."""
    mine = _my_edit(desk, inquiry_id)
    _colleague_saves(where, inquiry_id, change)
    with pytest.raises(StaleInquiry):
        desk.save_edit(mine)
    return desk.conflict(mine)


def test_a_refused_save_shows_each_difference_and_who_changed_it(where):
    desk = Desk(where, author="anna")
    try:
        inquiry_id = _start(desk)
        conflict = _refused(desk, where, inquiry_id, _their_change)
        rows = {row.label: row for row in conflict.rows}
        # Question 4 (both changed it) and 5 (only hers) touch: one run of the merge.
        assert set(rows) == {"Titel", "Frage 2", "Fragen 4–5", "Eingereicht am"}
        assert (rows["Titel"].mine, rows["Titel"].theirs) == (
            "Radwege im Kreis",
            "Radwege und Brücken im Kreis",
        )
        assert rows["Titel"].changed == "theirs"
        assert rows["Frage 2"].changed == "mine" and rows["Frage 2"].mine == "An welchen Straßen?"
        assert rows["Fragen 4–5"].changed == "both"
        assert rows["Fragen 4–5"].may_take_both
        assert rows["Fragen 4–5"].theirs == "Aus welchem Haushaltstitel?"
        assert rows["Eingereicht am"].theirs == "03.04.2025" and rows["Eingereicht am"].mine == "–"
        assert "bernd" in conflict.sentence
    finally:
        desk.close()


def test_the_merge_keeps_both_changes_and_the_chosen_side_where_both_changed(where):
    desk = Desk(where, author="anna")
    try:
        inquiry_id = _start(desk)
        conflict = _refused(desk, where, inquiry_id, _their_change)
        choices = conflict.defaults()
        both = next(i for i, row in enumerate(conflict.rows) if row.label == "Fragen 4–5")
        choices[both] = "both"
        desk.resolve(conflict, choices)
        stored = desk.get(inquiry_id)
        assert stored.title == paragraph("Radwege und Brücken im Kreis")  # his title
        assert stored.dates.submitted == date(2025, 4, 3)  # his date
        assert [q.text[0].inlines[0].text for q in stored.questions] == [
            "Wie viele?",
            "An welchen Straßen?",  # hers
            "Seit wann?",
            "Aus welchen Mitteln des Landes?",  # both: hers first,
            "Wer entscheidet?",
            "Aus welchem Haushaltstitel?",  # then his
        ]
        assert desk.journal().pending() == []
        # The next edit is based on the merged version: no conflict any more.
        stored.notes = "weiter"
        desk.save_edit(stored)
        assert desk.get(inquiry_id).notes == "weiter"
    finally:
        desk.close()


def test_keep_mine_and_take_theirs(where):
    desk = Desk(where, author="anna")
    try:
        inquiry_id = _start(desk)
        conflict = _refused(desk, where, inquiry_id, _their_change)
        theirs_revisions = len(desk.revisions(inquiry_id))
        desk.resolve(conflict, conflict.all("theirs"))
        assert desk.get(inquiry_id).title == paragraph("Radwege und Brücken im Kreis")
        assert len(desk.revisions(inquiry_id)) == theirs_revisions  # nothing new written
        assert desk.journal().pending() == []

        conflict = _refused(desk, where, inquiry_id, lambda q: setattr(q, "notes", "von bernd"))
        desk.resolve(conflict, conflict.all("mine"))
        stored = desk.get(inquiry_id)
        assert stored.notes == ""  # hers everywhere, his note too is replaced
        assert len(stored.questions) == 5
        # His version is not lost: it is the revision before.
        assert [entry.author for entry in desk.revisions(inquiry_id)[:2]] == ["anna", "bernd"]
    finally:
        desk.close()


def test_a_third_save_meanwhile_makes_the_resolution_stale_and_keeps_it(where):
    desk = Desk(where, author="anna")
    try:
        inquiry_id = _start(desk)
        conflict = _refused(desk, where, inquiry_id, _their_change)
        _colleague_saves(where, inquiry_id, lambda q: setattr(q, "lead_in", "Ich frage:"))
        with pytest.raises(StaleInquiry):
            desk.resolve(conflict, conflict.defaults())
        (kept,) = desk.journal().pending()
        assert len(kept.inquiry.questions) == 5  # the merge waits, as it was chosen
        again = desk.conflict(kept.inquiry)
        assert [row.label for row in again.rows if row.changed == "theirs"] == ["Einleitungssatz"]
    finally:
        desk.close()


def test_a_kept_conflict_is_offered_at_the_next_start(where):
    desk = Desk(where, author="anna")
    inquiry_id = _start(desk)
    mine = _my_edit(desk, inquiry_id)
    _colleague_saves(where, inquiry_id, _their_change)
    with pytest.raises(StaleInquiry):
        desk.save_edit(mine)
    desk.close()
    again = Desk(where, author="anna")
    try:
        replay = again.replay_journal()
        assert replay.conflicts == [inquiry_id] and replay.saved == []
        conflict = again.kept_conflict(inquiry_id)
        assert conflict is not None
        # The journal kept the version it was based on: who changed what is still known.
        assert {row.label: row.changed for row in conflict.rows}["Titel"] == "theirs"
        again.resolve(conflict, conflict.defaults())
        assert again.journal().pending() == []
        assert again.replay_journal().conflicts == []
    finally:
        again.close()


def test_a_footnote_the_merged_text_points_to_is_kept(where):
    from desk_app.model import Footnote, FootnoteRef, Paragraph, Run

    desk = Desk(where, author="anna")
    try:
        inquiry_id = _start(desk)
        noted = desk.get(inquiry_id)
        noted.questions[0] = Question([Paragraph([Run("Wie viele?"), FootnoteRef("f1")])])
        noted.footnotes = {"f1": Footnote("f1", [paragraph("Drs. 17/100")])}
        desk.save(noted)
        mine = desk.get(inquiry_id)
        del mine.questions[0]  # her question goes, and its note with it
        mine.footnotes = {}

        def reworded(theirs) -> None:
            theirs.questions[0] = Question(
                [Paragraph([Run("Wie viele genau?"), FootnoteRef("f1")])]
            )

        _colleague_saves(where, inquiry_id, reworded)
        with pytest.raises(StaleInquiry):
            desk.save_edit(mine)
        conflict = desk.conflict(mine)
        choices = ["theirs" if row.label.startswith("Frage") else "mine" for row in conflict.rows]
        merged = conflict.merged(choices)
        assert merged.questions[0].text[0].inlines[-1] == FootnoteRef("f1")
        assert merged.footnotes["f1"].text == [paragraph("Drs. 17/100")]
    finally:
        desk.close()


def test_a_decision_put_off_survives_a_later_save_of_the_same_inquiry(where):
    desk = Desk(where, author="anna")
    try:
        inquiry_id = _start(desk)
        _refused(desk, where, inquiry_id, _their_change)  # she puts the decision off
        again = desk.get(inquiry_id)  # and opens the inquiry anew, as his version
        again.notes = "etwas anderes"
        desk.save_edit(again)
        (kept,) = desk.journal().pending()
        assert len(kept.inquiry.questions) == 5  # her edit still waits
        assert desk.waiting_conflicts() == [inquiry_id]
        conflict = desk.kept_conflict(inquiry_id)
        assert conflict is not None
        desk.resolve(conflict, conflict.defaults())
        assert desk.journal().pending() == [] and desk.waiting_conflicts() == []
    finally:
        desk.close()
