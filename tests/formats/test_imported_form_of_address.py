"""An imported paper keeps how it named its askers: one woman stays "der Abgeordneten"."""

from __future__ import annotations

from pathlib import Path

from desk_app.rules.templates import originator_line
from desk_app.service import Desk

BUILT = Path(__file__).parents[1] / "corpus" / "built" / "nw_17_3417_kleine_anfrage.txt"


def _import(tmp_path: Path, text: str):
    source = tmp_path / "anfrage.txt"
    source.write_text(text, encoding="utf-8")
    desk = Desk(tmp_path / "desk.sqlite3")
    try:
        outcome = desk.import_file(source)
        return desk.get(outcome.id), desk.registry.get("NW")
    finally:
        desk.close()


def test_one_woman_keeps_der_abgeordneten_through_the_import(tmp_path):
    text = BUILT.read_text(encoding="utf-8").replace(
        "Berivan Aymaz und Sigrid Beer", "Berivan Aymaz"
    )
    inquiry, parliament = _import(tmp_path, text)
    assert [person.name for person in inquiry.originators] == ["Berivan Aymaz"]
    assert inquiry.originator_intro == "der Abgeordneten"
    # What an export prints in the head: her form, not the form's "des Abgeordneten".
    assert originator_line(parliament, inquiry).startswith("der Abgeordneten Berivan Aymaz")


def test_the_forms_own_words_are_not_stored(tmp_path):
    inquiry, parliament = _import(tmp_path, BUILT.read_text(encoding="utf-8"))
    assert len(inquiry.originators) == 2
    assert inquiry.originator_intro == ""  # the plural form's own words: the template's
    assert originator_line(parliament, inquiry).startswith("der Abgeordneten Berivan Aymaz und")
