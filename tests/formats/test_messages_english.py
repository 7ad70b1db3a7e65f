"""An import error reads in the user's language: German by default, English when chosen."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.formats.catalog import import_file
from desk_app.model import DeskError
from desk_app.rules.registry import ProfileRegistry


def _not_a_docx(tmp_path: Path) -> Path:
    path = tmp_path / "anfrage.docx"
    path.write_bytes(b"Dies ist nur Text, kein Word-Dokument.")
    return path


def test_a_file_that_is_no_docx_is_refused_in_english(
    tmp_path: Path, registry: ProfileRegistry, english: None
) -> None:
    with pytest.raises(DeskError) as raised:
        import_file(_not_a_docx(tmp_path), registry)
    assert str(raised.value) == (
        "The file is not a valid Word document (DOCX) (no readable ZIP archive)."
    )


def test_a_file_that_is_no_docx_is_refused_in_german_by_default(
    tmp_path: Path, registry: ProfileRegistry
) -> None:
    with pytest.raises(DeskError) as raised:
        import_file(_not_a_docx(tmp_path), registry)
    assert str(raised.value) == (
        "Die Datei ist kein gültiges Word-Dokument (DOCX) (kein lesbares ZIP-Archiv)."
    )
