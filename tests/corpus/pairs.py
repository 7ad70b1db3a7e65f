"""Import an inquiry and then its separate answer into one desk, and check that they meet."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from desk_app.model import DeskError
from desk_app.service import Desk
from tests.corpus.fidelity import HERE, DocumentResult, FieldResult

PAIRS = HERE / "pairs.toml"

# Filled by the pair tests, printed by conftest.py at the end of the run.
PAIR_RESULTS: dict[str, DocumentResult] = {}
CHECKS = (
    "inquiry_imports",
    "answer_imports",
    "same_inquiry",
    "questions",
    "answer_drucksache",
    "answered",
)


def load_pairs() -> list[dict[str, Any]]:
    """Return the pairs of pairs.toml."""
    with PAIRS.open("rb") as handle:
        return tomllib.load(handle)["pair"]


def pair_name(pair: dict[str, Any]) -> str:
    """Return a pair's name for the table: inquiry + answer."""
    return f"{Path(pair['inquiry']).stem} + answer {pair['answer_drucksache']}"


def run_pair(pair: dict[str, Any], db_path: Path) -> DocumentResult:
    """Import the inquiry, then the answer as `desk import` does, and check every field."""
    result = DocumentResult(pair_name(pair))
    checks: dict[str, tuple[Any, Any]] = {}
    desk = Desk(db_path)
    try:
        try:
            inquiry_id = desk.import_file(HERE / pair["inquiry"]).id
            checks["inquiry_imports"] = (True, True)
        except DeskError as refusal:
            checks["inquiry_imports"] = (True, str(refusal))
            inquiry_id = None
        try:
            answer_id = desk.import_file(HERE / pair["answer"]).id
            checks["answer_imports"] = (True, True)
        except DeskError as refusal:
            checks["answer_imports"] = (True, str(refusal))
            answer_id = None
        stored = desk.list()
        landed = inquiry_id is not None and answer_id == inquiry_id and len(stored) == 1
        checks["same_inquiry"] = (True, landed)
        inquiry = desk.get(inquiry_id) if inquiry_id is not None else None
        questions = len(inquiry.questions) if inquiry else None
        answer = inquiry.answer if inquiry else None
        covered = {str(n) for part in answer.parts for n in part.questions} if answer else set()
        all_answered = bool(questions) and all(
            str(n) in covered for n in range(1, (questions or 0) + 1)
        )
        checks["questions"] = (pair["questions"], questions)
        checks["answer_drucksache"] = (
            pair["answer_drucksache"],
            answer.drucksache if answer else None,
        )
        checks["answered"] = (True, all_answered)
    finally:
        desk.close()
    for name in CHECKS:
        expected, actual = checks[name]
        result.fields.append(FieldResult(name, expected, actual, actual == expected))
    return result
