"""Time PDF and DOCX export in process of inquiries with 100, 1,000 and 10,000 footnotes.

Run from the repository root: .venv/bin/python bench/bench_many_notes.py
Issue 18: the cost must grow linearly with the notes, so the ratio 10,000/1,000
should be near 10. CPU time (time.process_time), medians of 5 runs for 100 and
1,000 notes, one run for 10,000. Target for the 10,000-note PDF: ≤ 35 s of CPU
on the 2-core benchmark machine, about 3 ms per note (it was ~4.7 ms at 1,000
to 4,000 notes; 53 s in the issue): every paragraph and note is now broken into
lines once, and what is left is reportlab's own line breaking and drawing in
pure Python. The issue's ~10 s would need less of reportlab, not less of our
frame logic. DOCX: ≤ 10 s.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Result, report
from desk_app.formats.catalog import render_inquiry
from desk_app.model import Inquiry
from desk_app.rules.registry import ProfileRegistry
from tests.formats.pdf_samples import long_inquiry

SIZES = (100, 1_000, 10_000)
RUNS = {100: 5, 1_000: 5, 10_000: 1}
TARGET_S = {"pdf": 35.0, "docx": 10.0}  # for 10,000 notes


def cpu_seconds(action: Callable[[], object], runs: int) -> float:
    """Return the median CPU time of runs calls, after one untimed call."""
    action()
    times = []
    for _ in range(runs):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    """Report each format's time per size, its cost per note and the 10,000/1,000 ratio."""
    registry = ProfileRegistry.load()
    inquiries: dict[int, Inquiry] = {size: long_inquiry(size) for size in SIZES}
    results: list[Result] = []
    for fmt in ("pdf", "docx"):
        seconds: dict[int, float] = {}
        for size in SIZES:
            inquiry = inquiries[size]
            runs = RUNS[size]
            action = partial(render_inquiry, inquiry, fmt, registry)
            seconds[size] = cpu_seconds(action, runs) if runs > 1 else _once(action)
            label = f"median of {runs}" if runs > 1 else "one run"
            target = TARGET_S[fmt] * 1000 if size == 10_000 else None
            results.append(
                Result(
                    "many notes",
                    f"{fmt.upper()} {size:,} notes, {label}",
                    seconds[size] * 1000,
                    target=target,
                    note="CPU time; target from issue 18" if target else "CPU time",
                )
            )
        for size in SIZES:
            results.append(
                Result(
                    "many notes",
                    f"{fmt.upper()} per note at {size:,}",
                    seconds[size] * 1000 / size,
                    note="ms of CPU time per note",
                )
            )
        ratio = seconds[10_000] / seconds[1_000]
        results.append(
            Result(
                "many notes",
                f"{fmt.upper()} 10,000 / 1,000 notes",
                ratio,
                unit="×",
                target=12.0,
                note="10 is linear",
            )
        )
    report(results)


def _once(action: Callable[[], object]) -> float:
    """Return the CPU time of one call."""
    start = time.process_time()
    action()
    return time.process_time() - start


if __name__ == "__main__":
    main()
