"""Build benchmark stores of many generated inquiries with realistic German word frequencies.

The text follows Zipf's law like real German prose: the commonest words are
real function words (der, die, und …) found in almost every inquiry, topical
words (Förderung, Kita, Datenschutz …) sit at ranks 20, 40, … and a long tail
of rare compounds follows. Rows and their search text are bulk-inserted
directly (one transaction, executemany) into a schema made by the real
migrations: 100,000 inquiries take ~15 s, the store's add() would take minutes.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

TODAY = date(2025, 3, 10)
PARLIAMENTS = "BB BE BT BW BY HB HE HH MV NI NW RP SH SL SN ST TH".split()  # noqa: SIM905
STATUSES = ("draft", "submitted", "published", "answered", "withdrawn")
FUNCTION_WORDS = (  # noqa: SIM905
    "die der und in den von zu das mit sich des auf für ist im dem nicht ein eine als"
).split()
TOPICAL = (  # noqa: SIM905
    "Förderung Integration Kommune Landesregierung Schule Polizei Haushalt Kita "
    "Pflege Krankenhaus Straße Brücke Radweg Wohnungsbau Energie Klimaschutz "
    "Digitalisierung Breitband Hochschule Lehrkräfte Gemeinde Kreis Zuwendung Stellen "
    "Personal Kosten Verwaltung Justiz Gefängnis Feuerwehr Katastrophenschutz "
    "Landwirtschaft Wald Wasser Abwasser Müll Verkehr Bahn Bus Nahverkehr Tourismus "
    "Kultur Museum Theater Sport Verein Ehrenamt Wohlfahrtspflege Migration Asyl "
    "Sprachkurs Arbeitsmarkt Ausbildung Jugend Senioren Gesundheit Impfung Ärzte "
    "Apotheke Rettungsdienst Datenschutz"
).split()
_SYLLABLES = [
    "ge",
    "be",
    "ver",
    "an",
    "aus",
    "ein",
    "lan",
    "des",
    "reg",
    "ung",
    "keit",
    "heit",
    "schaft",
    "tum",
    "ber",
    "stadt",
    "rat",
    "amt",
]


def vocabulary(rng: random.Random, size: int = 20_000) -> tuple[list[str], list[float]]:
    """Return words and cumulative Zipf weights: function words first, topical words spread."""
    made = {"".join(rng.choices(_SYLLABLES, k=rng.randint(2, 4))).capitalize() for _ in range(size)}
    vocab = sorted(made - set(TOPICAL))
    rng.shuffle(vocab)
    for rank, word in enumerate(TOPICAL):
        vocab.insert(20 * (rank + 1), word)
    vocab = FUNCTION_WORDS + vocab
    cumulative, total = [], 0.0
    for rank in range(len(vocab)):
        total += 1 / (rank + 1)
        cumulative.append(total)
    return vocab, cumulative


def build(path: Path, rows: int, words: int = 150) -> None:
    """Create the store's schema with the real migrations, then bulk-insert generated rows."""
    from desk_app.model import Inquiry, paragraph
    from desk_app.storage import InquiryStore, encode

    InquiryStore.open(path).close()
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
            title = " ".join(rng.choices(vocab[len(FUNCTION_WORDS) :], k=6))
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
                    1,
                    template,
                )
            )
            text = " ".join(rng.choices(vocab, cum_weights=cumulative, k=words))
            search.append((n, title, text, text[: len(text) // 3], ""))
        conn.executemany(
            "INSERT INTO inquiries (id, parliament, kind, term, number, drucksache, title, "
            "status, due, created_at, updated_at, version, data) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            batch,
        )
        conn.executemany(
            "INSERT INTO inquiry_fts (rowid, title, preamble, questions, footnotes) "
            "VALUES (?,?,?,?,?)",
            search,
        )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def store_path(rows: int, folder: Path) -> Path:
    """Return a built store of `rows` inquiries: BENCH_DB_<rows>, else built once in folder."""
    given = os.environ.get(f"BENCH_DB_{rows}")
    if given and Path(given).exists():
        return Path(given)
    path = folder / f"bench_{rows}.sqlite3"
    if not path.exists():
        begin = time.perf_counter()
        # A child process, so the builder's memory never counts as the benchmark's.
        command = [sys.executable, __file__, str(path), str(rows)]
        subprocess.run(command, check=True, cwd=Path(__file__).resolve().parent.parent)
        print(f"built {rows:,} inquiries in {time.perf_counter() - begin:.1f} s", flush=True)
    return path


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    build(Path(sys.argv[1]), int(sys.argv[2]))
