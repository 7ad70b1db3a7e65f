"""A user's error through the service reads in English when English is set, German by default."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.model import DeskError
from desk_app.service import Desk


def _not_a_database(tmp_path: Path) -> Path:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Einkaufsliste, keine Datenbank\n", encoding="utf-8")
    return path


def _open_error(path: Path) -> str:
    desk = Desk(path)
    try:
        with pytest.raises(DeskError) as caught:
            desk.open()
    finally:
        desk.close()
    return str(caught.value)


def _bad_date_error(tmp_path: Path) -> str:
    desk = Desk(tmp_path / "desk.sqlite3")
    try:
        inquiry = desk.create("BT")
        assert inquiry.id is not None
        with pytest.raises(DeskError) as caught:
            desk.set_field(inquiry.id, "dates.submitted", "31.02.2020")
    finally:
        desk.close()
    return str(caught.value)


@pytest.mark.usefixtures("english")
def test_a_file_that_is_no_database_is_refused_in_english(tmp_path: Path) -> None:
    path = _not_a_database(tmp_path)
    assert _open_error(path) == f"{path} is not an Anfragen-Desk database (not an SQLite file)."


@pytest.mark.usefixtures("english")
def test_a_date_missing_from_the_calendar_is_refused_in_english(tmp_path: Path) -> None:
    assert _bad_date_error(tmp_path) == "There is no 31.02.2020 in the calendar."


def test_the_same_errors_read_in_german_by_default(tmp_path: Path) -> None:
    path = _not_a_database(tmp_path)
    assert _open_error(path) == f"{path} ist keine Anfragen-Desk-Datenbank (keine SQLite-Datei)."
    assert _bad_date_error(tmp_path) == "Den 31.02.2020 gibt es nicht im Kalender."
