"""The seed inquiry goes through the editor's widgets and comes back unchanged."""

from __future__ import annotations

from desk_app.model import canonical, footnote_numbers


def test_seed_round_trips_exactly(editor, seed):
    assert canonical(editor.inquiry()) == canonical(seed)


def test_inquiry_is_a_new_object_keeping_unshown_fields(editor, seed):
    result = editor.inquiry()
    assert result is not seed
    assert result.dates == seed.dates
    assert result.number == seed.number
    assert result.term == seed.term


def test_panel_lists_seed_notes_in_order(editor, seed):
    shown = editor.footnote_panel().shown_notes()
    assert [number for number, _ in shown] == ["1", "2", "3"]
    assert shown[0][1] == seed.footnotes["1"].text[0].inlines[0].text
    assert footnote_numbers(editor.inquiry()) == footnote_numbers(seed)


def test_load_emits_nothing_and_clears_history(qtbot, editor, seed, parliament):
    with qtbot.assertNotEmitted(editor.edited):
        editor.load(seed, parliament)
    assert editor.undo_stack().count() == 0
