"""One writer of the concurrency test: edit random inquiries through the service until time is up.

    python -m tests.faults.concurrent_writer URL NAME SECONDS SEED OUT.json

Each edit reads an inquiry and appends "NAME-k;" to its notes, then saves it
as the window does (checked against the version read). A save refused because
someone else saved first is recorded as refused; the writer reads again and
goes on. OUT lists every attempt: [inquiry id, tag, accepted].
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from desk_app.service import Desk, StaleInquiry


def main(url: str, name: str, seconds: float, seed: int, out: Path) -> int:
    rng = random.Random(seed)
    desk = Desk(url, author=name)
    attempts: list[tuple[int, str, bool]] = []
    try:
        ids = [row.id for row in desk.list(order="id")]
        end = time.monotonic() + seconds
        count = 0
        while time.monotonic() < end:
            inquiry = desk.get(rng.choice(ids))
            tag = f"{name}-{count};"
            count += 1
            inquiry.notes += tag
            time.sleep(rng.random() * 0.01)  # a person's pause between reading and saving
            try:
                desk.save(inquiry)
            except StaleInquiry:
                attempts.append((inquiry.id or 0, tag, False))
            else:
                attempts.append((inquiry.id or 0, tag, True))
    finally:
        desk.close()
        out.write_text(json.dumps(attempts), encoding="utf-8")
    return 0


if __name__ == "__main__":
    url, name, seconds, seed, out = sys.argv[1:6]
    sys.exit(main(url, name, float(seconds), int(seed), Path(out)))
