"""Start-up to a shown, interactive main window (offscreen) with 10,000 inquiries in the store.

Each run is a fresh process (python + imports + store open + window + first
paint); the clock starts in the parent just before the child is spawned.
Target (docs/DESIGN.md §5): ≤ 1 s, median of 7 after one warm-up run (disk cache).
Run from the repository root: .venv/bin/python bench/bench_startup.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Result, median, report
from bench.corpus import store_path

RUNS = 7
CHILD = Path(__file__).with_name("gui_child.py")


def launch(mode: str, db: Path, folder: Path) -> dict[str, float]:
    """Start the window in a child process and return its figures, with the parent's start."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = str(CHILD.parent.parent)
    spawned = time.time()
    done = subprocess.run(
        [sys.executable, str(CHILD), mode, str(db), str(folder / "child.ini")],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["spawned"] = spawned
    return figures


def main() -> None:
    """Report the median start-up and where its time goes."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = store_path(10_000, folder)
        launch("startup", db, folder)  # warm-up: the OS file cache, .pyc files
        runs = [launch("startup", db, folder) for _ in range(RUNS)]

    def phase(start: str, end: str) -> float:
        return median((run[end] - run[start]) * 1000 for run in runs)

    report(
        [
            Result(
                "start-up",
                f"window shown + painted, 10,000 inquiries (median of {RUNS})",
                phase("spawned", "painted"),
                target=1000.0,
            ),
            Result("start-up", "  of which: interpreter + imports", phase("spawned", "imported")),
            Result(
                "start-up",
                "  of which: lock, store open, window built",
                phase("session_begin", "session_opened"),
            ),
            Result(
                "start-up",
                "  of which: show → first paint idle",
                phase("session_opened", "painted"),
            ),
        ]
    )


if __name__ == "__main__":
    main()
