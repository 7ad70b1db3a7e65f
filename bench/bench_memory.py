"""Peak memory (VmHWM) of the real window with 100,000 inquiries, in a child process.

Two children: one measured right after start-up, one after scrolling the
list to its very end (every row fetched), a search, and opening an inquiry.
docs/DESIGN.md §5 names no memory target; the list is lazy, so start-up memory
should not depend on the number of inquiries (compare with 10,000).
Run from the repository root: .venv/bin/python bench/bench_memory.py
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_startup import launch
from bench.common import Result, report, time_ms
from bench.corpus import store_path


def quick_check_ms(path: Path) -> float:
    """Return the time of the integrity check the store runs at every open (warm cache)."""
    conn = sqlite3.connect(path)
    try:
        return time_ms(lambda: conn.execute("PRAGMA quick_check").fetchone())
    finally:
        conn.close()


def main() -> None:
    """Report the peak RSS figures."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        small, big = store_path(10_000, folder), store_path(100_000, folder)
        idle_small = launch("startup", small, folder)
        idle = launch("startup", big, folder)
        used = launch("memory", big, folder)
        check_ms = quick_check_ms(big)
    report(
        [
            Result(
                "memory", "peak RSS, window open, 10,000 inquiries", idle_small["peak_mb"], "MB"
            ),
            Result("memory", "peak RSS, window open, 100,000 inquiries", idle["peak_mb"], "MB"),
            Result(
                "memory",
                "peak RSS, 100,000 after scrolling all, search, open",
                used["peak_mb"],
                "MB",
                note=f"{int(used['rows_held']):,} rows held by the list",
            ),
            Result(
                "start-up",
                "window shown + painted, 100,000 inquiries (1 run)",
                (idle["painted"] - idle["spawned"]) * 1000,
                note="no target; for comparison with 10,000",
            ),
            Result(
                "start-up",
                "  PRAGMA quick_check at store open, 100,000",
                check_ms,
                note="warm cache; runs on every open",
            ),
        ]
    )


if __name__ == "__main__":
    main()
