"""The DIP client against a local DIP: lookups, cursor paging, and one sentence per failure."""

from __future__ import annotations

import json
import socket
import time
from datetime import date
from typing import Any

import jsonschema
import pytest

from desk_app.model import DeskError
from desk_app.sources import dip as dip_module
from desk_app.sources.dip import DipSource, api_key
from tests.sources.fake_dip import ANSWER_FILE, KEY, TITLE, Failure, FakeDip, dip, validate

__all__ = ["dip"]  # the fixture, used by name


def source(fake: FakeDip, key: str = KEY, **options: Any) -> DipSource:
    """Return a client of the local DIP that waits only briefly between retries."""
    return DipSource(key, fake.url, backoff=options.pop("backoff", 0.01), **options)


def test_the_test_server_validates_against_the_description():
    with pytest.raises(jsonschema.ValidationError):
        validate("Drucksache", {"id": "1", "typ": "Dokument"})  # required fields missing
    with pytest.raises(jsonschema.ValidationError):
        validate("VorgangListResponse", {"numFound": 0, "documents": []})  # no cursor


def test_a_drucksache_is_found_by_its_number(dip: FakeDip):
    dip.add_inquiry()
    with source(dip) as client:
        paper = client.find_paper("21/114")
        assert client.find_paper("21/999") is None
    assert paper is not None
    assert (paper.number, paper.issued, paper.kind) == (
        "21/114",
        date(2025, 5, 7),
        "Kleine Anfrage",
    )
    assert paper.process_ids == ("320114",)
    assert dip.asked("/drucksache")[0]["f.dokumentnummer"] == ["21/114"]
    assert dip.validated >= 2


def test_a_vorgang_is_found_by_title_and_date_across_cursor_pages(dip: FakeDip):
    dip.add_inquiry()
    dip.add_answer()
    with source(dip) as client:
        process = client.find_process(TITLE, date(2025, 5, 5), 21)
    assert process is not None and process.id == "320114"
    # Three Vorgänge in those weeks, two a page: the one asked for is on the second page.
    pages = dip.asked("/vorgang")
    assert len(pages) >= 2 and "cursor" not in pages[0] and pages[1]["cursor"] == ["AoJw2"]
    assert pages[0]["f.datum.start"] == ["2025-05-05"] and pages[0]["f.wahlperiode"] == ["21"]
    assert [p.number for p in process.papers] == ["21/114", "21/235"]
    assert process.inquiry().number == "21/114"  # type: ignore[union-attr]
    assert process.answer().issued == date(2025, 5, 22)  # type: ignore[union-attr]


def test_a_title_only_like_the_inquiry_is_not_taken(dip: FakeDip):
    dip.add_inquiry()
    with source(dip) as client:
        assert client.find_process(TITLE + " – Folgen", date(2025, 5, 5), 21) is None
        assert client.find_process(TITLE, date(2024, 1, 1), 21) is None  # months before


def test_the_text_of_a_drucksache(dip: FakeDip):
    dip.add_inquiry()
    dip.add_answer()
    with source(dip) as client:
        answer = client.process("320114").answer()
        assert answer is not None
        assert client.paper_text(answer) == ANSWER_FILE.read_text(encoding="utf-8")


def _failing(fake: FakeDip, path: str, failure: Failure, **options: Any) -> str:
    fake.add_inquiry()
    fake.fail[path] = failure
    with source(fake, **options) as client, pytest.raises(DeskError) as raised:
        client.find_paper("21/114")
    return str(raised.value)


def test_a_bad_key(dip: FakeDip):
    dip.add_inquiry()
    with source(dip, key="wrong") as client, pytest.raises(DeskError) as raised:
        client.find_paper("21/114")
    assert "API-Schlüssel nicht angenommen" in str(raised.value)


def test_not_found(dip: FakeDip):
    dip.add_inquiry()
    with source(dip) as client, pytest.raises(DeskError) as raised:
        client.process("999999")
    assert str(raised.value) == "Das DIP des Bundestages kennt den Vorgang 999999 nicht."


def test_429_waits_as_retry_after_asks_and_then_goes_on(dip: FakeDip):
    dip.add_inquiry()
    dip.fail["/drucksache"] = Failure(status=429, headers={"Retry-After": "1"}, times=1)
    started = time.monotonic()
    with source(dip) as client:
        assert client.find_paper("21/114") is not None
    assert time.monotonic() - started >= 1.0
    assert len(dip.asked("/drucksache")) == 2


def test_429_after_the_retries_is_one_sentence(dip: FakeDip):
    waits: list[float] = []
    message = _failing(
        dip, "/drucksache", Failure(status=429, headers={"Retry-After": "2"}), sleep=waits.append
    )
    assert message.startswith("Das DIP des Bundestages nimmt gerade zu viele Anfragen an")
    assert waits == [2.0, 2.0, 2.0]  # three retries, each after the wait asked for


def test_429_asking_too_long_a_wait_is_not_waited_for(dip: FakeDip):
    waits: list[float] = []
    message = _failing(
        dip, "/drucksache", Failure(status=429, headers={"Retry-After": "3600"}), sleep=waits.append
    )
    assert "zu viele Anfragen" in message and waits == []


def test_429_without_retry_after_is_tried_again_with_growing_pauses(dip: FakeDip):
    waits: list[float] = []
    dip.add_inquiry()
    dip.fail["/drucksache"] = Failure(status=429, times=2)
    with source(dip, sleep=waits.append, backoff=0.5) as client:
        assert client.find_paper("21/114") is not None
    assert waits == [0.5, 1.0]


def test_a_server_error_is_tried_again_with_growing_pauses(dip: FakeDip):
    waits: list[float] = []
    dip.add_inquiry()
    dip.fail["/drucksache"] = Failure(status=503, times=2)
    with source(dip, sleep=waits.append, backoff=0.5) as client:
        assert client.find_paper("21/114") is not None
    assert waits == [0.5, 1.0]


def test_a_server_error_that_stays(dip: FakeDip):
    message = _failing(dip, "/drucksache", Failure(status=500), sleep=lambda _s: None)
    assert message == (
        "Das DIP des Bundestages hat einen Fehler gemeldet (HTTP 500); bitte später erneut "
        "versuchen."
    )


def test_a_slow_server_is_given_up(dip: FakeDip):
    started = time.monotonic()
    message = _failing(dip, "/drucksache", Failure(delay=1.5), read_timeout=0.3)
    assert time.monotonic() - started < 1.4
    assert message == (
        "Das DIP des Bundestages hat nicht rechtzeitig geantwortet; bitte später erneut versuchen."
    )


def test_malformed_json(dip: FakeDip):
    message = _failing(dip, "/drucksache", Failure(body='{"numFound": 1, "documents": ['))
    assert message.startswith("Das DIP des Bundestages hat eine unlesbare Antwort geschickt")


def test_json_not_shaped_as_the_schema(dip: FakeDip):
    body = json.dumps({"numFound": 1, "documents": [{"id": "1", "dokumentnummer": "21/114"}]})
    message = _failing(dip, "/drucksache", Failure(body=body))
    assert message.startswith("Die Antwort des DIP des Bundestages hat nicht die beschriebene Form")
    assert "„cursor“" in message


def test_no_network():
    with socket.socket() as probe:  # a port on this machine that nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    waits: list[float] = []
    client = DipSource(KEY, f"http://127.0.0.1:{port}/api/v1", sleep=waits.append)
    with client, pytest.raises(DeskError) as raised:
        client.find_paper("21/114")
    assert str(raised.value).startswith("Das DIP des Bundestages ist nicht erreichbar")
    assert waits == [0.5, 1.0, 2.0]


def test_the_key_comes_from_the_environment_or_the_config_file(tmp_path):
    file = tmp_path / "dip-api-key"
    assert api_key({"DIP_API_KEY": " abc "}, file) == "abc"
    file.write_text("from-file\n", encoding="utf-8")
    assert api_key({}, file) == "from-file"
    file.unlink()
    with pytest.raises(DeskError) as raised:
        api_key({}, file)
    assert "DIP_API_KEY" in str(raised.value) and str(file) in str(raised.value)


def test_the_key_file_is_in_the_users_config_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert dip_module.key_file() == tmp_path / "anfragen-desk" / "dip-api-key"
