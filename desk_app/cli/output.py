"""How every verb prints: JSON the same way everywhere, reports and warnings on stderr."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(value: Any) -> None:
    """Print a JSON value the way every --json output is printed."""
    print(json.dumps(value, ensure_ascii=False, indent=2))


def print_report(lines: list[str]) -> None:
    """Print an importer's report or an exporter's warnings on stderr, one line each."""
    for line in lines:
        print(line, file=sys.stderr)
