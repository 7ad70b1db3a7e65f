"""Time the inquiry list over 100,000 inquiries: first rows, filter, search, deep pages, memory.

Run from the repository root:  .venv/bin/python bench/bench_list_model.py
Options: --rows N (default 100000), --db PATH (reuse or keep a built database).
The text is drawn from a Zipf-weighted vocabulary (a few words common, most
rare), so a search for a topical word matches a realistic share of rows.
Targets (DESIGN.md §5): full-text search median ≤ 20 ms; the list is lazy
(first rows and filtering never load everything); we aim for first rows and a
filter ≤ 50 ms each and memory that does not grow with the number of rows.

The database is built in a child process, so the peak RSS printed at the end
is the list's own (Qt, the model, the loaded pages), not the build's.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 15
TODAY = date(2025, 3, 10)
PARLIAMENTS = "BB BE BT BW BY HB HE HH MV NI NW RP SH SL SN ST TH".split()  # noqa: SIM905
STATUSES = ("draft", "submitted", "published", "answered", "withdrawn")
WORDS = (  # noqa: SIM905
    "Förderung Integration Kommune Landesregierung Schule Polizei Haushalt Kita "
    "Pflege Krankenhaus Straße Brücke Radweg Wohnungsbau Energie Klimaschutz "
    "Digitalisierung Breitband Hochschule Lehrkräfte Gemeinde Kreis Zuwendung Stellen "
    "Personal Kosten Verwaltung Justiz Gefängnis Feuerwehr Katastrophenschutz "
    "Landwirtschaft Wald Wasser Abwasser Müll Verkehr Bahn Bus Nahverkehr Tourismus "
    "Kultur Museum Theater Sport Verein Ehrenamt Wohlfahrtspflege Migration Asyl "
    "Sprachkurs Arbeitsmarkt Ausbildung Jugend Senioren Gesundheit Impfung Ärzte "
    "Apotheke Rettungsdienst Datenschutz"
).split()


def vocabulary(rng: random.Random, size: int = 20_000) -> tuple[list[str], list[float]]:
    """Return words with Zipf weights: a few common, most rare, as in real German text."""
    syllables = "ge be ver an aus ein lan des reg ung keit heit schaft tum ber stadt rat amt"
    parts = syllables.split()
    made = {"".join(rng.choices(parts, k=rng.randint(2, 4))).capitalize() for _ in range(size)}
    vocab = sorted(made - set(WORDS))
    rng.shuffle(vocab)
    # The topical words sit at ranks 20, 40, …: common but not in every inquiry.
    for rank, word in enumerate(WORDS):
        vocab.insert(20 * (rank + 1), word)
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    total = 0.0
    cumulative = []
    for weight in weights:
        total += weight
        cumulative.append(total)
    return vocab, cumulative


def build(path: Path, rows: int, words: int) -> None:
    """Create the store's schema, then bulk-insert rows and their search text directly."""
    from desk_app.model import Inquiry, paragraph
    from desk_app.storage import InquiryStore, encode

    InquiryStore.open(path).close()  # migrations create the real schema
    rng = random.Random(20250310)
    vocab, cumulative = vocabulary(rng)
    template = json.dumps(encode(Inquiry("NW", "kleine-anfrage", title=paragraph("x"))))
    start = datetime(2020, 1, 1, tzinfo=UTC)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    for first in range(0, rows, 5000):
        batch, search = [], []
        for n in range(first + 1, min(first + 5000, rows) + 1):
            status = rng.choices(STATUSES, weights=(15, 15, 15, 50, 5))[0]
            due = None if status == "draft" else TODAY + timedelta(days=rng.randint(-400, 60))
            title = " ".join(rng.choices(vocab, cum_weights=cumulative, k=6))
            moment = (start + timedelta(minutes=n)).isoformat(timespec="microseconds")
            batch.append(
                (
                    n,
                    rng.choice(PARLIAMENTS),
                    "grosse-anfrage" if n % 20 == 0 else "kleine-anfrage",
                    18,
                    str(n),
                    f"18/{n}" if status in ("published", "answered") else None,
                    title,
                    status,
                    due.isoformat() if due else None,
                    moment,
                    moment,
                    template,
                )
            )
            text = " ".join(rng.choices(vocab, cum_weights=cumulative, k=words))
            search.append((n, title, text, text[: len(text) // 3], ""))
        conn.executemany("INSERT INTO inquiries VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", batch)
        conn.executemany(
            "INSERT INTO inquiry_fts (rowid, title, preamble, questions, footnotes) "
            "VALUES (?,?,?,?,?)",
            search,
        )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def timed(action, prepare=None, runs: int = RUNS) -> float:
    """Return the median milliseconds of action() after one warm-up run."""
    times = []
    for index in range(runs + 1):
        if prepare is not None:
            prepare()
        begin = time.perf_counter()
        action()
        if index:  # the first run pays for caches and imports
            times.append((time.perf_counter() - begin) * 1000)
    return statistics.median(times)


def measure(path: Path) -> None:
    """Open the database with the real model and view, and print the medians."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication, QTableView

    from desk_app.gui.inquiry_list_model import InquiryListModel
    from desk_app.rules.registry import ProfileRegistry
    from desk_app.storage import InquiryStore

    app = QApplication.instance() or QApplication([])
    registry = ProfileRegistry.load()
    store = InquiryStore.open(path)
    view = QTableView()
    view.resize(1000, 700)
    view.show()
    state: dict[str, InquiryListModel] = {}

    def shown() -> None:
        # What the user waits for: the model answered and the view laid out its first page.
        app.processEvents()
        assert state["model"].rowCount() > 0

    def first_rows() -> None:
        state["model"] = InquiryListModel(store, registry, today=lambda: TODAY)
        view.setModel(state["model"])
        shown()

    print(f"{store.count():,} inquiries in {path}")
    results = [("first rows (model + view)", timed(first_rows), "≤ 50")]
    model = state["model"]

    def no_filter() -> None:
        model.set_filters()

    def filter_nw() -> None:
        model.set_filters("NW")
        shown()

    results.append(("filter parliament = NW", timed(filter_nw, no_filter), "≤ 50"))

    def filter_three() -> None:
        model.set_filters("NW", "submitted", "kleine-anfrage")
        shown()

    results.append(("filter NW + Eingereicht + KA", timed(filter_three, no_filter), "≤ 50"))
    model.set_filters()
    # Datenschutz is in ~1 % of the inquiries, Kita and Pflege in ~9 %, Förderung in ~50 %.
    for query in ("Datenschutz", "Kita Pflege", "Förderung", "Förder*"):

        def search(query: str = query) -> None:
            model.set_search(query)
            shown()

        def clear() -> None:
            model.set_search("")

        target = "≤ 20" if not query.endswith("*") else "(prefix: 150–220 in TECH_NOTES)"
        results.append((f"search {query!r} + first page", timed(search, clear), target))
    model.set_search("")
    results.append(
        ("store.search('Förderung') alone", timed(lambda: store.search("Förderung", 200)), "≤ 20")
    )

    def sort_due() -> None:
        model.sort(5)
        shown()

    results.append(("sort by due + first page", timed(sort_due), "≤ 50"))

    def deep_page() -> None:
        store.list(order="updated", limit=200, offset=99_800)

    results.append(("one page at offset 99,800 (store)", timed(deep_page), "≤ 50"))

    def scroll_pages() -> None:
        fresh = InquiryListModel(store, registry, today=lambda: TODAY)
        for _ in range(10):
            fresh.fetchMore(QModelIndex())

    results.append(("10 pages (2,000 rows) fetched", timed(scroll_pages, runs=5), "lazy"))
    for name, value, target in results:
        print(f"{name:40s} median {value:8.1f} ms   target {target}")
    print(f"rows held by the model after the runs: {model.rowCount():,} of {model.total():,}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MB (Qt + model; the build ran in a child)")
    store.close()


def main() -> None:
    """Build (or reuse) a database in a child process, then measure it here."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=150, help="search words per inquiry")
    parser.add_argument("--db", type=Path, help="database to reuse or keep")
    parser.add_argument("--build-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        build(args.build_only, args.rows, args.words)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite3"
        if not path.exists():
            begin = time.perf_counter()
            command = [sys.executable, __file__, "--build-only", str(path)]
            command += ["--rows", str(args.rows), "--words", str(args.words)]
            subprocess.run(command, check=True)
            print(f"built {args.rows:,} inquiries in {time.perf_counter() - begin:.1f} s")
        measure(path)


if __name__ == "__main__":
    main()
