"""Every field `desk set` knows is editable in the window, named as the parliament names it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt

from desk_app.model.fields import SETTABLE_FIELDS

# Fields the editor (not the tracking pane) edits, and dates the pane shows as date fields.
EDITOR_FIELDS = {"title", "faction", "lead_in"}


def _open_new(
    session, parliament: str = "NW", kind: str = "kleine-anfrage", title: str = "Radwege"
):
    window = session.window
    inquiry = window.ops.create(parliament, kind, title=title)
    assert inquiry.id is not None
    window.open_inquiry(inquiry.id)
    window.right_tabs.setCurrentIndex(1)  # "Verfolgung"
    return window, inquiry.id


def test_number_and_term_typed_in_the_pane_are_stored_and_printed(session, qtbot):
    window, inquiry_id = _open_new(session)
    pane = window.tracking
    assert pane.number_label.text() == "Kleine Anfrage Nr."  # the kind's own name
    pane.term.setFocus()
    pane.term.lineEdit().selectAll()
    qtbot.keyClicks(pane.term, "18")
    qtbot.keyClicks(pane.number, "5441x")  # the letter is refused as `desk set` refuses it
    assert pane.number.text() == "5441"
    window.autosave.flush()
    stored = window.ops.get(inquiry_id)
    assert (stored.term, stored.number) == (18, "5441")
    # The printed head now carries the running number: what was missing before.
    from desk_app.service import markdown_text

    assert "5441" in markdown_text(stored)


def test_a_kind_that_prints_no_number_says_so(session):
    window, _ = _open_new(session, "BT", "kleine-anfrage")
    pane = window.tracking
    assert pane.number_label.text() == "Kleine Anfrage Nr."
    assert "keine eigene Nummer" in pane.number.toolTip()


def test_office_notes_are_edited_in_the_pane(session, qtbot):
    window, inquiry_id = _open_new(session)
    qtbot.keyClicks(window.tracking.notes, "Rueckruf Ministerium")
    window.autosave.flush()
    assert window.ops.get(inquiry_id).notes == "Rueckruf Ministerium"


def test_every_settable_field_has_a_widget_in_the_window(session):
    window, _ = _open_new(session)
    pane, editor = window.tracking, window.editor
    widgets = {
        "term": pane.term,
        "number": pane.number,
        "drucksache": pane.drucksache,
        "lead_ministry": pane.lead_ministry,
        "notes": pane.notes,
        "withdrawn": pane.withdrawn,
        "dates.answer_drucksache": pane.answer_drucksache,
        "dates.answer_issued": pane.answer_issued,
        "dates.due_override": pane.due_override,
        "dates.untracked": pane.untracked,
        "title": editor.title_edit,
        "lead_in": editor.lead_in_edit,
        "faction": editor.originators.faction,
        "originator_intro": editor.originators.intro,
    }
    widgets.update({f"dates.{name}": field for name, field in pane.dates.items()})
    missing = [name for name in SETTABLE_FIELDS if name not in widgets]
    assert missing == []
    assert all(widget.isEnabled() for widget in widgets.values())


def _click_box(qtbot, box) -> None:
    """Click a check box on its box, as a user does (its middle may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def test_an_untracked_inquiry_stops_counting_as_overdue(session, qtbot):
    window = session.window
    ops = window.ops
    late = ops.create("NW", "kleine-anfrage", title="Alte Anfrage von 2020")
    late.dates.submitted = ops.today() - timedelta(days=400)
    late.dates.forwarded = ops.today() - timedelta(days=399)
    ops.save(late)
    assert late.id is not None
    window._update_status()
    assert window.count_label.text().endswith("1 überfällig · 0 diese Woche")
    window.open_inquiry(late.id)
    window.right_tabs.setCurrentIndex(1)
    window.tracking.scroll_area.ensureWidgetVisible(window.tracking.untracked)
    _click_box(qtbot, window.tracking.untracked)
    window.autosave.flush()
    stored = ops.get(late.id)
    assert stored.dates.untracked == ops.today()
    assert window.tracking.untracked.text().startswith("Nicht mehr verfolgt seit ")
    assert window.count_label.text().endswith("0 überfällig · 0 diese Woche")
    assert window.dashboard.groups().overdue_total == 0
    # Unticked, it counts again.
    _click_box(qtbot, window.tracking.untracked)
    window.autosave.flush()
    assert ops.get(late.id).dates.untracked is None
    assert window.dashboard.groups().overdue_total == 1


def test_a_bad_date_says_what_is_wrong_under_the_field(session, qtbot):
    window, _ = _open_new(session)
    field = window.tracking.dates["submitted"]
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "31.04.2025")
    assert field.message.isVisible()
    assert field.message.text() == "Den 31.04.2025 gibt es nicht im Kalender."
    field.edit.clear()
    qtbot.keyClicks(field.edit, "30.04.2025")
    assert not field.message.isVisible()
    assert field.date() == date(2025, 4, 30)


def test_the_drafting_and_reprint_dates_are_edited_in_the_pane(session, qtbot):
    window, inquiry_id = _open_new(session)
    pane = window.tracking
    drafted = pane.dates["drafted"]
    assert drafted.edit.text() == window.ops.today().strftime("%d.%m.%Y")  # set at creation
    drafted.edit.clear()
    qtbot.keyClicks(drafted.edit, "02.04.2025")
    qtbot.keyClicks(pane.dates["reprinted"].edit, "05.05.2025")
    window.autosave.flush()
    stored = window.ops.get(inquiry_id).dates
    assert (stored.drafted, stored.reprinted) == (date(2025, 4, 2), date(2025, 5, 5))
