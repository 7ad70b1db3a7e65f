"""Time the PDF export in process: the seed inquiry and the 100-footnote stress inquiry.

Run from the repository root: .venv/bin/python bench/bench_pdf_export.py
Targets (docs/DESIGN.md §5, issue 4): seed ≤ 30 ms, stress ≤ 500 ms (medians after warm-up).
"""

from __future__ import annotations

import io
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader

from bench.common import Result, median, report, samples_ms
from bench.samples import long_inquiry
from desk_app.formats.write.pdf.writer import to_pdf
from desk_app.rules.registry import ProfileRegistry
from tests.formats.pdf_samples import seed_inquiry, stress_inquiry

RUNS = 21


def main() -> None:
    """Report the median export time of both inquiries."""
    registry = ProfileRegistry.load()
    nw = registry.get("NW")
    seed, stress = seed_inquiry(registry), stress_inquiry()
    # to_pdf checks that each note sits on its marker's page and logs a warning if not.
    warnings: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: warnings.append(record.getMessage())  # type: ignore[method-assign]
    logging.getLogger("desk_app.formats.write.pdf.writer").addHandler(handler)
    long = long_inquiry()
    pages = len(PdfReader(io.BytesIO(to_pdf(stress, nw))).pages)
    long_pages = len(PdfReader(io.BytesIO(to_pdf(long, nw))).pages)
    report(
        [
            Result(
                "export in process",
                f"PDF seed, median of {RUNS}",
                median(samples_ms(lambda: to_pdf(seed, nw), RUNS)),
                target=30.0,
            ),
            Result(
                "export in process",
                f"PDF 100 footnotes (stress, {pages} pages)",
                median(samples_ms(lambda: to_pdf(stress, nw), RUNS)),
                target=500.0,
                note="target from issue 4",
            ),
            Result(
                "export in process",
                f"PDF 100 footnotes, {long_pages} pages",
                median(samples_ms(lambda: to_pdf(long, nw), 11)),
                note=warnings[0] if warnings else "no target in docs/DESIGN.md",
            ),
        ]
    )


if __name__ == "__main__":
    main()
