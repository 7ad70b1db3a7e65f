"""Measure the corpus; print (or, with --write, record) the known_wrong of documents and pairs.

    .venv/bin/python -m tests.corpus.measure           print the fields wrong per document
    .venv/bin/python -m tests.corpus.measure --write   rewrite known_wrong in expectations.toml

Run it after changing an importer, read the differences, and commit the new known_wrong
with the change that caused it.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

from tests.corpus.fidelity import EXPECTATIONS, compare, document_name, load_expectations
from tests.corpus.pairs import PAIRS, load_pairs, run_pair
from tests.corpus.test_corpus import import_document

KNOWN_WRONG = re.compile(r"^known_wrong = \[.*?\]$", re.M | re.S)


def known_wrong_line(fields: list[str]) -> str:
    """Return the known_wrong entry for some fields, wrapped at about 96 characters."""
    if not fields:
        return "known_wrong = []"
    lines, line = [], " "
    for name in fields:
        item = f' "{name}",'
        if len(line) + len(item) > 96:
            lines.append(line)
            line = " "
        line += item
    lines.append(line)
    return "known_wrong = [\n" + "\n".join(lines) + "\n]"


def measure() -> list[tuple[str, list[str], dict]]:
    """Import every document into its own empty desk and return the fields it got wrong."""
    measured = []
    with tempfile.TemporaryDirectory() as folder:
        for index, entry in enumerate(load_expectations()):
            name = document_name(entry)
            result = compare(name, entry, import_document(entry, Path(folder) / f"{index}.db"))
            wrong = [f for f in result.fields if not f.right]
            measured.append((name, [f.name for f in wrong], {f.name: f for f in wrong}))
    return measured


def measure_pairs() -> list[tuple[str, list[str], dict]]:
    """Run every inquiry-then-answer pair in its own empty desk; return the checks that fail."""
    measured = []
    with tempfile.TemporaryDirectory() as folder:
        for index, pair in enumerate(load_pairs()):
            result = run_pair(pair, Path(folder) / f"pair{index}.db")
            wrong = [f for f in result.fields if not f.right]
            measured.append((result.name, [f.name for f in wrong], {f.name: f for f in wrong}))
    return measured


def record(path: Path, measured: list[tuple[str, list[str], dict]]) -> None:
    """Rewrite the known_wrong entries of a file, one per measured item, in order."""
    parts = KNOWN_WRONG.split(path.read_text(encoding="utf-8"))
    assert len(parts) == len(measured) + 1, f"{path.name}: one known_wrong entry per item"
    out = parts[0]
    for (_name, wrong, _details), rest in zip(measured, parts[1:], strict=True):
        out += known_wrong_line(wrong) + rest
    path.write_text(out, encoding="utf-8")


def main(argv: list[str]) -> int:
    measured, pairs = measure(), measure_pairs()
    for name, wrong, details in measured + pairs:
        print(f"== {name}: {len(wrong)} wrong")
        for field in details.values():
            pad = " " * len(field.name)
            print(f"   {field.name}: expected {field.expected!r}\n   {pad}  got {field.actual!r}")
    if "--write" in argv:
        record(EXPECTATIONS, measured)
        record(PAIRS, pairs)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main(sys.argv[1:]))
