"""The verbs of `desk` as a script uses them: ids on stdout, state in the store.

Each runs on a SQLite file and on a database of the throwaway server (`--db postgresql://…`).
"""

from __future__ import annotations

import pytest

from tests.cli.conftest import SEED, Desk


@pytest.fixture(params=["sqlite", "postgresql"])
def desk(request, tmp_path, capsys) -> Desk:
    """Return a `desk` runner on a fresh store of each kind."""
    if request.param == "sqlite":
        return Desk(tmp_path / "test.sqlite3", capsys)
    return Desk(request.getfixturevalue("pg_url"), capsys)


def test_new_prints_an_id_and_prefills_the_template(desk):
    created = desk("new", "--parliament", "NW", "--kind", "kleine-anfrage", "--title", "Radwege?")
    assert created.status == 0, created.err
    data = desk("show", created.out.strip(), "--json").json()
    assert data["parliament"] == "NW"
    assert data["title"] == "Radwege?"
    assert data["lead_in"].endswith("die Landesregierung:")
    assert data["status"] == "draft"


def test_new_dates_the_draft_and_takes_the_parliaments_usual_kind(desk):
    created = desk("new", "--parliament", "BY")
    assert created.status == 0, created.err
    data = desk("show", created.out.strip(), "--json").json()
    assert data["kind"] == "kleine-anfrage"
    assert data["dates"]["drafted"] is not None  # as the window dates a new draft


def test_set_then_show_and_list(desk, seed_id):
    assert desk("set", str(seed_id), "drucksache", "17/8765").status == 0
    assert desk("set", str(seed_id), "dates.submitted", "19.02.2020").status == 0
    data = desk("show", str(seed_id), "--json").json()
    assert data["drucksache"] == "17/8765"
    assert data["dates"]["submitted"] == "2020-02-19"
    listed = desk("list", "--json").json()
    assert [(row["id"], row["drucksache"]) for row in listed] == [(seed_id, "17/8765")]


def test_search_finds_words_from_preamble_and_footnotes(desk, seed_id):
    assert [r["id"] for r in desk("search", "subsidiarität", "--json").json()] == [seed_id]
    assert [r["id"] for r in desk("search", "diakonie", "--json").json()] == [seed_id]
    assert desk("search", "Asyl-Verfahren", "--json").json() == []
    assert desk("search", '"(AND', "--json").status == 0


def test_export_markdown_round_trips_through_import(desk, seed_id, tmp_path):
    target = tmp_path / "seed.md"
    exported = desk("export", str(seed_id), "--format", "md", "-o", str(target))
    assert exported.status == 0, exported.err
    again = desk("import", str(target), "--force")  # the same paper again, on purpose
    assert again.status == 0, again.err
    first = desk("show", str(seed_id), "--json").json()
    second = desk("show", again.out.strip(), "--json").json()
    first.pop("id")
    second.pop("id")
    assert first == second


def test_import_reports_what_it_recognised_on_stderr(desk):
    result = desk("import", str(SEED))
    assert result.status == 0
    assert result.out.strip().isdigit()
    assert "Nordrhein-Westfalen" in result.err


def test_no_verb_means_the_window():
    from pathlib import Path

    from desk_app.cli.parser import wants_gui

    assert wants_gui([]) == (True, None)
    assert wants_gui(["--db", "x.sqlite3"]) == (True, Path("x.sqlite3"))
    assert wants_gui(["--db=x.sqlite3"]) == (True, Path("x.sqlite3"))
    assert wants_gui(["--db", "x", "list"])[0] is False
    assert wants_gui(["--help"])[0] is False
