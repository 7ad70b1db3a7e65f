"""`desk import` refuses the same paper a second time in one sentence, unless --force."""

from __future__ import annotations

import shutil
from pathlib import Path

CORPUS = Path(__file__).parents[1] / "corpus" / "documents"
PAPER = CORPUS / "bt_21_114_kleine_anfrage.txt"  # Drucksache 21/114


def test_the_same_drucksache_again_is_refused_with_the_stored_ones_number(desk, tmp_path):
    first = desk("import", str(PAPER))
    assert first.status == 0, first.err
    copy = tmp_path / "dieselbe.txt"  # another file name, the same paper
    shutil.copy(PAPER, copy)
    again = desk("import", str(copy))
    assert again.status == 2
    assert again.out == ""  # no id: scripts must not take it for a new inquiry
    message = again.err.strip().splitlines()[-1]
    assert message == (
        "desk: Diese Drucksache ist schon vorhanden: „Lithium-Abkommen mit Serbien“ "
        f"(Kleine Anfrage, Drucksache 21/114, gespeichert als Nr. {first.out.strip()}); "
        "mit --force wird sie trotzdem importiert."
    )
    assert len(desk("list", "--json").json()) == 1


def test_force_imports_the_second_copy(desk):
    assert desk("import", str(PAPER)).status == 0
    forced = desk("import", "--force", str(PAPER))
    assert forced.status == 0, forced.err
    assert forced.out.strip() == "2"
    assert len(desk("list", "--json").json()) == 2


def test_the_same_text_is_refused_too(desk, tmp_path):
    text = (
        "---\nparliament: NW\n---\n# Radwege an Landesstraßen im Kreis Kleve\n\n"
        "Der Ausbau der Radwege an Landesstraßen kommt nur langsam voran.\n\n"
        "1. Wie viele Kilometer Radweg an Landesstraßen gibt es im Kreis Kleve?\n"
    )
    path = tmp_path / "entwurf.md"
    path.write_text(text, encoding="utf-8")
    assert desk("import", str(path)).status == 0
    again = desk("import", str(path))
    assert again.status == 2
    assert "schon vorhanden: „Radwege an Landesstraßen im Kreis Kleve“" in again.err
    assert len(desk("list", "--json").json()) == 1


def test_another_paper_of_the_same_parliament_is_imported(desk):
    assert desk("import", str(PAPER)).status == 0
    other = desk("import", str(CORPUS / "bt_21_127_kleine_anfrage.txt"))
    assert other.status == 0, other.err
    assert len(desk("list", "--json").json()) == 2
