"""The three-way merge of two edits: who changed what, and what each choice makes of it."""

from __future__ import annotations

from datetime import date

from desk_app.model import Footnote, FootnoteRef, Inquiry, Paragraph, Run, encode, paragraph
from desk_app.model.merge import Merge


def _inquiry(*paragraphs: str) -> Inquiry:
    return Inquiry("NW", "kleine-anfrage", id=1, preamble=[paragraph(p) for p in paragraphs])


def test_a_paragraph_each_side_changed_is_merged_without_asking():
    base = _inquiry("Eins.", "Zwei.", "Drei.")
    mine = _inquiry("Eins!", "Zwei.", "Drei.")
    theirs = _inquiry("Eins.", "Zwei.", "Drei!")
    merge = Merge(encode(base), encode(mine), encode(theirs))
    assert [(part.position, part.changed) for part in merge.parts] == [(0, "mine"), (2, "theirs")]
    assert merge.conflicts == []
    assert (
        merge.result(merge.defaults())["preamble"]
        == encode(_inquiry("Eins!", "Zwei.", "Drei!"))["preamble"]
    )


def test_the_same_paragraph_changed_twice_waits_for_a_choice():
    base, mine, theirs = _inquiry("Eins."), _inquiry("Eins, sagt sie."), _inquiry("Eins, sagt er.")
    merge = Merge(encode(base), encode(mine), encode(theirs))
    (part,) = merge.conflicts
    assert part.run and part.default == "mine"
    texts = {
        choice: [p["inlines"][0]["t"] for p in merge.result([choice])["preamble"]]
        for choice in ("mine", "theirs", "both")
    }
    assert texts == {
        "mine": ["Eins, sagt sie."],
        "theirs": ["Eins, sagt er."],
        "both": ["Eins, sagt sie.", "Eins, sagt er."],
    }


def test_the_same_change_on_both_sides_is_no_difference():
    base, mine = _inquiry("Eins."), _inquiry("Eins!")
    merge = Merge(encode(base), encode(mine), encode(_inquiry("Eins!")))
    assert merge.parts == []


def test_footnotes_merge_by_id_and_a_removed_one_stays_removed():
    def with_notes(*notes: tuple[str, str]) -> Inquiry:
        inquiry = _inquiry()
        refs = [FootnoteRef(note_id) for note_id, _text in notes]
        inquiry.preamble = [Paragraph([Run("Text"), *refs])]
        inquiry.footnotes = {
            note_id: Footnote(note_id, [paragraph(text)]) for note_id, text in notes
        }
        return inquiry

    base = with_notes(("f1", "Quelle A"), ("f2", "Quelle B"))
    mine = with_notes(("f1", "Quelle A, S. 3"), ("f2", "Quelle B"))
    theirs = with_notes(("f1", "Quelle A"))  # he removed f2
    merge = Merge(encode(base), encode(mine), encode(theirs))
    notes = {part.key: part.changed for part in merge.parts if part.field == "footnotes"}
    assert notes == {"f1": "mine", "f2": "theirs"}
    merged = merge.result(merge.defaults())
    assert [note["id"] for note in merged["footnotes"]] == ["f1"]
    assert merged["footnotes"][0]["text"][0]["inlines"][0]["t"] == "Quelle A, S. 3"


def test_without_the_base_every_difference_is_a_choice():
    mine, theirs = _inquiry("Eins.", "Zwei!"), _inquiry("Eins.", "Zwei?")
    mine.notes = "ihre"
    merge = Merge(None, encode(mine), encode(theirs))
    assert {(part.field, part.changed) for part in merge.parts} == {
        ("preamble", "both"),
        ("notes", "both"),
    }
    assert merge.result(merge.defaults()) == encode(mine)
    assert merge.result(["theirs"] * len(merge.parts)) == encode(theirs)


def test_dates_merge_one_by_one():
    base, mine, theirs = _inquiry(), _inquiry(), _inquiry()
    mine.dates.submitted = date(2025, 4, 3)
    theirs.dates.forwarded = date(2025, 4, 7)
    merge = Merge(encode(base), encode(mine), encode(theirs))
    assert {(part.key, part.changed) for part in merge.parts} == {
        ("submitted", "mine"),
        ("forwarded", "theirs"),
    }
    dates = merge.result(merge.defaults())["dates"]
    assert (dates["submitted"], dates["forwarded"]) == ("2025-04-03", "2025-04-07")


def test_a_key_one_side_does_not_write_stays_out_of_the_result():
    from desk_app.model import decode

    base, mine, theirs = _inquiry(), _inquiry(), _inquiry()
    base.originator_intro = theirs.originator_intro = "der Abgeordneten"
    theirs.notes = "von bernd"  # she cleared the intro (not written), he changed the notes
    merge = Merge(encode(base), encode(mine), encode(theirs))
    for choices in (merge.defaults(), ["mine"] * len(merge.parts), ["theirs"] * len(merge.parts)):
        decode(merge.result(choices))  # readable whatever is chosen
    assert decode(merge.result(merge.defaults())).originator_intro == ""
    assert decode(merge.result(["theirs"] * len(merge.parts))).originator_intro == (
        "der Abgeordneten"
    )
