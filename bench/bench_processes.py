"""Whole-process exports (`desk export …`) beside the tools a user would otherwise run.

Pairs, each timed alternately in one invocation so that both sides see the
same machine state: `desk export --format pdf` vs LibreOffice converting our
DOCX to PDF, and `desk export --format docx` vs pandoc converting our Markdown
export to DOCX. A tool that is not installed is reported as n/a.
Run from the repository root: .venv/bin/python bench/bench_processes.py
"""

from __future__ import annotations

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
RUNS = 7
BENCH = "export as process"


def run(command: Sequence[str]) -> None:
    """Run a command, failing loudly if it fails (a failed run must not look fast)."""
    subprocess.run(command, check=True, capture_output=True)


def alternate(first: Sequence[str], second: Sequence[str], runs: int) -> tuple[float, float]:
    """Return the medians of two commands run turn about, after one warm-up each."""
    run(first)
    run(second)
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        times[0].append(time_ms(lambda: run(first)))
        times[1].append(time_ms(lambda: run(second)))
    return median(times[0]), median(times[1])


def pair(label: str, ours: Sequence[str], tool: str, theirs: Sequence[str] | None) -> list[Result]:
    """Time one pair and return our figure, theirs and the ratio."""
    if theirs is None:
        only = median(time_ms(lambda: run(ours)) for _ in range(RUNS))
        missing = f"{tool} not installed"
        return [
            Result(BENCH, f"desk export {label}", only),
            Result(BENCH, f"{tool}: n/a", float("nan"), note=missing),
        ]
    mine, other = alternate(ours, theirs, RUNS)
    return [
        Result(BENCH, f"desk export {label}", mine, note=f"median of {RUNS}, alternating"),
        Result(BENCH, f"{tool}", other, note=f"median of {RUNS}, alternating"),
        Result(BENCH, f"ratio desk/{tool.split()[0]} ({label})", mine / other, unit="×"),
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
        results = pair("seed → PDF", ours_pdf, "soffice DOCX → PDF", libre)
        results += pair("seed → DOCX", ours_docx, "pandoc MD → DOCX", pandoc_cmd)
    report(results)


if __name__ == "__main__":
    main()
