"""Whole `desk` processes beside the tools a user would otherwise run (docs/DESIGN.md §5).

Pairs, each timed alternately in one invocation so that both sides see the
same machine state, median of RUNS after one warm-up each:
`desk export --format pdf` vs LibreOffice converting our DOCX to PDF (goal:
≥ 5× faster, ratio ≤ 0.2), `desk export --format docx` vs pandoc converting
our Markdown export to DOCX (goal: ≤ 2×), and `desk list` on a store with one
inquiry vs `python -c pass` on the same interpreter (goal: ≤ 5×). A tool that
is not installed is reported as n/a with the reason. The children run with
bytecode caching on (PYTHONDONTWRITEBYTECODE removed), as on a user's machine:
the warm-up run writes the .pyc files.
Run from the repository root: .venv/bin/python bench/bench_processes.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Result, median, report, time_ms
from desk_app.paths import resources_dir

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"
RUNS = 9
BENCH = "whole process"
# A user's Python caches bytecode; without it every start compiles the app anew.
CHILD_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def run(command: Sequence[str]) -> None:
    """Run a command, failing loudly if it fails (a failed run must not look fast)."""
    subprocess.run(command, check=True, capture_output=True, env=CHILD_ENV)


def alternate(first: Sequence[str], second: Sequence[str], runs: int) -> tuple[float, float]:
    """Return the medians of two commands run turn about, after one warm-up each."""
    run(first)
    run(second)
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        times[0].append(time_ms(lambda: run(first)))
        times[1].append(time_ms(lambda: run(second)))
    return median(times[0]), median(times[1])


def pair(
    label: str, ours: Sequence[str], tool: str, theirs: Sequence[str] | None, goal: float
) -> list[Result]:
    """Time one pair and return our figure, theirs and the ratio ours/theirs with its goal."""
    if theirs is None:
        run(ours)
        only = median(time_ms(lambda: run(ours)) for _ in range(RUNS))
        missing = f"{tool.split()[0]} not installed, no ratio"
        return [
            Result(BENCH, label, only, note=f"median of {RUNS}"),
            Result(BENCH, f"{tool}: n/a", float("nan"), note=missing),
        ]
    mine, other = alternate(ours, theirs, RUNS)
    how = f"median of {RUNS}, alternating"
    return [
        Result(BENCH, label, mine, note=how),
        Result(BENCH, f"  peer: {tool}", other, note=how),
        Result(BENCH, f"  ratio desk / {tool.split()[0]}", mine / other, "×", goal),
    ]


def main() -> None:
    """Import the seed into a fresh store, then time the pairs."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db = folder / "seed.sqlite3"
        desk = [sys.executable, "-m", "desk_app", "--db", str(db)]
        run([*desk, "import", str(SEED)])
        docx, markdown = folder / "seed.docx", folder / "seed.md"
        run([*desk, "export", "1", "--format", "docx", "-o", str(docx)])
        run([*desk, "export", "1", "--format", "md", "-o", str(markdown)])
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        libre = None
        if soffice:
            # A private profile: no clash with a running LibreOffice, no first-start dialog.
            profile = f"-env:UserInstallation=file://{folder / 'lo-profile'}"
            libre = [soffice, profile, "--headless", "--convert-to", "pdf"]
            libre += ["--outdir", str(folder / "lo"), str(docx)]
        pandoc = shutil.which("pandoc")
        pandoc_cmd = [pandoc, str(markdown), "-o", str(folder / "pandoc.docx")] if pandoc else None
        ours_pdf = [*desk, "export", "1", "--format", "pdf", "-o", str(folder / "out.pdf")]
        ours_docx = [*desk, "export", "1", "--format", "docx", "-o", str(folder / "out.docx")]
        bare = [sys.executable, "-c", "pass"]
        results = pair("desk export → PDF", ours_pdf, "soffice DOCX → PDF", libre, 0.2)
        results += pair("desk export → DOCX", ours_docx, "pandoc MD → DOCX", pandoc_cmd, 2.0)
        results += pair("desk list (1 inquiry)", [*desk, "list"], "python -c pass", bare, 5.0)
    report(results)


if __name__ == "__main__":
    main()
