"""A server's address as the store: unreachable ones are one sentence, others are no file."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def _desk(tmp_path, args, environment):
    inherited = {key: value for key, value in os.environ.items() if key != "DESK_DB"}
    env = {**inherited, "QT_QPA_PLATFORM": "offscreen", **environment}
    return subprocess.run(
        [sys.executable, "-m", "desk_app", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("form", ["--db", "--db=", "DESK_DB"])
def test_a_server_that_is_not_there_is_one_sentence_and_no_file(tmp_path, form):
    url = f"postgresql:///anfragen?host={tmp_path / 'nirgends'}&user=staff"
    args, environment = {
        "--db": (["--db", url, "list"], {}),
        "--db=": ([f"--db={url}", "list"], {}),
        "DESK_DB": (["list"], {"DESK_DB": url}),
    }[form]
    done = _desk(tmp_path, args, environment)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert lines[0].startswith(f"desk: Der Datenbankserver {url} ist nicht erreichbar (")
    assert lines[0].endswith("); es wurde nichts geändert.")
    assert list(tmp_path.iterdir()) == []  # no folder "postgresql:", no file


def test_another_scheme_is_no_file_either(tmp_path):
    done = _desk(tmp_path, ["--db", "https://fraktion.example/anfragen", "list"], {})
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "desk: „https://fraktion.example/anfragen“ ist die Adresse eines Servers, aber keiner "
        "PostgreSQL-Datenbank; bitte einen Dateipfad oder postgresql://… angeben."
    )
    assert list(tmp_path.iterdir()) == []


def test_desk_db_names_the_server_for_every_verb(tmp_path, pg_url):
    created = _desk(
        tmp_path, ["new", "--parliament", "NW", "--title", "Radwege"], {"DESK_DB": pg_url}
    )
    assert created.returncode == 0, created.stderr
    listed = _desk(tmp_path, ["list"], {"DESK_DB": pg_url})
    assert "Radwege" in listed.stdout
    assert list(tmp_path.iterdir()) == []  # nothing was written here: it is on the server


def test_copy_and_backup_verbs(tmp_path, pg_url):
    file = tmp_path / "desk.sqlite3"
    assert _desk(tmp_path, ["--db", str(file), "new", "--parliament", "NW"], {}).returncode == 0
    copied = _desk(tmp_path, ["copy", "--from", str(file), "--to", pg_url], {})
    assert copied.returncode == 0, copied.stderr
    assert copied.stdout.startswith(
        "Kopiert und geprüft – Anfragen: 1, Fassungen: 1, im Papierkorb: 0, Quellen: 0 (Prüfsumme "
    )
    again = _desk(tmp_path, ["copy", "--from", str(file), "--to", pg_url], {})
    assert again.returncode == 2 and "leeren Speicher" in again.stderr
    folder = tmp_path / "sicher"
    backup = _desk(tmp_path, ["--db", pg_url, "backup", "--to", str(folder)], {})
    assert backup.returncode == 0, backup.stderr
    (made,) = folder.iterdir()
    assert backup.stdout.strip() == f"Sicherung geschrieben: {made}"
    listed = _desk(tmp_path, ["--db", str(made), "list", "--json"], {})
    assert listed.returncode == 0 and '"parliament": "NW"' in listed.stdout
