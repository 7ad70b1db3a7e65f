"""What reaches the terminal: no control characters, a quiet end at a closed pipe, honest counts."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from desk_app.service import Desk
from tests.faults.hostile_cli import TIMEOUT, Cli, seeded_cli

HOSTILE_TITLE = "Titel\x1b]0;übernommen\x07\x1b[31mrot\x1b[0m\rweg\x9b2J Ende"
RAW = ("\x1b", "\x07", "\r", "\x9b")


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """Return the CLI on a store with the seed inquiry as 1."""
    return seeded_cli(tmp_path)


def _raw_controls(text: str) -> list[str]:
    return [char for char in RAW if char in text]


def test_control_characters_in_a_title_never_reach_the_terminal(cli: Cli):
    cli.ok("set", "1", "title", HOSTILE_TITLE)
    for verb in (("list",), ("search", "Titel"), ("show", "1"), ("deadlines",)):
        done = cli.run(*verb)
        assert done.returncode == 0, done.stderr
        assert _raw_controls(done.stdout + done.stderr) == [], verb
    assert "\\u001b]0;" in cli.ok("list")
    # JSON stays JSON, and reads back to the very title that was set.
    for verb in (("list", "--json"), ("show", "1", "--json")):
        out = cli.ok(*verb)
        assert _raw_controls(out) == []
        shown = json.loads(out)
        title = shown[0]["title"] if isinstance(shown, list) else shown["title"]
        assert "Titel\x1b]0;übernommen\x07\x1b[31mrot" in title and "\x9b2J Ende" in title


def test_control_characters_in_a_file_name_never_reach_the_terminal(cli: Cli, tmp_path: Path):
    name = tmp_path / "brief\x1b]0;x\x07\r.md"
    done = cli.run("import", str(name))
    assert done.returncode == 2
    assert _raw_controls(done.stderr) == [] and "\\u001b" in done.stderr
    assert done.stderr.count("\n") == 1 and "interner Fehler" not in done.stderr


def test_a_closed_pipe_ends_quietly(tmp_path: Path):
    cli = seeded_cli(tmp_path, extra=400)  # far more output than a pipe holds
    for verb in (("list", "--json"), ("search", "Zusatzanfrage", "--all", "--json")):
        with subprocess.Popen(
            cli.command(*verb),
            env=cli.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as process:
            assert process.stdout is not None and process.stderr is not None
            assert process.stdout.read(10)
            process.stdout.close()  # what `| head -c 10` does
            status = process.wait(timeout=TIMEOUT)
            stderr = process.stderr.read().decode()
        assert status == 141, stderr  # what a shell reports after SIGPIPE (128 + 13)
        assert stderr == ""
    assert not cli.crash_logs()


def test_search_says_how_many_matches_it_left_out(tmp_path: Path):
    cli = seeded_cli(tmp_path, extra=61)
    done = cli.run("search", "Zusatzanfrage")
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 50
    assert done.stderr == "50 von 61 Treffern; --limit N oder --all zeigt mehr.\n"
    done = cli.run("search", "Zusatzanfrage", "--limit", "5", "--json")
    assert len(json.loads(done.stdout)) == 5
    assert done.stderr.startswith("5 von 61 Treffern")
    done = cli.run("search", "Zusatzanfrage", "--all")
    assert len(done.stdout.splitlines()) == 61 and done.stderr == ""
    assert "ganze Zahl" in cli.refused("search", "Zusatzanfrage", "--limit", "0")


def test_search_with_few_matches_prints_no_count(cli: Cli):
    done = cli.run("search", "Subsidiarität")
    assert done.returncode == 0 and done.stderr == ""
    assert len(done.stdout.splitlines()) == 1


def test_the_desk_counts_what_search_finds(tmp_path: Path):
    desk = Desk(tmp_path / "desk.sqlite3")
    try:
        for number in range(3):
            desk.create("NW", title=f"Haushalt {number}")
        assert desk.count_search("Haushalt") == 3
        assert desk.count_search("!!!") == 0
    finally:
        desk.close()
