"""No parliament is known by name in code: ids and Land names live in resources/ only.

The scanner reads every module of desk_app/ and fails on a string constant
that is a parliament id (a folder name under resources/parliaments) or a
Land name (holidays_region_name in the profiles), so that
`if parliament == "NW"` cannot come back. Docstrings and comments may name
parliaments.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from desk_app.paths import resources_dir

PACKAGE = Path(__file__).resolve().parents[2] / "desk_app"
PARLIAMENTS = resources_dir() / "parliaments"


def parliament_ids() -> set[str]:
    """Return the ids of the bundled parliaments: their folder names."""
    return {
        folder.name for folder in PARLIAMENTS.iterdir() if (folder / "parliament.toml").is_file()
    }


def land_names() -> set[str]:
    """Return the Land names the bundled profiles give their holidays regions."""
    names = set()
    for path in PARLIAMENTS.glob("*/parliament.toml"):
        with path.open("rb") as handle:
            name = tomllib.load(handle).get("holidays_region_name", "")
        if name:
            names.add(name)
    return names


def _docstrings(tree: ast.AST) -> set[int]:
    """Return the ids of the string nodes that are docstrings."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def literal_hits(source: str, ids: set[str], lands: set[str]) -> list[tuple[int, str]]:
    """Return (line, text) of every string constant naming a parliament id or a Land."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    lowered = {land.casefold() for land in lands}
    hits = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if id(node) in skip:
            continue
        text = node.value.strip()
        if text in ids or text.casefold() in lowered:
            hits.append((node.lineno, node.value))
    return hits


def test_the_data_names_ids_and_lands():
    assert len(parliament_ids()) >= 17
    assert len(land_names()) == 16  # the Bundestag's holidays are Berlin's


def test_the_scanner_finds_a_parliament_in_code():
    sample = '''
"""Docstrings may say NW and Bayern."""
def pick(parliament):
    """Return NW's name."""  # comments may say "BT"
    if parliament == "NW":
        return "Bayern"
    return {"BY": "nordrhein-westfalen "}
'''
    hits = literal_hits(sample, {"NW", "BY", "BT"}, {"Bayern", "Nordrhein-Westfalen"})
    assert [line for line, _ in hits] == [5, 6, 7, 7]


def test_no_module_names_a_parliament():
    ids, lands = parliament_ids(), land_names()
    problems = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {text!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, text in literal_hits(path.read_text(encoding="utf-8"), ids, lands)
    ]
    assert not problems, "Parlamentswissen gehört in resources/:\n" + "\n".join(problems)
