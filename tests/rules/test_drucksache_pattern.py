"""Every parliament's Drucksache form reads one-digit and long numbers alike."""

from __future__ import annotations

import re

import pytest

from desk_app.rules.registry import ProfileRegistry
from tests.rules.conftest import BUNDLED

REGISTRY = ProfileRegistry.load(BUNDLED, BUNDLED / "does-not-exist")


@pytest.mark.parametrize("pid", REGISTRY.ids())
@pytest.mark.parametrize(
    ("text", "number"), [("18/1", "1"), ("18/42", "42"), ("18/12345", "12345")]
)
def test_the_form_reads_term_and_number(pid: str, text: str, number: str) -> None:
    match = re.fullmatch(REGISTRY.get(pid).drucksache_pattern, text)
    assert match is not None, (pid, text)
    assert (match["term"], match["number"].replace(" ", "").replace(".", "")) == ("18", number)
