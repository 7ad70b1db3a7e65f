"""Import every corpus document through the desk and hold each field to what the document prints.

A field listed in a document's `known_wrong` must still be wrong: when an importer
gets it right, this test fails until the entry is removed, so progress is recorded
and a regression fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.model import DeskError, Inquiry
from desk_app.service import Desk
from tests.corpus.fidelity import RESULTS, compare, document_name, document_path, load_expectations

DOCUMENTS = load_expectations()


def import_document(entry: dict, db_path: Path) -> Inquiry | str:
    """Import a document as a user would (an answer-only Drucksache through the answer import).

    Return the stored inquiry, or the message with which the desk refused the file.
    """
    desk = Desk(db_path)
    try:
        path = document_path(entry)
        if entry.get("mode") == "answer":
            outcome = desk.import_answer(path)
        else:
            outcome = desk.import_file(path)
        return desk.get(outcome.id)  # what the store kept, not what the reader handed over
    except DeskError as refusal:
        return str(refusal)
    finally:
        desk.close()


@pytest.mark.parametrize("entry", DOCUMENTS, ids=[document_name(d) for d in DOCUMENTS])
def test_document_imports_as_printed(entry, tmp_path):
    name = document_name(entry)
    inquiry = import_document(entry, tmp_path / "desk.sqlite3")
    result = compare(name, entry, inquiry)
    RESULTS[name] = result
    known_wrong = set(entry.get("known_wrong", []))
    wrong = result.wrong()
    regressed = {
        f.name: (f.expected, f.actual) for f in result.fields if f.name in wrong - known_wrong
    }
    fixed = sorted(known_wrong - wrong)
    assert not regressed, f"fields wrong that were right: {regressed}"
    assert not fixed, f"fields now right: remove them from known_wrong of {entry['file']}: {fixed}"
