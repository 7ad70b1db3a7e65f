"""A clone stands on its own: no file points at design documents outside the repository."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SKIP = {".git", ".venv", "build", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
OUTSIDE = "../" + "shared"  # spelled in two pieces so that this file does not find itself


def _text_files() -> list[Path]:
    files = []
    for path in ROOT.rglob("*"):
        if any(part in SKIP for part in path.relative_to(ROOT).parts) or not path.is_file():
            continue
        if path.suffix in {".py", ".md", ".toml", ".sh", ".txt", ".tsv", ".json", ".cfg", ""}:
            files.append(path)
    return files


def test_no_file_cites_a_path_outside_the_repository():
    citing = [
        str(path.relative_to(ROOT))
        for path in _text_files()
        if OUTSIDE in path.read_text(encoding="utf-8", errors="replace")
    ]
    assert citing == []


def test_the_design_documents_the_code_cites_are_in_docs():
    for name in ("DESIGN.md", "DOMAIN.md", "TECH_NOTES.md", "STYLE.md"):
        assert (ROOT / "docs" / name).read_text(encoding="utf-8").startswith("# ")
