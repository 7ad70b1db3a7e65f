"""The calendar of all open inquiries names an inquiry whose stored data is broken."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desk_app.cli import main
from desk_app.model import Inquiry, paragraph
from desk_app.service import Desk


def test_a_broken_row_is_named_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "desk.sqlite3"
    desk = Desk(db)
    ids = []
    for title in ("Heil", "Kaputt"):
        inquiry = Inquiry("NW", "kleine-anfrage", title=paragraph(title))
        inquiry.dates.forwarded = date(2020, 2, 19)
        ids.append(desk.store.add(inquiry))
    desk.close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE inquiries SET data = '{kaputt' WHERE id = ?", (ids[1],))
    conn.close()
    target = tmp_path / "fristen.ics"
    assert (
        main(["--db", str(db), "export", "--all-open", "--format", "ics", "-o", str(target)]) == 2
    )
    assert f"Die gespeicherte Anfrage {ids[1]} ist beschädigt" in capsys.readouterr().err
    assert not target.exists()
