"""Extreme and contradictory values: one German sentence each, and the store stays as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk_app.service import Desk
from tests.faults.hostile_cli import Cli, seeded_cli

LONG_NAME = "a" * 300
LONG_PATH = "/".join(["verzeichnis"] * 400)  # ~4,800 bytes, every name short


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """Return the CLI on a store with the seed inquiry as 1."""
    return seeded_cli(tmp_path)


EXTREMES = {
    "year 9999 in set": (("set", "1", "dates.submitted", "9999-12-31"), "1946 bis 2100"),
    "year 0001 in set": (("set", "1", "dates.answered", "01.01.0001"), "1946 bis 2100"),
    "year 9999 in due": (
        ("due", "--parliament", "NW", "--kind", "kleine-anfrage", "--from", "9999-12-30"),
        "1946 bis 2100",
    ),
    "huge Wahlperiode": (("set", "1", "term", "99999999999999999999999"), "Wahlperiode"),
    "Wahlperiode 0": (("set", "1", "term", "0"), "Wahlperiode"),
    "huge id": (("show", "99999999999999999999999"), "9223372036854775807"),
    "negative id": (("set", "-1", "title", "x"), "ganze Zahl"),
    "huge answer id": (("import", "x.md", "--answer-to", "9" * 30), "ganze Zahl"),
    "long file name to import": (("import", f"{LONG_NAME}.md"), "zu lang"),
    "long file name to export": (
        ("export", "1", "--format", "md", "-o", f"{LONG_NAME}.md"),
        "zu lang",
    ),
    "long path to export": (("export", "1", "--format", "md", "-o", f"{LONG_PATH}.md"), "zu lang"),
    "long store path": (("--db", f"{LONG_NAME}.sqlite3", "list"), "zu lang"),
}


@pytest.mark.parametrize("case", sorted(EXTREMES))
def test_an_extreme_value_gets_a_sentence_and_changes_nothing(cli: Cli, tmp_path: Path, case):
    args, phrase = EXTREMES[case]
    before = cli.state()
    assert phrase in cli.refused(*args)
    assert cli.state() == before
    assert not cli.crash_logs()
    assert not list(tmp_path.rglob("*.md"))  # no export was half-written anywhere


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("drucksache", "-5/-3"),
        ("drucksache", "99999999999999999999999/1"),
        ("drucksache", "17/0"),
        ("drucksache", "0/17"),
        ("drucksache", "siebzehn"),
        ("dates.answer_drucksache", "17/-1"),
        ("number", "-1"),
        ("number", "0"),
        ("number", "12345678901234567890"),
    ],
)
def test_implausible_numbers_are_refused(cli: Cli, field: str, value: str):
    before = cli.state()
    sentence = cli.refused("set", "1", field, "--", value)  # "--": a value may start with -
    assert value in sentence
    assert cli.state() == before


@pytest.mark.parametrize(
    ("parliament", "drucksache"), [("NW", "17/1"), ("NW", "17 / 8765"), ("BE", "18/1 234")]
)
def test_the_parliaments_form_of_a_drucksache_is_accepted(
    tmp_path: Path, parliament: str, drucksache: str
):
    cli = seeded_cli(tmp_path)
    created = cli.ok("new", "--parliament", parliament).strip()
    cli.ok("set", created, "drucksache", drucksache)
    assert json.loads(cli.ok("show", created, "--json"))["drucksache"] == drucksache


def test_an_answer_before_its_submission_is_refused(cli: Cli):
    cli.ok("set", "1", "dates.submitted", "2020-05-01")
    before = cli.state()
    sentence = cli.refused("set", "1", "dates.answered", "2020-04-01")
    assert "Einreichung (01.05.2020)" in sentence and "Antwort (01.04.2020)" in sentence
    assert cli.state() == before
    assert json.loads(cli.ok("show", "1", "--json"))["status"] != "answered"


def test_an_imported_file_with_contradictory_dates_warns(cli: Cli, tmp_path: Path):
    cli.ok("set", "1", "dates.submitted", "2020-05-01")
    cli.ok("set", "1", "dates.answered", "2020-06-01")
    exported = tmp_path / "export.md"
    cli.ok("export", "1", "--format", "md", "-o", str(exported))
    text = exported.read_text(encoding="utf-8")
    assert "2020-06-01" in text
    exported.write_text(text.replace("2020-06-01", "2020-04-01"), encoding="utf-8")
    # The same paper again, on purpose: --force, as the duplicate rule asks.
    done = cli.run("import", str(exported), "--force")
    assert done.returncode == 0, done.stderr
    assert "Die Einreichung (01.05.2020) liegt nach der Antwort (01.04.2020)." in done.stderr


def test_the_service_returns_the_warning_for_the_window(tmp_path: Path):
    from datetime import date

    desk = Desk(tmp_path / "desk.sqlite3")
    try:
        inquiry = desk.create("NW")
        assert desk.save(inquiry) == []
        inquiry.dates.submitted, inquiry.dates.answered = date(2020, 5, 1), date(2020, 4, 1)
        warnings = desk.save(inquiry)  # saved all the same: nothing typed is lost
        assert warnings == ["Die Einreichung (01.05.2020) liegt nach der Antwort (01.04.2020)."]
        assert desk.get(inquiry.id or 0).dates.answered == date(2020, 4, 1)
    finally:
        desk.close()


def _seed_file(cli: Cli, tmp_path: Path, old: str, new: str) -> Path:
    """Export the seed as Markdown with one piece of its front matter replaced."""
    exported = tmp_path / "export.md"
    cli.ok("export", "1", "--format", "md", "-o", str(exported))
    text = exported.read_text(encoding="utf-8")
    assert old in text
    changed = tmp_path / "geaendert.md"
    changed.write_text(text.replace(old, new, 1), encoding="utf-8")
    return changed


def test_an_imported_number_too_large_to_store_is_refused(cli: Cli, tmp_path: Path):
    path = _seed_file(cli, tmp_path, "term: 17", "term: 99999999999999999999999")
    before = cli.state()
    assert "zu groß" in cli.refused("import", str(path), "--force")
    assert cli.state() == before
    assert not cli.crash_logs()


@pytest.mark.parametrize(
    ("old", "new", "warning"),
    [
        ("drucksache: null", 'drucksache: "-5/-3"', "„-5/-3“ ist keine Drucksachennummer"),
        ('"issued": "2020-02-19"', '"issued": "2020-02-19", "submitted": "9999-12-31"', "9999"),
    ],
)
def test_an_imported_implausible_value_is_reported(
    cli: Cli, tmp_path: Path, old: str, new: str, warning: str
):
    # A changed copy of the stored seed: --force, as the duplicate rule asks.
    done = cli.run("import", str(_seed_file(cli, tmp_path, old, new)), "--force")
    assert done.returncode == 0, done.stderr
    assert warning in done.stderr and "interner Fehler" not in done.stderr
    assert not cli.crash_logs()
