"""`desk sync` and `desk import-drucksache` against a local DIP, as a script would call them.

Every failure is one sentence on stderr, exit status 2, and the database row
for row as it was.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import time
from pathlib import Path

import pytest

from desk_app.sources import dip as dip_module
from tests.sources.fake_dip import INQUIRY_FILE, TITLE, Failure, FakeDip, dip

__all__ = ["dip"]  # the fixture, used by name


def rows(path: Path) -> list[str]:
    """Return every row of the database as SQL."""
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


@pytest.fixture
def submitted(desk) -> int:
    """Store a Bundestag inquiry known by its title and submission date only."""
    created = desk("new", "--parliament", "BT", "--title", TITLE)
    inquiry_id = int(created.out)
    assert desk("set", str(inquiry_id), "dates.submitted", "2025-05-05").status == 0
    return inquiry_id


@pytest.fixture
def imported(desk) -> int:
    """Store the real Drs. 21/114 imported from its text."""
    result = desk("import", str(INQUIRY_FILE))
    assert result.status == 0, result.err
    return int(result.out.split()[-1])


def test_sync_records_a_new_drucksache_number(desk, dip: FakeDip, submitted):
    dip.add_inquiry()
    result = desk("sync", str(submitted))
    assert (result.status, result.err) == (0, "")
    assert result.out == (
        f"{submitted:>6}  Drucksache 21/114 vom 07.05.2025 eingetragen "
        "(noch keine Antwort im DIP)\n"
    )
    shown = desk("show", str(submitted), "--json").json()
    assert shown["drucksache"] == "21/114"


def test_sync_imports_an_answer_that_appeared(desk, dip: FakeDip, imported):
    dip.add_inquiry()
    dip.add_answer()
    result = desk("sync", "--all-open", "--json")
    assert result.status == 0, result.err
    assert result.json() == [
        {
            "id": imported,
            "changed": True,
            "changes": ["Antwort Drucksache 21/235 vom 22.05.2025 importiert"],
            "notes": [],
            "status": "answered",
            "drucksache": "21/114",
            "issued": "2025-05-07",
            "answer_drucksache": "21/235",
            "answered": "2025-05-21",
        }
    ]
    assert desk("list", "--json").json()[0]["status"] == "answered"


def test_sync_without_news_says_so_and_changes_nothing(desk, dip: FakeDip, imported):
    dip.add_inquiry()
    dip.add_answer()
    assert desk("sync", str(imported)).status == 0
    before = rows(desk.db)
    result = desk("sync", str(imported))
    assert (result.status, result.out) == (0, f"{imported:>6}  keine Änderung\n")
    assert rows(desk.db) == before
    # Answered now, it is no longer open: --all-open asks nothing.
    dip.requests.clear()
    result = desk("sync", "--all-open")
    assert result.out == "Keine offene Anfrage an den Bundestag.\n" and dip.requests == []


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


FAILURES = {
    "bad key": "Das DIP des Bundestages hat den API-Schlüssel nicht angenommen; bitte den "
    "Schlüssel prüfen (DIP_API_KEY oder die Datei {key_file}).",
    "no key": "Für das DIP des Bundestages fehlt ein API-Schlüssel: bitte ihn in die "
    "Umgebungsvariable DIP_API_KEY oder in die Datei {key_file} eintragen.",
    "not found": "Das DIP des Bundestages kennt die Drucksache 21/235 nicht.",
    "429": "Das DIP des Bundestages nimmt gerade zu viele Anfragen an; bitte in einigen Minuten "
    "erneut versuchen.",
    "slow": "Das DIP des Bundestages hat nicht rechtzeitig geantwortet; bitte später erneut "
    "versuchen.",
    "malformed JSON": "Das DIP des Bundestages hat eine unlesbare Antwort geschickt; bitte "
    "später erneut versuchen.",
    "wrong shape": "Die Antwort des DIP des Bundestages hat nicht die beschriebene Form (Feld "
    "„fundstelle“); bitte später erneut versuchen.",
    "no network": "Das DIP des Bundestages ist nicht erreichbar; bitte die Internetverbindung "
    "prüfen und es später erneut versuchen.",
}


@pytest.mark.parametrize("failure", list(FAILURES))
def test_each_failure_is_one_sentence_and_changes_nothing(
    failure, desk, dip: FakeDip, imported, monkeypatch
):
    dip.add_inquiry()
    dip.add_answer()
    monkeypatch.setattr(dip_module, "BACKOFF", 0.01)
    monkeypatch.setattr(dip_module, "RETRIES", 1)
    if failure == "bad key":
        monkeypatch.setenv("DIP_API_KEY", "wrong")
    elif failure == "no key":
        monkeypatch.delenv("DIP_API_KEY")
    elif failure == "not found":
        dip.fail["/drucksache-text"] = Failure(status=404)
    elif failure == "429":
        dip.fail["/vorgangsposition"] = Failure(status=429, headers={"Retry-After": "1"})
    elif failure == "slow":
        monkeypatch.setattr(dip_module, "READ_TIMEOUT", 0.3)
        dip.fail["/vorgang/"] = Failure(delay=1.2)
    elif failure == "malformed JSON":
        dip.fail["/drucksache-text"] = Failure(body="<html>Wartungsarbeiten</html>")
    elif failure == "wrong shape":
        position = json.loads(json.dumps(dip.positions[1]))
        del position["fundstelle"]
        body = {"numFound": 1, "cursor": "AoJw1", "documents": [position]}
        dip.fail["/vorgangsposition"] = Failure(body=json.dumps(body))
    elif failure == "no network":
        monkeypatch.setenv("DIP_BASE_URL", f"http://127.0.0.1:{_closed_port()}/api/v1")
    before = rows(desk.db)
    started = time.monotonic()
    result = desk("sync", str(imported))
    expected = FAILURES[failure].format(key_file=dip_module.key_file())
    assert (result.status, result.out, result.err) == (2, "", f"desk: {expected}\n")
    assert rows(desk.db) == before
    if failure == "429":
        assert time.monotonic() - started >= 1.0  # Retry-After was waited for
    if failure == "slow":
        assert time.monotonic() - started < 1.2  # given up before the server answered


def test_sync_refuses_a_landtag_inquiry_and_bad_calls(desk, dip: FakeDip):
    created = int(desk("new", "--parliament", "NW", "--title", "Schulsozialarbeit").out)
    result = desk("sync", str(created))
    assert result.status == 2 and "Nur Anfragen an den Bundestag" in result.err
    assert desk("sync").status == 2  # neither an id nor --all-open
    assert desk("sync", "1", "--all-open").status == 2
    assert dip.requests == []


def test_import_drucksache_imports_the_inquiry_and_then_its_answer(desk, dip: FakeDip):
    dip.add_inquiry()
    dip.add_answer()
    result = desk("import-drucksache", "21/114")
    assert result.status == 0, result.err
    inquiry_id = int(result.out.split()[-1])
    answer = desk("import-drucksache", "21/235")
    assert answer.status == 0, answer.err
    assert int(answer.out.split()[-1]) == inquiry_id  # the answer joined the stored inquiry
    [row] = desk("list", "--json").json()
    assert (row["drucksache"], row["status"]) == ("21/114", "answered")
    again = desk("import-drucksache", "21/114")
    assert again.status == 2 and "schon vorhanden" in again.err and "--force" in again.err


def test_import_drucksache_refuses_what_is_no_number_or_unknown(desk, dip: FakeDip):
    result = desk("import-drucksache", "21-114")
    assert result.status == 2
    assert result.err == (
        "desk: „21-114“ ist keine Drucksachennummer (Wahlperiode/Nummer, z. B. 21/114).\n"
    )
    assert dip.requests == []
    unknown = desk("import-drucksache", "21/9999")
    assert unknown.err == "desk: Das DIP des Bundestages kennt die Drucksache 21/9999 nicht.\n"
