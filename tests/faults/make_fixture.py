"""Write the fixture database of the current schema version and its expected content.

Run once per released schema version, from the repository root:
    .venv/bin/python -m tests.faults.make_fixture
It writes tests/faults/fixtures/schema_v<N>.sqlite3 (N = number of migrations)
and schema_v<N>.json (what the upgrade test must find again). Never rewrite
an existing fixture: it stands for databases already on users' disks.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from desk_app.model import (
    Footnote,
    FootnoteRef,
    Inquiry,
    Originator,
    Paragraph,
    Question,
    Run,
    Source,
    paragraph,
    plain,
    plain_text,
)
from desk_app.storage import InquiryStore
from desk_app.storage.migrations import known_migrations

FIXTURES = Path(__file__).with_name("fixtures")
SEARCH_WORDS = ("Integrationsagenturen", "Brückensanierung", "Ärztinnen")


class _Clock:
    """Tell fixed, increasing moments, so the fixture does not depend on the day it was made."""

    def __init__(self) -> None:
        self.moment = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.moment += timedelta(minutes=1)
        return self.moment


def fixture_inquiries() -> list[Inquiry]:
    """Return three small inquiries covering the stored fields: notes, sources, dates, markup."""
    first = Inquiry(
        "NW",
        "kleine-anfrage",
        term=17,
        number="3417",
        drucksache="17/8765",
        title=paragraph("Förderung der Integrationsagenturen"),
        originators=[Originator("Berivan Aymaz", "BÜNDNIS 90/DIE GRÜNEN")],
        preamble=[
            Paragraph(
                [
                    Run("Die Landesregierung plant "),
                    Run("Änderungen", bold=True),
                    FootnoteRef("q"),
                    Run(" – „a<b & c“."),
                ]
            )
        ],
        lead_in="Vor diesem Hintergrund frage ich die Landesregierung:",
        questions=[
            Question([paragraph("Wie viele Ärztinnen arbeiten dort?")], [[paragraph("in Köln?")]])
        ],
        footnotes={"q": Footnote("q", [paragraph("Bericht, S. 12.")], "s1")},
        sources={
            "s1": Source(
                "s1",
                "https://www.landtag.nrw.de/drs-17-8765.pdf",
                "Drucksache",
                "Landtag NRW",
                date(2020, 2, 19),
                "",
            )
        },
        signature=["Berivan Aymaz"],
        notes="interne Notiz\nzweite Zeile",
    )
    first.dates.signed = date(2020, 2, 19)
    first.dates.submitted = date(2020, 2, 19)
    second = Inquiry("BY", "grosse-anfrage", title=paragraph("Brückensanierung in Franken"))
    second.questions = [Question([paragraph("Welche Brücken sind gesperrt?")])]
    third = Inquiry("BT", "kleine-anfrage", title=paragraph("**Sterne** und <b>Tags</b>"))
    return [first, second, third]


def expected_content(store: InquiryStore) -> dict[str, Any]:
    """Describe what a faithful upgrade must keep, through the model, not the schema."""
    inquiries = {}
    for summary in store.list(order="id"):
        inquiry = store.get(summary.id)
        inquiries[str(summary.id)] = {
            "parliament": inquiry.parliament,
            "kind": inquiry.kind,
            "title": plain(inquiry.title.inlines),
            "preamble": plain_text(inquiry.preamble),
            "questions": [plain_text(question.text) for question in inquiry.questions],
            "footnotes": [plain_text(note.text) for note in inquiry.footnotes.values()],
            "sources": sorted(source.url for source in inquiry.sources.values()),
            "notes": inquiry.notes,
            "submitted": inquiry.dates.submitted.isoformat() if inquiry.dates.submitted else None,
            "revisions": len(store.revisions(summary.id)),
        }
    return {
        "inquiries": inquiries,
        "search": {word: sorted(row.id for row in store.search(word)) for word in SEARCH_WORDS},
        "remembered_sources": ["https://www.landtag.nrw.de/drs-17-8765.pdf"],
    }


def make(folder: Path = FIXTURES) -> Path:
    """Create the fixture of the current schema version and return its path."""
    version = len(known_migrations())
    path = folder / f"schema_v{version}.sqlite3"
    if path.exists():
        raise SystemExit(f"{path} exists; fixtures of released versions are never rewritten")
    with InquiryStore.open(path, now=_Clock()) as store:
        first, *others = fixture_inquiries()
        store.add(first)
        first.notes += "\ngeändert"  # a second revision
        store.save(first)
        for inquiry in others:
            store.add(inquiry)
        expected = expected_content(store)
    # One self-contained file: fold the WAL in and leave no -wal/-shm beside it.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()
    text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    path.with_suffix(".json").write_text(text, encoding="utf-8")
    return path


if __name__ == "__main__":
    print(make(Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURES))
