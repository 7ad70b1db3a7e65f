"""Time the PDF export in process: the seed inquiry and the 100-footnote stress inquiry.

Run from the repository root: .venv/bin/python bench/bench_pdf_export.py
Targets (DESIGN.md §5, issue 4): seed ≤ 30 ms, stress ≤ 500 ms (median).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk_app.formats.to_pdf import to_pdf
from desk_app.rules.registry import ProfileRegistry
from tests.formats.pdf_samples import seed_inquiry, stress_inquiry

RUNS = 21


def median_ms(render, runs: int = RUNS) -> float:
    """Return the median wall time of runs in milliseconds, after one warm-up run."""
    render()  # imports, font registration and caches are paid once per process
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    """Print the median export time of both inquiries."""
    registry = ProfileRegistry.load()
    nw = registry.get("NW")
    seed, stress = seed_inquiry(registry), stress_inquiry()
    print(f"seed:   median {median_ms(lambda: to_pdf(seed, nw)):.1f} ms over {RUNS} runs (≤ 30)")
    print(f"stress: median {median_ms(lambda: to_pdf(stress, nw)):.1f} ms over {RUNS} runs (≤ 500)")


if __name__ == "__main__":
    main()
