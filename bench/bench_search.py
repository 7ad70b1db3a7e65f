"""Full-text search over 100,000 generated inquiries: median and p95 per query set.

The store's own search (the list asks for pages of 200) on the corpus of
bench/corpus.py. Query sets: single words from rare to very common, two
words, phrases (several words typed together: the store ANDs the words, it
has no phrase operator), and prefixes (a trailing `*`).
Target (docs/DESIGN.md §5): median ≤ 20 ms.
Run from the repository root: .venv/bin/python bench/bench_search.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Result, median, p95, report, samples_ms
from bench.corpus import store_path
from desk_app.storage import InquiryStore

RUNS = 11
PAGE = 200
QUERIES = {
    "single word": ["Datenschutz", "Rettungsdienst", "Kita", "Pflege", "Förderung", "Schule"],
    "two words": ["Kita Pflege", "Schule Lehrkräfte", "Förderung Kommune", "Polizei Datenschutz"],
    "phrase": ["Förderung der Kommune", "die Landesregierung und", "Schule für Lehrkräfte"],
    "prefix": ["Förder*", "Kit*", "Daten*", "Lehr*"],
}


def main() -> None:
    """Report median and p95 per query set and over all queries."""
    with tempfile.TemporaryDirectory() as name:
        path = store_path(100_000, Path(name))
        results, everything, worst = [], [], ("", 0.0)
        with InquiryStore.open(path) as store:
            for label, queries in QUERIES.items():
                times = []
                for query in queries:
                    one = samples_ms(lambda query=query: store.search(query, PAGE), RUNS)
                    times += one
                    if median(one) > worst[1]:
                        worst = (query, median(one))
                everything += times
                note = f"{len(queries)} queries × {RUNS}; p95 {p95(times):.1f} ms"
                results.append(
                    Result("search 100k", f"{label}: median", median(times), target=20.0, note=note)
                )
            results.append(
                Result("search 100k", "all queries: median", median(everything), target=20.0)
            )
            results.append(Result("search 100k", "all queries: p95", p95(everything)))
            results.append(Result("search 100k", f"slowest query {worst[0]!r}: median", worst[1]))
    report(results)


if __name__ == "__main__":
    main()
