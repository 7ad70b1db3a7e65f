"""Time the DOCX export in process: the seed, 60 footnotes and the 100-footnote stress inquiry.

Run from the repository root: .venv/bin/python bench/bench_docx_export.py
Target (docs/DESIGN.md §5): seed ≤ 30 ms (median of 25 after a warm-up run).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Result, median, report, samples_ms, time_ms
from bench.samples import long_inquiry
from desk_app.formats.write.docx.writer import to_docx
from desk_app.rules.registry import ProfileRegistry
from tests.formats.docx_inquiries import many_notes_inquiry, seed_inquiry

RUNS = 25
TARGET_MS = 30.0


def main() -> None:
    """Report the first (cold) export and the medians of warm exports."""
    nw = ProfileRegistry.load().get("NW")
    seed, many, stress = seed_inquiry(), many_notes_inquiry(60), long_inquiry()
    # The first export also prepares the house base document, cached per font.
    cold = time_ms(lambda: to_docx(seed, nw))
    results = [
        Result("export in process", "DOCX seed, first call", cold, note="imports excluded"),
        Result(
            "export in process",
            f"DOCX seed, median of {RUNS}",
            median(samples_ms(lambda: to_docx(seed, nw), RUNS)),
            target=TARGET_MS,
        ),
        Result(
            "export in process",
            "DOCX 60 footnotes",
            median(samples_ms(lambda: to_docx(many, nw), RUNS)),
        ),
        Result(
            "export in process",
            "DOCX 100 footnotes, ~30 pages",
            median(samples_ms(lambda: to_docx(stress, nw), 21)),
        ),
    ]
    report(results)


if __name__ == "__main__":
    main()
