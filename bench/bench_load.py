"""Whole `desk` processes on a store of 10,000 open inquiries (issue 18, "Load").

`desk deadlines` (goal ≤ 500 ms) and `desk export --all-open --format ics`
(goal ≤ 2,000 ms for the 10,000-event calendar), median of RUNS after one
warm-up each, the two commands run turn about; each figure's CPU time is
shown beside it, since on shared cores the wall time counts others' work
too. The store starts as the shared 10,000-row corpus (BENCH_DB_10000 under
bench/run.py); a copy of it gets a whole inquiry in every row — dates,
questions, footnotes, some extensions and hand-set due dates — with its
columns and due date written as the desk writes them, so the engine finds
a deadline for almost every row. The children run with bytecode caching
on, as on a user's machine.
Run from the repository root: .venv/bin/python bench/bench_load.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Result, median, report, time_ms
from bench.corpus import TODAY, store_path

if TYPE_CHECKING:
    from desk_app.model import Inquiry

ROWS = 10_000
RUNS = 7
BENCH = "load (10,000 open)"
CHILD_ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
WORDS = (  # noqa: SIM905
    "die Landesregierung Förderung Kommune Schule Haushalt Pflege Verkehr und der "
    "Zuwendung Personal Kosten Verwaltung Jugend Gesundheit wie viele welche seit"
).split()


def run(command: Sequence[str]) -> None:
    """Run a command, failing loudly if it fails (a failed run must not look fast)."""
    subprocess.run(command, check=True, capture_output=True, env=CHILD_ENV)


def cpu_ms(command: Sequence[str]) -> float:
    """Return the CPU time (user + system) one run of a command took, in milliseconds."""
    # On shared cores the wall time also counts other people's work; this does not.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run(command)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return spent * 1000


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choices(WORDS, k=count))


def _inquiry(rng: random.Random, row: tuple) -> Inquiry:
    """Return a whole open inquiry for one corpus row (id, parliament, kind, number, title)."""
    from desk_app.model import Extension, Footnote, FootnoteRef, Inquiry, Question, paragraph

    inquiry_id, parliament, kind, number, title = row
    inquiry = Inquiry(parliament, kind, id=inquiry_id, term=18, number=number)
    inquiry.title = paragraph(title)
    inquiry.preamble = [paragraph(_words(rng, 60)) for _ in range(3)]
    inquiry.preamble[0].inlines.append(FootnoteRef("1"))
    inquiry.questions = [
        Question([paragraph(_words(rng, 20) + "?")], [[paragraph(_words(rng, 10) + "?")]])
        for _ in range(6)
    ]
    inquiry.footnotes = {"1": Footnote("1", [paragraph(_words(rng, 12))])}
    dates = inquiry.dates
    dates.drafted = TODAY - timedelta(days=rng.randint(20, 200))
    dates.submitted = dates.drafted + timedelta(days=rng.randint(1, 10))
    if inquiry_id % 3:
        dates.forwarded = dates.submitted + timedelta(days=2)
    if inquiry_id % 2:
        inquiry.drucksache = f"18/{inquiry_id}"
        dates.issued = dates.submitted + timedelta(days=4)
    if inquiry_id % 10 == 0:
        dates.extensions.append(Extension(units=1, reason="Umfang", granted=dates.submitted))
    if inquiry_id % 50 == 1:
        dates.due_override = dates.submitted + timedelta(days=90)
    return inquiry


def build(source: Path, path: Path) -> None:
    """Copy the corpus store and give every row a whole open inquiry and its due date."""
    from desk_app.rules.deadline_status import due_rule
    from desk_app.rules.registry import ProfileRegistry
    from desk_app.storage import encode
    from desk_app.storage.rows import summary_values

    shutil.copyfile(source, path)
    due = due_rule(ProfileRegistry.load())
    rng = random.Random(18)
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, parliament, kind, number, title FROM inquiries ORDER BY id")
    updates = []
    for row in rows.fetchall():
        inquiry = _inquiry(rng, row)
        columns = summary_values(inquiry, due(inquiry))
        data = json.dumps(encode(inquiry), ensure_ascii=False, separators=(",", ":"))
        updates.append({**columns, "data": data, "id": row[0]})
    assignments = ", ".join(f"{column} = :{column}" for column in updates[0] if column != "id")
    with conn:
        conn.executemany(f"UPDATE inquiries SET {assignments} WHERE id = :id", updates)
    conn.close()


def load_store(folder: Path) -> Path:
    """Return the store of 10,000 whole open inquiries, built once in folder."""
    path = folder / f"load_{ROWS}.sqlite3"
    if not path.exists():
        build(store_path(ROWS, folder), path)
    return path


def main() -> None:
    """Build or reuse the store, then time both commands turn about."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the store in")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="desk-load-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        db = load_store(folder)
        desk = [sys.executable, "-m", "desk_app", "--db", str(db)]
        deadlines = [*desk, "deadlines"]
        ics = [*desk, "export", "--all-open", "--format", "ics", "-o", str(folder / "open.ics")]
        run(deadlines)
        run(ics)
        times: tuple[list[float], list[float]] = ([], [])
        cpu: tuple[list[float], list[float]] = ([], [])
        for _ in range(RUNS):
            times[0].append(time_ms(lambda: cpu[0].append(cpu_ms(deadlines))))
            times[1].append(time_ms(lambda: cpu[1].append(cpu_ms(ics))))
        events = (folder / "open.ics").read_bytes().count(b"BEGIN:VEVENT")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    how = f"median of {RUNS}, alternating"
    report(
        [
            Result(BENCH, "desk deadlines", median(times[0]), target=500, note=how),
            Result(BENCH, "  CPU time", median(cpu[0]), note="user + system of the process"),
            Result(
                BENCH,
                "desk export --all-open → ICS",
                median(times[1]),
                target=2000,
                note=f"{events:,} events, {how}",
            ),
            Result(BENCH, "  CPU time", median(cpu[1]), note="user + system of the process"),
        ]
    )


if __name__ == "__main__":
    main()
