"""The verbs check, delete, restore-deleted and export --template, as users call them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.cli.conftest import SEED, Desk
from tests.word_template import word_template


def test_check_passes_the_seed_and_fails_an_empty_draft(desk: Desk, seed_id: int) -> None:
    seed = desk("check", str(seed_id))
    assert seed.status == 0
    assert seed.out.startswith("Hinweis: Fußnote 3 nennt dieselbe Quelle wie Fußnote 2")
    draft_id = desk("new", "--parliament", "NW", "--kind", "kleine-anfrage").out.strip()
    draft = desk("check", draft_id)
    assert draft.status == 1
    assert "Fehler: Die Anfrage hat keinen Titel." in draft.out.splitlines()
    findings = desk("check", draft_id, "--json").json()
    assert {
        "severity": "error",
        "message": "Die Unterschrift fehlt.",
        "location": ["signature"],
    } in (findings)


def test_check_exit_status_as_a_process(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite3"
    run = [sys.executable, "-m", "desk_app", "--db", str(db)]
    new = subprocess.run(
        [*run, "new", "--parliament", "BY", "--kind", "kleine-anfrage"],
        capture_output=True,
        text=True,
        check=True,
    )
    checked = subprocess.run([*run, "check", new.stdout.strip()], capture_output=True, text=True)
    assert checked.returncode == 1 and "Fehler:" in checked.stdout
    unknown = subprocess.run([*run, "check", "99"], capture_output=True, text=True)
    assert unknown.returncode == 2
    assert unknown.stderr == "desk: Keine Anfrage mit der Nummer 99.\n"


def test_delete_goes_to_the_trash_and_comes_back_whole(desk: Desk, seed_id: int) -> None:
    before = desk("show", str(seed_id), "--json").json()
    deleted = desk("delete", str(seed_id))
    assert deleted.status == 0 and "Papierkorb" in deleted.out
    assert desk("list", "--json").json() == []
    assert desk("show", str(seed_id)).status == 2
    [trashed] = desk("restore-deleted", "--json").json()
    assert (trashed["id"], trashed["number"]) == (seed_id, "3417")
    assert trashed["title"] == before["title"]
    assert desk("restore-deleted", str(seed_id)).out.strip() == str(seed_id)
    assert desk("show", str(seed_id), "--json").json() == before
    assert desk("restore-deleted").out.strip() == "Der Papierkorb ist leer."


def test_restoring_what_is_not_in_the_trash_is_one_sentence(desk: Desk) -> None:
    result = desk("restore-deleted", "7")
    assert result.status == 2
    assert result.err == "desk: Im Papierkorb liegt keine Anfrage mit der Nummer 7.\n"


def test_export_with_the_users_word_template(desk: Desk, seed_id: int, tmp_path: Path) -> None:
    template = word_template(tmp_path / "Fraktion.dotx")
    out = tmp_path / "anfrage.docx"
    result = desk(
        "export", str(seed_id), "--format", "docx", "--template", str(template), "-o", str(out)
    )
    assert result.status == 0, result.err
    with zipfile.ZipFile(out) as package:
        types = package.read("[Content_Types].xml").decode()
        styles = package.read("word/styles.xml").decode()
        body = package.read("word/document.xml").decode()
        notes = package.read("word/footnotes.xml").decode()
    assert "document.main+xml" in types and "template.main+xml" not in types
    assert 'w:ascii="Georgia"' in styles
    assert "strategischen Neuausrichtung" in body
    assert notes.count("<w:footnote ") >= 5  # the seed's notes are real Word footnotes
    with zipfile.ZipFile(out) as package:
        headers = "".join(
            package.read(name).decode() for name in package.namelist() if "header" in name
        )
    assert "Fraktion im Landtag – Entwurf" in headers  # the office's letterhead stays
    assert "Wahlperiode" not in headers


def test_a_template_without_letterhead_gets_the_parliaments_header(
    desk: Desk, seed_id: int, tmp_path: Path
) -> None:
    template = word_template(tmp_path / "Schlicht.dotx", header=None)
    out = tmp_path / "anfrage.docx"
    result = desk(
        "export", str(seed_id), "--format", "docx", "--template", str(template), "-o", str(out)
    )
    assert result.status == 0, result.err
    with zipfile.ZipFile(out) as package:
        headers = "".join(
            package.read(name).decode() for name in package.namelist() if "header" in name
        )
        styles = package.read("word/styles.xml").decode()
    assert "17. Wahlperiode" in headers and 'w:ascii="Georgia"' in styles


def test_a_template_for_a_format_without_templates_is_refused(
    desk: Desk, seed_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "anfrage.pdf"
    result = desk(
        "export", str(seed_id), "--format", "pdf", "--template", str(SEED), "-o", str(out)
    )
    assert result.status == 2
    assert result.err == "desk: Eine eigene Vorlage gibt es nur für Word-Dateien (--format docx).\n"
    assert not out.exists()


def test_a_broken_template_is_one_sentence_and_writes_nothing(
    desk: Desk, seed_id: int, tmp_path: Path
) -> None:
    broken = tmp_path / "kaputt.dotx"
    broken.write_bytes(b"PK\x03\x04 kein Word")
    out = tmp_path / "anfrage.docx"
    result = desk(
        "export", str(seed_id), "--format", "docx", "--template", str(broken), "-o", str(out)
    )
    assert result.status == 2
    assert result.err.startswith("desk: Die Word-Vorlage") and result.err.count("\n") == 1
    assert not out.exists()
