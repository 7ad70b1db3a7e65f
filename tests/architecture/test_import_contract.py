"""The layers hold: every import contract in pyproject.toml passes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def test_every_import_contract_is_kept():
    result = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout[-3000:]
    for name in (
        "Only desk_app.gui imports Qt",
        "The service is the one door: faces never reach storage or formats",
        "Readers and writers do not import each other",
    ):
        assert f"{name} KEPT" in result.stdout
