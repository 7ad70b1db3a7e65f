"""The command line speaks the language asked for: `desk --lang`, else LANGUAGE/LC_MESSAGES/LANG."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.i18n import language_from_environment
from tests.i18n.german import german_words

# Names that stay German in English: the institution, its rules and the laws cited.
INSTITUTIONS = ("Landtag Nordrhein-Westfalen", "Nordrhein-Westfalen", "Drucksache", "Drs.")
NW_DUE = ["due", "--parliament", "NW", "--kind", "kleine-anfrage", "--from", "2025-04-03"]


def _desk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `desk` as its own process, as a user's shell would."""
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *args],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )


def test_lang_en_explains_the_deadline_in_english() -> None:
    done = _desk("--lang", "en", *NW_DUE, "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    # Thursday 03.04.2025 + 4 weeks = Thursday 01.05.2025, a public holiday: Friday 02.05.
    assert result["due"] == "2025-05-02"
    steps = result["steps"]
    assert steps[0].startswith("Rule (Landtag Nordrhein-Westfalen, Minor interpellation)")
    assert "Start: forwarding on 03.04.2025 (Thu)" in steps
    assert steps[-1] == "Due date: 02.05.2025 (Fri)"
    for step in steps:
        assert german_words(step, INSTITUTIONS) == [], step


def test_lang_de_and_the_default_explain_in_german() -> None:
    german = _desk("--lang", "de", *NW_DUE)
    default = _desk(*NW_DUE)
    assert german.returncode == default.returncode == 0
    assert "Fristende: 02.05.2025 (Fr)" in german.stdout.splitlines()
    assert german.stdout == default.stdout  # the suite's LANGUAGE is de


def test_the_environment_chooses_when_no_option_is_given() -> None:
    english = _desk(*NW_DUE, env={"LANGUAGE": "en"})
    assert "Due date: 02.05.2025 (Fri)" in english.stdout.splitlines()
    # --lang wins over the environment.
    german = _desk("--lang", "de", *NW_DUE, env={"LANGUAGE": "en"})
    assert "Fristende: 02.05.2025 (Fr)" in german.stdout.splitlines()


def test_an_error_is_one_english_sentence(tmp_path: Path) -> None:
    done = _desk(
        "--lang",
        "en",
        "due",
        "--parliament",
        "XX",
        "--kind",
        "kleine-anfrage",
        "--from",
        "2025-04-03",
    )
    assert done.returncode == 2
    assert done.stderr.startswith("desk: ") and done.stderr.count("\n") == 1
    assert "XX" in done.stderr and german_words(done.stderr, ("Drucksache",)) == []
    assert "Traceback" not in done.stderr


def test_an_unknown_language_is_refused_with_the_choices() -> None:
    done = _desk("--lang", "fr", *NW_DUE)
    assert done.returncode == 2
    assert "--lang" in done.stderr and "de" in done.stderr and "en" in done.stderr


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "de"),
        ({"LANG": "C.UTF-8"}, "de"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "de"),
        ({"LANGUAGE": "fr:en", "LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "de_DE.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "de"),
    ],
)
def test_the_language_follows_gettexts_order(environ: dict[str, str], language: str) -> None:
    assert language_from_environment(environ) == language
