"""Exported files are named as offices file them: "KA_5441_Titel.pdf", ASCII only."""

from __future__ import annotations

import pytest

from desk_app.model import Inquiry, paragraph
from desk_app.rules.registry import ProfileRegistry
from desk_app.service.format_names import ascii_words, export_file_name, file_prefix


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    return ProfileRegistry.load(user_dir=tmp_path_factory.mktemp("no-user-profiles"))


def test_a_numbered_kleine_anfrage(registry):
    inquiry = Inquiry("NW", "kleine-anfrage", number=5441, title=paragraph("Radwege in Köln"))
    assert (
        export_file_name(inquiry, "pdf", "submission", registry) == "KA_5441_Radwege-in-Koeln.pdf"
    )
    assert export_file_name(inquiry, "md", None, registry) == "KA_5441_Radwege-in-Koeln.md"


def test_the_layouts_get_names_of_their_own(registry):
    inquiry = Inquiry(
        "NW", "kleine-anfrage", number=5441, drucksache="18/9001", title=paragraph("Radwege")
    )
    names = {
        export_file_name(inquiry, "pdf", layout, registry)
        for layout in ("submission", "drucksache", "answer")
    }
    assert names == {
        "KA_5441_Radwege.pdf",
        "KA_5441_Drs-18-9001_Radwege.pdf",
        "KA_5441_Antwort_Radwege.pdf",
    }


def test_the_prefix_is_the_parliaments_own_word(registry):
    assert file_prefix(Inquiry("BY", "kleine-anfrage"), registry) == "SA"  # Schriftliche Anfrage
    assert file_prefix(Inquiry("HH", "kleine-anfrage"), registry) == "SKA"
    assert file_prefix(Inquiry("BT", "schriftliche-frage"), registry) == "SF"
    # A kind no profile knows falls back to its initials.
    assert file_prefix(Inquiry("XX", "dringliche-anfrage"), registry) == "DA"


def test_every_bundled_kind_names_its_file_prefix(registry):
    for parliament_id in registry.ids():
        for kind in registry.get(parliament_id).kinds.values():
            assert kind.file_prefix and ascii_words(kind.file_prefix) == [kind.file_prefix], (
                parliament_id,
                kind.id,
            )


def test_titles_become_short_ascii_words():
    assert ascii_words("Straßen: „Größe“ / Café—Ölpreis?") == [
        "Strassen",
        "Groesse",
        "Cafe",
        "Oelpreis",
    ]
    long = Inquiry("NW", "grosse-anfrage", title=paragraph("Ein " * 40 + "Ende"))
    assert export_file_name(long, "pdf", None) == "GA_Ein-Ein-Ein-Ein-Ein-Ein.pdf"
    nothing = Inquiry("NW", "kleine-anfrage", title=paragraph("«»?!"))
    assert export_file_name(nothing, "docx", "submission") == "KA.docx"
