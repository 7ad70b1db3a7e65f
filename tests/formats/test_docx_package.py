"""The DOCX package written as strings: every part parses, is declared and is related."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from desk_app.formats.write.docx.writer import to_docx
from desk_app.model import paragraph
from desk_app.rules.registry import ProfileRegistry
from tests.formats.docx_inquiries import seed_inquiry
from tests.formats.docx_read import R_ID, Docx, W
from tests.formats.test_docx_without_library import SEED
from tests.process_probe import loaded_modules
from tests.word_template import word_template

CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
LINK = "https://example.org/suche?thema=Schule&jahr=2024"


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load()


@pytest.fixture(scope="module")
def linked(registry) -> Docx:
    inquiry = seed_inquiry()
    inquiry.preamble.append(paragraph(f"Siehe {LINK} und <Anhang> & „Quelle“."))
    inquiry.footnotes["1"].text = [paragraph(f"Vgl. {LINK}")]
    return Docx(to_docx(inquiry, registry.get("NW"), "drucksache"))


def test_every_part_parses_and_has_a_content_type(linked):
    types = linked.part("[Content_Types].xml")
    overrides = {o.get("PartName")[1:] for o in types.iter(f"{CT}Override")}
    defaults = {d.get("Extension") for d in types.iter(f"{CT}Default")}
    for name in linked.names:
        root = linked.part(name)  # raises on anything that is not well-formed XML
        assert root is not None
        assert name in overrides or name.rsplit(".", 1)[-1] in defaults, name
    assert overrides <= set(linked.names)


def test_every_relationship_of_the_body_resolves(linked):
    rels = linked.rels("word/document.xml")
    used = {element.get(R_ID) for element in linked.document.iter() if element.get(R_ID)}
    assert used <= set(rels)
    internal = [rel.get("Target") for rel in rels.values() if rel.get("TargetMode") is None]
    assert all(f"word/{target}" in linked.names for target in internal)


def test_an_address_with_an_ampersand_is_one_link_in_body_and_note(linked):
    for part in ("word/document.xml", "word/footnotes.xml"):
        rels = linked.rels(part)
        links = linked.part(part).iter(f"{{{W}}}hyperlink")
        assert LINK in [rels[link.get(R_ID)].get("Target") for link in links], part
    assert "Siehe " + LINK + " und <Anhang> & „Quelle“." in [t for _s, t in linked.paragraphs()]


def test_the_package_is_stable_xml_with_utf8_declarations(linked):
    for name in linked.names:
        head = linked.zip.read(name)[:60]
        assert head.startswith(b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>"), name


def test_an_export_with_a_template_needs_no_python_docx(tmp_path: Path):
    template = word_template(tmp_path / "Fraktion.dotx")
    db, out = tmp_path / "seed.sqlite3", tmp_path / "anfrage.docx"
    loaded_modules(db, "import", str(SEED))
    export = ("export", "1", "--format", "docx", "--template", str(template), "-o", str(out))
    modules = loaded_modules(db, *export)
    assert "docx" not in modules
    assert etree.fromstring(Docx(out.read_bytes()).zip.read("word/document.xml")) is not None
