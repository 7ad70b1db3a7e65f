"""The shared store on PostgreSQL beside the SQLite file, on the same 10,000 and 100,000 inquiries.

Starts a throwaway server (tests/pg_server.py: initdb in a temporary folder, a
Unix socket; fsync off as in the tests, so the write figures are the server's
work, not the disk's), copies each corpus of bench/corpus.py onto it with
`desk copy`'s own code and gives every row the same search text as the file's
FTS table. Then, on both stores: the list's first page (200 rows), search
(median and p95 over bench_search's queries), opening one inquiry, saving
one (a changed note), and on the server the time from a colleague's commit to
the listener's wake-up (LISTEN/NOTIFY). Ratios are server / file.
Run from the repository root: .venv/bin/python bench/bench_server_store.py
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_search import QUERIES
from bench.common import Result, median, p95, report, samples_ms
from bench.corpus import store_path
from desk_app.storage import InquiryStore
from desk_app.storage.copying import copy_store
from tests.pg_server import admin, running_server, why_not

RUNS = 11
PAGE = 200


def _load(file: Path, url: str) -> None:
    """Copy the file's store onto the server and give each row the file's search text."""
    with InquiryStore(file) as source, InquiryStore(url) as target:
        copy_store(source, target)
    conn = sqlite3.connect(file)
    try:
        rows = conn.execute("SELECT rowid, title, preamble, questions, footnotes FROM inquiry_fts")
        with InquiryStore(url) as target, target.loading() as writing:
            for inquiry_id, title, preamble, questions, footnotes in rows:
                values = {"title": title, "preamble": preamble, "questions": questions}
                target.index_text(inquiry_id, {**values, "footnotes": footnotes})
            writing.execute("ANALYZE")
    finally:
        conn.close()


def _measure(store: InquiryStore, rows: int) -> dict[str, float]:
    """Return the medians of one store, and add its search p95."""
    figures = {
        "list first page": median(samples_ms(lambda: store.list(limit=PAGE), RUNS)),
        "open one": median(samples_ms(lambda: store.get(rows // 2), RUNS)),
    }
    searches = []
    for queries in QUERIES.values():
        for query in queries:
            searches += samples_ms(lambda query=query: store.search(query, PAGE), RUNS)
    figures["search: median"] = median(searches)
    figures["search: p95"] = p95(searches)
    inquiry = store.get(rows // 3)
    counter = iter(range(10**6))

    def save() -> None:
        inquiry.notes = f"Notiz {next(counter)}"
        store.save(inquiry)

    figures["save one"] = median(samples_ms(save, RUNS))
    return figures


def _notify_latency(url: str, inquiry_id: int) -> list[float]:
    """Return the milliseconds from a colleague's save to the listener's wake-up."""
    times = []
    with InquiryStore(url) as listening, InquiryStore(url) as colleague:
        listener = listening.listen()
        assert listener is not None
        try:
            inquiry = colleague.get(inquiry_id)
            for run in range(RUNS):
                heard = threading.Event()
                stamp: list[float] = []

                def wait(stamp: list[float] = stamp, heard: threading.Event = heard) -> None:
                    while not listener.wait(1.0):
                        pass
                    stamp.append(time.perf_counter())
                    heard.set()

                thread = threading.Thread(target=wait)
                thread.start()
                time.sleep(0.05)
                inquiry.notes = f"Kollegin {run}"
                begin = time.perf_counter()
                colleague.save(inquiry)
                heard.wait(5)
                thread.join(5)
                times.append((stamp[0] - begin) * 1000)
        finally:
            listener.close()
    return times


def main() -> None:
    """Report both stores' figures at both sizes, with the server / file ratio."""
    reason = why_not()
    if reason is not None:
        print(f"skipped: {reason}")
        return
    results = []
    with tempfile.TemporaryDirectory() as name, running_server() as server:
        for rows in (10_000, 100_000):
            file = store_path(rows, Path(name))
            database = f"bench{rows}"
            admin(server, f"CREATE DATABASE {database}")
            url = server.url(database)
            begin = time.perf_counter()
            _load(file, url)
            print(f"copied {rows:,} onto the server in {time.perf_counter() - begin:.1f} s")
            bench = f"store {rows // 1000}k"
            with InquiryStore(file) as local, InquiryStore(url) as shared:
                on_file = _measure(local, rows)
                on_server = _measure(shared, rows)
            for figure, value in on_server.items():
                ratio = value / on_file[figure] if on_file[figure] else 0.0
                results.append(
                    Result(
                        bench,
                        f"{figure}: server",
                        value,
                        note=f"file {on_file[figure]:.2f} ms; server / file {ratio:.1f}×",
                    )
                )
            latency = _notify_latency(url, rows // 4)
            results.append(
                Result(
                    bench,
                    "colleague's save to listener: median",
                    median(latency),
                    target=2000.0,
                    note=f"p95 {p95(latency):.1f} ms",
                )
            )
    report(results)


if __name__ == "__main__":
    main()
