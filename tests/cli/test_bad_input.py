"""Bad input: one clear sentence on stderr, a non-zero exit, nothing half-done."""

from __future__ import annotations

import pytest


def _one_sentence(err: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("desk: ")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("show", "42"), "42"),
        (("set", "42", "title", "x"), "42"),
        (("new", "--parliament", "XX", "--kind", "kleine-anfrage"), "XX"),
        (("new", "--parliament", "NW", "--kind", "riesen-anfrage"), "riesen-anfrage"),
        (("import", "/nonexistent/file.md"), "file.md"),
        (("frobnicate",), "frobnicate"),
    ],
)
def test_errors_are_one_sentence(desk, args, expected):
    result = desk(*args)
    assert result.status != 0
    _one_sentence(result.err)
    assert expected in result.err


def test_malformed_date_changes_nothing(desk, seed_id):
    before = desk("show", str(seed_id), "--json").json()
    result = desk("set", str(seed_id), "dates.submitted", "2025-02-30")
    assert result.status != 0
    _one_sentence(result.err)
    assert desk("show", str(seed_id), "--json").json() == before


@pytest.mark.parametrize(
    "content",
    [b"", b"   \n\n", b"\x00\x01\x02PK\x03\x04binary", b"Nur ein Satz ohne Anfrage."],
)
def test_files_without_an_inquiry_are_refused_and_nothing_is_stored(desk, tmp_path, content):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = desk("import", str(path), "--parliament", "NW")
    assert result.status != 0
    _one_sentence(result.err)
    assert desk("list", "--json").json() == []


def test_a_folder_is_not_a_file(desk, tmp_path):
    result = desk("import", str(tmp_path))
    assert result.status != 0
    _one_sentence(result.err)


def test_database_that_is_not_sqlite(tmp_path, capsys):
    from desk_app.cli import main

    bogus = tmp_path / "not.sqlite3"
    bogus.write_bytes(b"This is a spreadsheet, honestly." * 100)
    status = main(["--db", str(bogus), "list"])
    err = capsys.readouterr().err
    assert status != 0
    _one_sentence(err)
    assert bogus.read_bytes() == b"This is a spreadsheet, honestly." * 100


def test_export_into_a_missing_folder_leaves_nothing(desk, seed_id, tmp_path):
    target = tmp_path / "missing" / "seed.md"
    result = desk("export", str(seed_id), "--format", "md", "-o", str(target))
    assert result.status != 0
    _one_sentence(result.err)
    assert not target.parent.exists()


def test_export_onto_a_folder_keeps_the_folder(desk, seed_id, tmp_path):
    target = tmp_path / "seed.md"
    target.mkdir()
    result = desk("export", str(seed_id), "--format", "md", "-o", str(target))
    assert result.status != 0
    _one_sentence(result.err)
    assert target.is_dir()
