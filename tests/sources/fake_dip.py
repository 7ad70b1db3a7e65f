"""A local DIP: an HTTP server (pytest-httpserver) answering as the DIP's OpenAPI describes.

Every JSON body it sends is validated against the schema of its endpoint in
tests/fixtures/dip/openapi.yaml before it leaves, so a test cannot pass on a
response the real API would never give. Lists are paged along the cursor,
`PAGE` documents at a time. `fail` makes one endpoint answer with an error, a
pause or a broken body; `requests` records what the client asked.

The papers are real: Drs. 21/114 (Kleine Anfrage "Lithium-Abkommen mit
Serbien") and its answer Drs. 21/235, whose text is the corpus document.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from werkzeug import Request, Response

ROOT = Path(__file__).resolve().parents[1]
OPENAPI = ROOT / "fixtures" / "dip" / "openapi.yaml"
CORPUS = ROOT / "corpus" / "documents"
INQUIRY_FILE = CORPUS / "bt_21_114_kleine_anfrage.txt"
ANSWER_FILE = CORPUS / "bt_21_235_antwort_auf_21_114.txt"
KEY = "test-key.0123456789"
PAGE = 2  # documents per page of a list, so that a few papers already need the cursor
TITLE = "Lithium-Abkommen mit Serbien"
PROCESS_ID = "320114"
INQUIRY_ID, ANSWER_ID = "281114", "281235"
UPDATED = "2025-05-23T10:00:00+02:00"

# The schema each endpoint's 200 response has in the OpenAPI description.
SCHEMAS = {
    "/drucksache": "DrucksacheListResponse",
    "/drucksache/": "Drucksache",
    "/drucksache-text": "DrucksacheTextListResponse",
    "/drucksache-text/": "DrucksacheText",
    "/vorgang": "VorgangListResponse",
    "/vorgang/": "Vorgang",
    "/vorgangsposition": "VorgangspositionListResponse",
    "/vorgangsposition/": "Vorgangsposition",
}


@cache
def openapi() -> dict[str, Any]:
    """Return the DIP's OpenAPI description."""
    with OPENAPI.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def validate(schema: str, document: Any) -> None:
    """Raise jsonschema.ValidationError unless the document has the named schema's form."""
    root = {"components": openapi()["components"], "$ref": f"#/components/schemas/{schema}"}
    jsonschema.Draft7Validator(root).validate(document)


def validate_error(status: int, document: Any) -> None:
    """Raise unless an error body has the form of the description's response for the status."""
    names = {400: "BadRequestResponse", 401: "UnauthorizedResponse", 404: "NotFoundResponse"}
    response = openapi()["components"]["responses"][names[status]]
    jsonschema.Draft7Validator(response["content"]["application/json"]["schema"]).validate(document)


def fundstelle(paper_id: str, number: str, day: str, kind: str) -> dict[str, Any]:
    """Return a Fundstelle of a Bundestag Drucksache."""
    return {
        "id": paper_id,
        "dokumentart": "Drucksache",
        "pdf_url": f"https://dserver.bundestag.de/btd/21/00{number[3:]}/21{number[3:]}.pdf",
        "dokumentnummer": number,
        "datum": day,
        "drucksachetyp": kind,
        "herausgeber": "BT",
        "urheber": ["Fraktion Die Linke"] if kind != "Antwort" else ["Bundesregierung"],
    }


def drucksache(paper_id: str, number: str, day: str, kind: str, title: str = TITLE) -> dict:
    """Return a `Drucksache` document."""
    return {
        "id": paper_id,
        "typ": "Dokument",
        "dokumentart": "Drucksache",
        "drucksachetyp": kind,
        "dokumentnummer": number,
        "wahlperiode": 21,
        "herausgeber": "BT",
        "datum": day,
        "aktualisiert": UPDATED,
        "titel": title,
        "autoren_anzahl": 0,
        "fundstelle": fundstelle(paper_id, number, day, kind),
        "vorgangsbezug": [{"id": PROCESS_ID, "titel": title, "vorgangstyp": "Kleine Anfrage"}],
        "vorgangsbezug_anzahl": 1,
    }


def vorgang(process_id: str, title: str, day: str, kind: str = "Kleine Anfrage") -> dict:
    """Return a `Vorgang` document."""
    return {
        "id": process_id,
        "typ": "Vorgang",
        "beratungsstand": "Beantwortet",
        "vorgangstyp": kind,
        "wahlperiode": 21,
        "datum": day,
        "aktualisiert": UPDATED,
        "titel": title,
        "initiative": ["Fraktion Die Linke"],
    }


def position(position_id: str, paper: dict[str, Any], what: str) -> dict[str, Any]:
    """Return a `Vorgangsposition` of the test Vorgang that points at a Drucksache."""
    found = paper["fundstelle"]
    return {
        "id": position_id,
        "vorgangsposition": what,
        "zuordnung": "BT",
        "gang": True,
        "fortsetzung": False,
        "nachtrag": False,
        "vorgangstyp": "Kleine Anfrage",
        "typ": "Vorgangsposition",
        "titel": TITLE,
        "dokumentart": "Drucksache",
        "vorgang_id": PROCESS_ID,
        "datum": found["datum"],
        "aktualisiert": UPDATED,
        "fundstelle": found,
        "aktivitaet_anzahl": 0,
    }


@dataclass
class Failure:
    """How one endpoint misbehaves: a status (with headers), a pause, or a broken body."""

    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    body: str | None = None
    times: int | None = None  # None: every time


@dataclass
class FakeDip:
    """Hold the DIP's papers and answer requests for them as the real API would."""

    url: str
    papers: dict[str, dict[str, Any]] = field(default_factory=dict)  # by id
    processes: dict[str, dict[str, Any]] = field(default_factory=dict)
    positions: list[dict[str, Any]] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # Drucksache id -> full text
    fail: dict[str, Failure] = field(default_factory=dict)  # path prefix -> failure
    requests: list[tuple[str, dict[str, list[str]]]] = field(default_factory=list)
    validated: int = 0

    # The papers of a test

    def add_inquiry(self) -> dict[str, Any]:
        """Publish Drs. 21/114 in its Vorgang, with two other Vorgänge of those days."""
        paper = drucksache(INQUIRY_ID, "21/114", "2025-05-07", "Kleine Anfrage")
        self.papers[INQUIRY_ID] = paper
        self.texts[INQUIRY_ID] = INQUIRY_FILE.read_text(encoding="utf-8")
        others = [
            vorgang("320101", "Ausbau der Windenergie an Land", "2025-05-06"),
            vorgang("320102", "Lithium-Abkommen mit Serbien – Folgen", "2025-05-07", "Antrag"),
        ]
        for process in [*others, vorgang(PROCESS_ID, TITLE, "2025-05-07")]:
            self.processes[process["id"]] = process
        self.positions.append(position("410001", paper, "Kleine Anfrage"))
        return paper

    def add_answer(self) -> dict[str, Any]:
        """Publish the answer Drs. 21/235 in the same Vorgang, with its real text."""
        paper = drucksache(ANSWER_ID, "21/235", "2025-05-22", "Antwort")
        self.papers[ANSWER_ID] = paper
        self.texts[ANSWER_ID] = ANSWER_FILE.read_text(encoding="utf-8")
        self.positions.append(position("410002", paper, "Antwort"))
        self.processes[PROCESS_ID]["datum"] = "2025-05-22"
        return paper

    def asked(self, path: str) -> list[dict[str, list[str]]]:
        """Return the query of every request for a path."""
        return [query for asked, query in self.requests if asked == path]

    # Answering

    def handle(self, request: Request, path: str) -> Response:
        """Answer one request for a path below the API's address."""
        query = {name: request.args.getlist(name) for name in request.args}
        self.requests.append((path, query))
        for prefix, failure in self.fail.items():
            if path.startswith(prefix) and failure.times != 0:
                if failure.times is not None:
                    failure.times -= 1
                response = self._misbehave(failure)
                if response is not None:
                    return response
        if request.headers.get("Authorization") != f"ApiKey {KEY}":
            return self._error(
                401,
                "An API key is required to access this service. Please refer to "
                "https://dip.bundestag.de/über-dip/hilfe/api how to apply for a key. Misuse "
                "of this service may lead to blocking your requests.",
            )
        match = re.fullmatch(r"/([a-z-]+)(?:/(\d+))?", path)
        if match is None:
            return self._error(404, f"Path not found: {path}")
        endpoint, entity = match.groups()
        every = self._documents(endpoint)
        if every is None:
            return self._error(404, f"Path not found: {path}")
        if entity is not None:
            found = [document for document in every if document["id"] == entity]
            if not found:
                return self._error(404, f"ID not found: {entity}")
            return self._json(f"/{endpoint}/", found[0])
        chosen = [document for document in every if _matches(document, query)]
        return self._json(f"/{endpoint}", _page(chosen, query.get("cursor", [None])[0]))

    def _documents(self, endpoint: str) -> list[dict[str, Any]] | None:
        if endpoint == "drucksache":
            return list(self.papers.values())
        if endpoint == "drucksache-text":
            return [
                {**paper, "text": self.texts[paper_id]}
                for paper_id, paper in self.papers.items()
                if paper_id in self.texts
            ]
        if endpoint == "vorgang":
            return list(self.processes.values())
        if endpoint == "vorgangsposition":
            return list(self.positions)
        return None

    def _misbehave(self, failure: Failure) -> Response | None:
        if failure.delay:
            time.sleep(failure.delay)
        if failure.body is not None:
            return Response(failure.body, status=200, content_type="application/json")
        if failure.status is not None:
            messages = {
                401: "An API key is required to access this service.",
                404: "ID not found: 0",
            }
            body = {"code": failure.status, "message": messages.get(failure.status, "Error")}
            return Response(
                json.dumps(body),
                status=failure.status,
                headers=failure.headers,
                content_type="application/json",
            )
        return None

    def _json(self, schema_key: str, document: dict[str, Any]) -> Response:
        validate(SCHEMAS[schema_key], document)
        self.validated += 1
        return Response(json.dumps(document), status=200, content_type="application/json")

    def _error(self, status: int, message: str) -> Response:
        body = {"code": status, "message": message}
        validate_error(status, body)
        return Response(json.dumps(body), status=status, content_type="application/json")


def _matches(document: dict[str, Any], query: dict[str, list[str]]) -> bool:
    """Tell whether a document passes the list filters the test server knows."""
    found = document.get("fundstelle", {})
    for name, values in query.items():
        value = values[0]
        if name == "f.dokumentnummer" and document.get("dokumentnummer") != value:
            return False
        if (
            name == "f.zuordnung"
            and document.get("herausgeber", document.get("zuordnung")) != value
        ):
            return False
        if name == "f.vorgang" and document.get("vorgang_id") != value:
            return False
        if name == "f.wahlperiode" and str(document.get("wahlperiode")) != value:
            return False
        if name == "f.datum.start" and document.get("datum", found.get("datum", "")) < value:
            return False
        if name == "f.datum.end" and document.get("datum", found.get("datum", "")) > value:
            return False
    return True


def _page(documents: list[dict[str, Any]], cursor: str | None) -> dict[str, Any]:
    """Return one page of a list: `PAGE` documents after the cursor, and the next cursor.

    As the DIP does, the last page repeats the cursor it was asked with.
    """
    start = int(cursor.removeprefix("AoJw")) if cursor else 0
    chosen = documents[start : start + PAGE]
    following = f"AoJw{start + len(chosen)}" if chosen else (cursor or "AoJw0")
    return {"numFound": len(documents), "cursor": following, "documents": chosen}


@pytest.fixture
def dip(httpserver: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakeDip:
    """Return the local DIP, with the key and the server's address set for the desk to find."""
    fake = FakeDip(httpserver.url_for("/api/v1").rstrip("/"))
    httpserver.expect_request(re.compile(r"/api/v1/.*")).respond_with_handler(
        lambda request: fake.handle(request, request.path.removeprefix("/api/v1"))
    )
    monkeypatch.setenv("DIP_API_KEY", KEY)
    monkeypatch.setenv("DIP_BASE_URL", fake.url)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no real key file is read
    return fake
