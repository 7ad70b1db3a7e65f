"""Bad input gives one clear German sentence as a DeskError."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.formats.read.structure.parliament_choice import NO_PARLIAMENT
from desk_app.formats.read.text.reader import from_text, read_text_file
from desk_app.model import DeskError
from desk_app.rules.registry import ProfileRegistry


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\ufeff"])
def test_empty_text(registry: ProfileRegistry, text: str) -> None:
    with pytest.raises(DeskError, match="leer"):
        from_text(text, registry, parliament="NW")


@pytest.mark.parametrize(
    "text", ["Nur ein Satz ohne alles.", "Erster Absatz.\n\nZweiter Absatz, auch ohne Fragen."]
)
def test_text_without_inquiry(registry: ProfileRegistry, text: str) -> None:
    with pytest.raises(DeskError, match="keine Anfrage"):
        from_text(text, registry, parliament="NW")


def test_unknown_parliament(registry: ProfileRegistry, seed_text: str) -> None:
    with pytest.raises(DeskError, match="„XX“ ist unbekannt"):
        from_text(seed_text, registry, parliament="XX")


def test_unknown_kind(registry: ProfileRegistry, seed_text: str) -> None:
    with pytest.raises(DeskError, match="kennt die Art „gibt-es-nicht“ nicht"):
        from_text(seed_text, registry, kind="gibt-es-nicht")


def test_undetectable_parliament(registry: ProfileRegistry) -> None:
    with pytest.raises(DeskError) as caught:
        from_text("# Ein Titel\n\n1. Eine Frage?\n", registry)
    assert str(caught.value) == NO_PARLIAMENT


def test_unreadable_front_matter_value(registry: ProfileRegistry) -> None:
    text = '---\nparliament: "NW"\ndates: {"signed": "kein Datum"}\n---\n\n# T\n'
    with pytest.raises(DeskError, match="„dates“ im Dateikopf ist nicht lesbar"):
        from_text(text, registry)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DeskError, match="gibt es nicht"):
        read_text_file(tmp_path / "fehlt.md")


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(DeskError, match="ist ein Ordner"):
        read_text_file(tmp_path)


@pytest.mark.parametrize("data", [b"", b"  \n\n"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "leer.md"
    path.write_bytes(data)
    with pytest.raises(DeskError, match="ist leer"):
        read_text_file(path)


@pytest.mark.parametrize(
    "data", [b"PK\x03\x04\x00\x00binary", b"\x89PNG\r\n\x1a\n\x01\x02\x81", bytes(range(256))]
)
def test_binary_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bild.md"
    path.write_bytes(data)
    with pytest.raises(DeskError, match="keine Textdatei"):
        read_text_file(path)


def test_huge_file(tmp_path: Path) -> None:
    path = tmp_path / "riesig.md"
    with path.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(DeskError, match="zu groß"):
        read_text_file(path)


def test_text_encodings(tmp_path: Path) -> None:
    path = tmp_path / "text.md"
    path.write_bytes("\ufeffGrüße".encode())
    assert read_text_file(path) == "Grüße"
    path.write_bytes("Grüße – „Zitat“".encode("cp1252"))
    assert read_text_file(path) == "Grüße – „Zitat“"
