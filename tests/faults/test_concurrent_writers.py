"""Many desks write one server at once: each refused save is reported, each accepted one kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk_app.model import Inquiry, paragraph
from desk_app.storage import InquiryStore

ROOT = Path(__file__).resolve().parents[2]


def _run(url: str, tmp_path: Path, writers: int, inquiries: int, seconds: float) -> None:
    with InquiryStore(url) as store:
        for number in range(inquiries):
            store.add(Inquiry("NW", "kleine-anfrage", title=paragraph(f"Anfrage {number}")))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    outs = [tmp_path / f"w{n}.json" for n in range(writers)]
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.faults.concurrent_writer",
                url,
                f"w{n}",
                str(seconds),
                str(n),
                str(out),
            ],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n, out in enumerate(outs)
    ]
    for process in processes:
        _out, err = process.communicate(timeout=seconds + 120)
        assert process.returncode == 0, err[-2000:]
    attempts = [tuple(a) for out in outs for a in json.loads(out.read_text(encoding="utf-8"))]
    accepted = [(inquiry_id, tag) for inquiry_id, tag, ok in attempts if ok]
    refused = [(inquiry_id, tag) for inquiry_id, tag, ok in attempts if not ok]
    assert accepted and refused, "the writers met: some saves must have been refused"
    with InquiryStore(url) as store:
        notes = {row.id: store.get(row.id).notes for row in store.list(order="id")}
        revisions = sum(len(store.revisions(inquiry_id)) for inquiry_id in notes)
    found = {(inquiry_id, tag) for inquiry_id, text in notes.items() for tag in _tags(text)}
    assert found == set(accepted)  # every accepted save is there, no refused one
    assert not found & set(refused)
    assert revisions == inquiries + len(accepted)  # one revision per accepted save


def _tags(text: str) -> list[str]:
    return [part + ";" for part in text.split(";") if part]


def test_six_writers_on_twenty_inquiries_lose_no_update(pg_url, tmp_path):
    _run(pg_url, tmp_path, writers=6, inquiries=20, seconds=4)


@pytest.mark.slow
def test_twenty_writers_on_two_hundred_inquiries_for_thirty_seconds(pg_url, tmp_path):
    _run(pg_url, tmp_path, writers=20, inquiries=200, seconds=30)
