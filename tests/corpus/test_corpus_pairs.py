"""An inquiry and then its separate answer Drucksache: the answer joins the stored inquiry.

known_wrong in pairs.toml works as in expectations.toml: the checks that fail today are
listed, and the test fails when one of them starts to pass, until the list is updated.
"""

from __future__ import annotations

import pytest

from tests.corpus.pairs import PAIR_RESULTS, load_pairs, pair_name, run_pair

PAIRS = load_pairs()


@pytest.mark.parametrize("pair", PAIRS, ids=[pair_name(p) for p in PAIRS])
def test_answer_attaches_to_the_stored_inquiry(pair, tmp_path):
    result = run_pair(pair, tmp_path / "desk.sqlite3")
    PAIR_RESULTS[result.name] = result
    known_wrong = set(pair.get("known_wrong", []))
    wrong = result.wrong()
    regressed = {
        f.name: (f.expected, f.actual) for f in result.fields if f.name in wrong - known_wrong
    }
    fixed = sorted(known_wrong - wrong)
    assert not regressed, f"checks failing that passed: {regressed}"
    assert not fixed, f"checks now passing: remove them from known_wrong in pairs.toml: {fixed}"
