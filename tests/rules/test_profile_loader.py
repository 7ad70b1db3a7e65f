"""A broken profile gives one German sentence naming the file and the field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desk_app.model import DeskError
from desk_app.rules.profile_loader import load_parliament
from tests.rules.conftest import replace_in


def broken(folder: Path) -> str:
    """Load a folder that must fail and return the error's message."""
    with pytest.raises(DeskError) as caught:
        load_parliament(folder)
    message = str(caught.value)
    assert "\n" not in message and message.endswith(".")
    return message


def test_the_copy_itself_loads(nw_copy: Path) -> None:
    assert load_parliament(nw_copy).id == "NW"


def test_missing_field(nw_copy: Path) -> None:
    profile = nw_copy / "parliament.toml"
    replace_in(profile, 'government = "Landesregierung"\n', "")
    message = broken(nw_copy)
    assert str(profile) in message
    assert "Feld government fehlt" in message


def test_wrong_type(nw_copy: Path) -> None:
    replace_in(nw_copy / "parliament.toml", "length = 4\n", 'length = "4"\n')
    message = broken(nw_copy)
    assert "Feld kinds.kleine-anfrage.deadline.length muss eine ganze Zahl sein" in message
    assert "ist aber eine Zeichenkette" in message


def test_bad_unit(nw_copy: Path) -> None:
    replace_in(nw_copy / "parliament.toml", 'unit = "weeks"', 'unit = "wochen"')
    message = broken(nw_copy)
    assert "parliament.toml: Feld kinds.kleine-anfrage.deadline.unit" in message
    assert "unbekannten Wert „wochen“ (erlaubt: days, weeks, months" in message


def test_bad_confidence(nw_copy: Path) -> None:
    profile = nw_copy / "parliament.toml"
    text = profile.read_text(encoding="utf-8")
    # The first rule's confidence, whichever it is: the data's own labels change with research.
    profile.write_text(
        re.sub(r'confidence = "\w+"', 'confidence = "sicher"', text, count=1), encoding="utf-8"
    )
    message = broken(nw_copy)
    assert re.search(r"Feld kinds\.[a-z-]+\.(deadline|limit)\.confidence", message)
    assert "„sicher“" in message and "confirmed, secondary, unconfirmed" in message


def test_bad_start_event(nw_copy: Path) -> None:
    replace_in(nw_copy / "parliament.toml", 'start_event = "forwarded"', 'start_event = "sent"')
    assert "Feld kinds.kleine-anfrage.deadline.start_event" in broken(nw_copy)


def test_bad_placeholder_in_template(nw_copy: Path) -> None:
    template = nw_copy / "templates" / "kleine-anfrage.toml"
    replace_in(template, 'signature_lines = ["{name}"]', 'signature_lines = ["{Name}"]')
    message = broken(nw_copy)
    assert str(template) in message
    assert "Feld signature_lines enthält den unbekannten Platzhalter {Name}" in message


def test_bad_placeholder_in_answer_intro(nw_copy: Path) -> None:
    template = nw_copy / "templates" / "kleine-anfrage.toml"
    replace_in(template, "{answered_long}", "{beantwortet}")
    assert "Feld answer_intro enthält den unbekannten Platzhalter {beantwortet}" in broken(nw_copy)


def test_bad_placeholder_in_layout(nw_copy: Path) -> None:
    replace_in(nw_copy / "parliament.toml", "Ausgegeben: {issued}", "Ausgegeben: {ausgabe}")
    assert "Feld layout.first_page_footer enthält den unbekannten Platzhalter" in broken(nw_copy)


def test_invalid_toml_syntax(nw_copy: Path) -> None:
    profile = nw_copy / "parliament.toml"
    replace_in(profile, 'place = "Düsseldorf"', "place = Düsseldorf")
    message = broken(nw_copy)
    assert str(profile) in message and "kein gültiges TOML" in message
    assert "line 13" in message


def test_unknown_field_is_named(nw_copy: Path) -> None:
    replace_in(nw_copy / "parliament.toml", "length = 4\n", "length = 4\nlenght = 5\n")
    assert "Feld kinds.kleine-anfrage.deadline.lenght ist unbekannt" in broken(nw_copy)


def test_id_must_match_folder(nw_copy: Path) -> None:
    replace_in(nw_copy / "parliament.toml", 'id = "NW"', 'id = "NRW"')
    assert "Feld id „NRW“ passt nicht zum Ordnernamen „NW“" in broken(nw_copy)


def test_overlapping_terms(nw_copy: Path) -> None:
    replace_in(nw_copy / "parliament.toml", "start = 2022-06-01", "start = 2022-05-01")
    assert "Feld terms[2].start überschneidet sich" in broken(nw_copy)


def test_date_must_be_a_toml_date(nw_copy: Path) -> None:
    replace_in(nw_copy / "parliament.toml", "start = 2022-06-01", 'start = "2022-06-01"')
    assert "Feld terms[2].start muss ein Datum" in broken(nw_copy)


def test_template_without_kind(nw_copy: Path) -> None:
    (nw_copy / "templates" / "antwort.toml").write_text('kind_line = "{kind_name}"\n')
    assert "antwort.toml: Die Vorlage gehört zu keiner Art" in broken(nw_copy)


def test_missing_template_falls_back_to_defaults(nw_copy: Path) -> None:
    (nw_copy / "templates" / "grosse-anfrage.toml").unlink()
    kind = load_parliament(nw_copy).kind("grosse-anfrage")
    assert kind.template.kind == "grosse-anfrage"
    assert kind.template.kind_line == "{kind_name}"


def test_a_malformed_holidays_region_is_refused_at_load(nw_copy: Path) -> None:
    replace_in(nw_copy / "parliament.toml", 'holidays_region = "NW"', 'holidays_region = "nrw"')
    message = broken(nw_copy)
    assert "Feld holidays_region hat den Wert „nrw“, erwartet ist ein Kürzel wie „HE“" in message


def test_an_unknown_holidays_region_is_one_sentence_when_a_deadline_is_counted(
    nw_copy: Path,
) -> None:
    from datetime import date

    from desk_app.rules.deadlines import deadline_from

    replace_in(nw_copy / "parliament.toml", 'holidays_region = "NW"', 'holidays_region = "XX"')
    parliament = load_parliament(nw_copy)  # loading stays cheap: no holidays table yet
    with pytest.raises(DeskError, match=r"Die Feiertagsregion „XX“ kennt Anfragen-Desk nicht\."):
        deadline_from(parliament, "kleine-anfrage", date(2020, 2, 19))
