"""Time the import of a 50-page answer Drucksache in process (issue 13: at most 1 s, median).

The document is built from a real Bundestag answer (tests/corpus/documents/
bt_21_235_antwort_auf_21_114.txt): its head and first page, then its
restated questions and answers again and again as questions 1 to N, set in
its page width with its running header and page breaks, until it has 50
pages: a text layer of the form the corpus holds. The import is the desk's
answer import into a fresh store (recognise, read, attach, store), median
of RUNS after one warm-up. The peer is the bare reading of the same file
(open, decode, split into lines), so the ratio says what the reading costs
beyond touching the text at all.
Run from the repository root: .venv/bin/python bench/bench_import_answer.py
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Result, median, report, samples_ms

SOURCE = Path("tests/corpus/documents/bt_21_235_antwort_auf_21_114.txt")
PAGES = 50
LINES_PER_PAGE = 46
RUNS = 7
TARGET_MS = 1000.0
BENCH = "import (50-page answer)"
# The source restates its six questions so; each repetition numbers them on.
QUESTION = re.compile(r"^[1-6]\. (?=Welche |Von welchen )")
RUNNING = "Drucksache 21/235 – {page} – Deutscher Bundestag – 21. Wahlperiode"
FURNITURE = (
    "Die Antwort wurde",
    "Die Drucksache enthält",
    "Gesamtherstellung",
    "Vertrieb:",
    "ISSN",
)


def answer_pages(pages: int = PAGES) -> str:
    """Return a text layer of an answer with `pages` pages, from the real answer's lines."""
    lines = SOURCE.read_text(encoding="utf-8").replace("\f", "\n").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("1. Welche"))
    head, body = lines[:first], [line for line in lines[first:] if not _furniture(line)]
    result = list(head)
    number = 0
    while len(result) < pages * LINES_PER_PAGE:
        for line in body:
            if QUESTION.match(line):
                number += 1
                line = QUESTION.sub(f"{number}. ", line, count=1)
            result.append(line)
    text = []
    for page in range(pages):
        chunk = result[page * LINES_PER_PAGE : (page + 1) * LINES_PER_PAGE]
        if page:
            chunk = [RUNNING.format(page=page + 1), *chunk]
        text.append("\n".join(chunk))
    return "\f".join(text) + "\n"


def _furniture(line: str) -> bool:
    """Tell whether a line of the source is page furniture, left out before repeating."""
    return line.startswith(FURNITURE) or bool(re.fullmatch(r"Drucksache 21/235 – \d+ – .*", line))


def main() -> None:
    """Build the document, time the import and the bare read, and report both."""
    from desk_app.service import Desk, ImportOutcome

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "antwort_50_seiten.txt"
        path.write_text(answer_pages(), encoding="utf-8")
        stores = iter(range(1000))

        def import_once() -> ImportOutcome:
            desk = Desk(Path(folder) / f"desk{next(stores)}.sqlite3")
            try:
                return desk.import_answer(path)
            finally:
                desk.close()

        outcome = import_once()
        times = samples_ms(import_once, RUNS)
        bare = samples_ms(lambda: path.read_text(encoding="utf-8").splitlines(), RUNS)
    questions = len(outcome.inquiry.questions)
    value = median(times)
    report(
        [
            Result(
                BENCH,
                "desk import (answer, text layer)",
                value,
                target=TARGET_MS,
                note=f"{PAGES} pages, {questions} questions, median of {RUNS}",
            ),
            Result(BENCH, "bare read of the same file", median(bare)),
            Result(BENCH, "ratio import / bare read", value / max(median(bare), 1e-6), unit="×"),
        ]
    )


if __name__ == "__main__":
    main()
