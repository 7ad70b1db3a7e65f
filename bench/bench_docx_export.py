"""Time the DOCX export in process: the seed inquiry and one with 60 footnotes.

Run from the repository root: .venv/bin/python bench/bench_docx_export.py
Target (DESIGN.md §5, issue 3): seed ≤ 30 ms (median after warm-up).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk_app.formats.to_docx import to_docx
from desk_app.rules.registry import ProfileRegistry
from tests.formats.docx_inquiries import many_notes_inquiry, seed_inquiry

RUNS = 25
TARGET_MS = 30.0


def timed_ms(render) -> float:
    """Return the wall time of one call in milliseconds."""
    start = time.perf_counter()
    render()
    return (time.perf_counter() - start) * 1000


def median_ms(render, runs: int = RUNS) -> float:
    """Return the median wall time of runs in milliseconds, after one warm-up run."""
    render()
    return statistics.median(timed_ms(render) for _ in range(runs))


def main() -> None:
    """Print the first (cold) export and the median of warm exports."""
    nw = ProfileRegistry.load().get("NW")
    seed, many = seed_inquiry(), many_notes_inquiry(60)
    # The first export also prepares the house base document, cached per font.
    print(f"seed, first in process: {timed_ms(lambda: to_docx(seed, nw)):.1f} ms")
    seed_ms = median_ms(lambda: to_docx(seed, nw))
    print(f"seed:     median {seed_ms:.1f} ms over {RUNS} runs (target ≤ {TARGET_MS:.0f} ms)")
    many_ms = median_ms(lambda: to_docx(many, nw))
    print(f"60 notes: median {many_ms:.1f} ms over {RUNS} runs")


if __name__ == "__main__":
    main()
