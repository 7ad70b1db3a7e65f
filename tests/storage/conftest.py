"""Fixtures for the store tests: each store test runs on a SQLite file and on a real server.

The PostgreSQL side uses a throwaway server the suite starts itself
(tests/pg_server.py); it is skipped, with the reason, only where none can start.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desk_app.model import Footnote, FootnoteRef, Inquiry, Paragraph, Question, Run, paragraph
from desk_app.storage import InquiryStore


class FakeClock:
    """Tell a time that moves on by one second at every call."""

    def __init__(self, start: datetime = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        self.moment += timedelta(seconds=1)
        return self.moment


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Return a database path inside a folder that does not exist yet."""
    return tmp_path / "daten" / "desk.sqlite3"


@pytest.fixture
def clock() -> FakeClock:
    """Return a fresh fake clock."""
    return FakeClock()


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, db_path: Path) -> str | Path:
    """Return where a new, empty store lives: a file, and a database on the test server."""
    if request.param == "sqlite":
        return db_path
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def store(location: str | Path, clock: FakeClock) -> Iterator[InquiryStore]:
    """Open a store on each kind of new database and close it after the test."""
    with InquiryStore(location, now=clock) as opened:
        yield opened


@pytest.fixture
def sqlite_store(db_path: Path, clock: FakeClock) -> Iterator[InquiryStore]:
    """Open a store on a new SQLite file only: for what is SQLite's own (its file, FTS5)."""
    with InquiryStore(db_path, now=clock) as opened:
        yield opened


@pytest.fixture
def server_store(pg_url: str, clock: FakeClock) -> Iterator[InquiryStore]:
    """Open a store on a new server database only: for what is the server's own."""
    with InquiryStore(pg_url, now=clock) as opened:
        yield opened


def make_inquiry(
    title: str = "Förderung der Integrationsagenturen",
    *,
    parliament: str = "NW",
    kind: str = "kleine-anfrage",
    preamble: str = "Die Landesregierung plant Änderungen.",
    question: str = "Wie bewertet die Landesregierung das?",
    footnote: str = "Drucksache 17/8765.",
) -> Inquiry:
    """Build a small inquiry with one question and one footnote referenced from the preamble."""
    return Inquiry(
        parliament=parliament,
        kind=kind,
        title=paragraph(title),
        preamble=[Paragraph([Run(preamble), FootnoteRef("n1")])],
        questions=[Question([paragraph(question)])],
        footnotes={"n1": Footnote("n1", [paragraph(footnote)])},
    )
