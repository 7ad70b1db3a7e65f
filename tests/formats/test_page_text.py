"""The page reader on real Drucksachen: furniture out, notes from page feet, lines into blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.formats.blocks import Block, BlockKind
from desk_app.formats.read.pages.furniture import furniture_rules, strip_furniture
from desk_app.formats.read.pages.page_notes import split_notes
from desk_app.formats.read.pages.page_split import looks_like_page_text, split_pages
from desk_app.formats.read.pages.reader import page_blocks
from desk_app.formats.read.result import Report
from desk_app.model import FootnoteRef

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "documents"


def read(name: str, registry, parliament: str) -> list[Block]:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    return page_blocks(text, registry.get(parliament), Report()).blocks


def texts(blocks: list[Block]) -> str:
    return "\n".join(block.plain for block in blocks)


def test_corpus_text_layers_are_page_text_and_markdown_is_not():
    for path in CORPUS.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert looks_like_page_text(text) == (not text.startswith("---")), path.name
    markdown = "# Titel\n\nEin Absatz, der lang ist und als Prosa weiterläuft.\n\n" * 20
    assert not looks_like_page_text(markdown)


def test_pages_are_found_from_running_headers_where_no_form_feed_marks_them(registry):
    text = (CORPUS / "ni_19_11205_kleine_anfrage_mit_antwort.txt").read_text(encoding="utf-8")
    assert "\f" not in text
    pages = split_pages(text, lambda line: line.startswith("Niedersächsischer Landtag – 19."))
    assert len(pages) == text.count("Niedersächsischer Landtag – 19. Wahlperiode Drucksache")


def test_running_headers_page_numbers_and_printer_lines_leave_the_text(registry):
    blocks = read("bt_21_114_kleine_anfrage", registry, "BT")
    body = texts(blocks)
    assert "Gesamtherstellung" not in body and "ISSN" not in body and "Vertrieb" not in body
    ni = texts(read("ni_19_11205_kleine_anfrage_mit_antwort", registry, "NI"))
    # Only the first page's header stays, as the first block: it holds the Drucksache number.
    assert ni.count("Niedersächsischer Landtag – 19. Wahlperiode") == 1
    assert ni.startswith("Niedersächsischer Landtag – 19. Wahlperiode Drucksache 19/11205\n")


def test_notes_at_the_page_foot_keep_their_text_and_their_markers_place(registry):
    blocks = read("ni_19_11205_kleine_anfrage_mit_antwort", registry, "NI")
    notes = [block for block in blocks if block.kind is BlockKind.NOTE]
    assert [note.label for note in notes] == ["1", "2", "3", "4", "5", "6"]
    texts_of = {
        blocks[index].label: blocks[index + 1].plain
        for index in range(len(blocks) - 1)
        if blocks[index].kind is BlockKind.NOTE
    }
    # The URL broken after "Hitzeschutz-" at the line end is one address again.
    assert texts_of["2"] == (
        "https://www.bundesgesundheitsministerium.de/fileadmin/Dateien/3_Downloads/H/"
        "Hitzeschutzplan/BMG_Hitzeschutzplan.pdf"
    )
    holder = next(b for b in blocks if "erhöhte Sterblichkeit" in b.plain)
    refs = [item for item in holder.inlines if isinstance(item, FootnoteRef)]
    assert [ref.footnote_id for ref in refs] == ["1"]
    assert "Hitzeperioden.1" not in holder.plain and "Hitzeperioden." in holder.plain
    # "veröffentlicht.2 3": two markers side by side.
    both = next(b for b in blocks if "Musterhitzeschutzpläne" in b.plain)
    ids = [item.footnote_id for item in both.inlines if isinstance(item, FootnoteRef)]
    assert ids[:2] == ["2", "3"]


def test_a_foot_line_without_its_marker_in_the_page_is_no_note():
    lines = ["Die Schulen melden Zahlen.", "Es gab 12 Fälle.", "", "1 Schule meldete nichts."]
    body, notes, markers = split_notes(lines, 1)
    assert notes == [] and body == lines and markers == []
    glued = ["Die Schulen melden Zahlen.1", "", "1 Vgl. Drs. 19/2011."]
    body, notes, markers = split_notes(glued, 1)
    assert [note.lines for note in notes] == [["Vgl. Drs. 19/2011."]]
    assert body == ["Die Schulen melden Zahlen.1"] and markers[0].start == len(
        "Die Schulen melden Zahlen."
    )


def test_lines_join_into_paragraphs_hyphens_undone_and_real_hyphens_kept(registry):
    blocks = read("ni_19_11205_kleine_anfrage_mit_antwort", registry, "NI")
    body = texts(blocks)
    assert "Arztpraxen können sich hohen Raumtemperaturen" in body.replace("\n", " ")
    assert "Arzt-" not in body
    bt = texts(read("bt_21_114_kleine_anfrage", registry, "BT")).replace("\n", " ")
    assert "EU-Kommissionspräsident" in bt and "Lithium-Abkommen" in bt


def test_questions_become_items_in_sequence_and_numbers_in_text_do_not(registry):
    blocks = read("bt_21_114_kleine_anfrage", registry, "BT")
    items = [block.label for block in blocks if block.kind is BlockKind.ITEM]
    assert items == ["1", "2", "3", "4", "5", "6"]
    assert any(block.plain == "21. Wahlperiode 07.05.2025" for block in blocks)
    answer = read("bt_21_235_antwort_auf_21_114", registry, "BT")
    numbers = [block.label for block in answer if block.kind is BlockKind.ITEM and block.depth == 0]
    # "12. Juli 2022: Gespräch …" in the answer text is a date, not question 12.
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)] and "12" not in numbers
    sub = read("ni_19_11205_kleine_anfrage_mit_antwort", registry, "NI")
    letters = [b.label for b in sub if b.kind is BlockKind.ITEM and b.depth == 1][:6]
    assert letters == ["a", "b", "c", "d", "e", "f"]


@pytest.mark.parametrize(
    ("name", "parliament", "heading"),
    [
        ("bt_21_235_antwort_auf_21_114", "BT", "Vorbemerkung der Fragesteller"),
        ("be_19_10006_schriftliche_anfrage_mit_antwort", "BE", "Antwort"),
    ],
)
def test_letter_spaced_headings_read_as_words(registry, name, parliament, heading):
    blocks = read(name, registry, parliament)
    assert any(heading in block.lines for block in blocks)


def test_a_header_the_profile_does_not_know_leaves_by_repeating_on_every_page(registry):
    # Bremen's profile knows no running header of this form; the pages show it.
    pages = [
        ["Bremische Bürgerschaft Drucksache 21/900", "Kleine Anfrage", "Text der ersten Seite."],
        ["Drucksache 21/900 Seite 2 von 3", "Weiterer Text.", "Antwort:", "Noch mehr."],
        ["Drucksache 21/900 Seite 3 von 3", "Antwort:", "Letzter Text."],
    ]
    kept, _found = strip_furniture(pages, furniture_rules(registry.get("HB")))
    assert [line for page in kept for line in page].count("Antwort:") == 2
    assert not any(
        "Seite 2 von 3" in line or "Seite 3 von 3" in line for page in kept for line in page
    )
    assert kept[0][0] == "Bremische Bürgerschaft Drucksache 21/900"  # the head stays


def test_a_marker_set_apart_by_a_space_counts_beside_glued_ones():
    lines = [
        "als etablierte invasive Art eingestuft. 1",
        "Belastungen für Imkerei und heimische Insektenbestände.2",
        "",
        "1 https://www.nlwkn.niedersachsen.de/a.html",
        "2 https://www1.wdr.de/b.html",
    ]
    _body, notes, markers = split_notes(lines, 1)
    assert [note.number for note in notes] == [1, 2]
    assert [(m.line, lines[m.line][m.start : m.end]) for m in markers] == [(0, "1"), (1, "2")]
    # Alone, a spaced number is no marker: "Es gab 12 Fälle" stays text.
    assert split_notes(["Es gab in der Woche 12", "", "12 Fälle wurden gemeldet."], 12)[1] == []


def test_a_day_at_the_line_end_ends_no_paragraph_and_a_title_stays_apart(registry):
    blocks = read("bt_21_127_kleine_anfrage", registry, "BT")
    first = next(b for b in blocks if b.kind is BlockKind.ITEM and b.label == "1")
    text = blocks[blocks.index(first) + 1].plain.replace("\n", " ")
    # "… vom 1. Januar 2024 bis zum 31." + "Dezember 2024 an der zivilen Seenotrettung …"
    assert "bis zum 31. Dezember 2024 an der zivilen Seenotrettung" in text
    title = next(b for b in blocks if b.plain.startswith("Zivile Seenotrettung"))
    assert title.plain.replace("\n", " ").endswith("bis zum 31. Dezember 2024")


def test_a_number_citing_a_paragraph_is_no_note_marker():
    lines = [
        "Kleine Anfrage gemäß § 46 Abs. 1 GO LT",
        "als etablierte invasive Art eingestuft. 1",
        "mehren sich Berichte über Belastungen für die Imkerei.2",
        "",
        "1 https://www.nlwkn.niedersachsen.de/a.html",
        "2 https://www1.wdr.de/b.html",
    ]
    _body, _notes, markers = split_notes(lines, 1)
    assert [(m.line, m.number) for m in markers] == [(1, 1), (2, 2)]
