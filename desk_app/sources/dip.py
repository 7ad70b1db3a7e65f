"""The Bundestag's documentation system (DIP) as a source, through its REST API.

What is sent: the Drucksache number or the title's Vorgang search (a date
range and the Wahlperiode), and the API key in the Authorization header;
nothing of an inquiry's text. The key comes from the environment
(DIP_API_KEY) or a file in the user's config folder, never from the store.

A request that cannot connect, or gets a server error, is tried again after
a growing pause; a 429 waits as long as Retry-After asks (up to a limit). A
read that takes longer than READ_TIMEOUT is given up: the desk never hangs.
Every failure is a DeskError in one calm sentence.
"""

from __future__ import annotations

import os
import time
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import cache
from pathlib import Path
from typing import Any

import httpx

from desk_app.i18n import _
from desk_app.model.errors import DeskError
from desk_app.paths import resources_dir
from desk_app.sources.base import INQUIRY_KINDS, Paper, Process

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 15.0
RETRIES = 3  # after the first try, for connection errors, server errors and 429
BACKOFF = 0.5  # seconds before the first retry; doubled for each further one
MAX_RETRY_AFTER = 30.0  # a longer wait asked by a 429 is not waited for
MAX_PAGES = 50  # cursor pages of one list, at most (100 entries each)
SEARCH_DAYS = 42  # a Vorgang is looked for from the inquiry's date up to six weeks later
KEY_FILE = "dip-api-key"  # in the user's config folder

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class DipSettings:
    """Hold resources/sources/dip.toml: the API's address and the parliament the DIP serves."""

    base_url: str
    parliament: str  # the profile id of the desk
    zuordnung: str  # the DIP's code for it (herausgeber, f.zuordnung)


@cache
def settings() -> DipSettings:
    """Return the DIP's settings from the bundled data (read once)."""
    with (resources_dir() / "sources" / "dip.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return DipSettings(str(data["base_url"]), str(data["parliament"]), str(data["zuordnung"]))


def key_file() -> Path:
    """Return the file in the user's config folder that may hold the DIP API key."""
    import platformdirs

    from desk_app.paths import APP_NAME

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / KEY_FILE


def api_key(environ: Mapping[str, str] | None = None, path: Path | None = None) -> str:
    """Return the DIP API key: DIP_API_KEY, else the key file; a DeskError names both if neither."""
    environ = os.environ if environ is None else environ
    key = environ.get("DIP_API_KEY", "").strip()
    path = path or key_file()
    if not key:
        try:
            key = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            key = ""
    if not key:
        raise DeskError(
            _(
                "Für das DIP des Bundestages fehlt ein API-Schlüssel: bitte ihn in die "
                "Umgebungsvariable DIP_API_KEY oder in die Datei {path} eintragen."
            ).format(path=path)
        )
    return key


class _Shape(Exception):
    """Say which part of a DIP response does not have the form its OpenAPI description gives."""


def _field(document: Any, name: str, kind: type | tuple[type, ...] = str) -> Any:
    """Return a required field of a response object, or raise _Shape."""
    if not isinstance(document, dict) or not isinstance(document.get(name), kind):
        raise _Shape(name)
    return document[name]


def _day(document: Any, name: str) -> date:
    """Return a required date field ("2025-05-07")."""
    try:
        return date.fromisoformat(_field(document, name))
    except ValueError:
        raise _Shape(name) from None


class DipSource:
    """Look Bundestag papers up in the DIP; one client, closed with close() or `with`."""

    def __init__(
        self,
        key: str,
        base_url: str | None = None,
        *,
        connect_timeout: float = CONNECT_TIMEOUT,
        read_timeout: float | None = None,
        retries: int | None = None,
        backoff: float | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        read = READ_TIMEOUT if read_timeout is None else read_timeout
        self._settings = settings()
        self.parliament = self._settings.parliament
        self._client = httpx.Client(
            base_url=(base_url or self._settings.base_url).rstrip("/"),
            headers={"Authorization": f"ApiKey {key}", "Accept": "application/json"},
            timeout=httpx.Timeout(read, connect=connect_timeout),
            follow_redirects=True,
        )
        # Read at each call, not at import: a test (or a caller) may set them lower.
        self._retries = RETRIES if retries is None else retries
        self._backoff = BACKOFF if backoff is None else backoff
        self._sleep = sleep

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> DipSource:
        """Return a source with the user's key; DIP_BASE_URL may name another server (a mirror)."""
        environ = os.environ if environ is None else environ
        return cls(api_key(environ), environ.get("DIP_BASE_URL", "").strip() or None)

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def __enter__(self) -> DipSource:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # The four answers of a source

    def find_paper(self, number: str) -> Paper | None:
        """Return the Bundestag Drucksache with this number, or None if the DIP has none."""
        chamber = self._settings.zuordnung
        params = {"f.dokumentnummer": number, "f.zuordnung": chamber}
        try:
            for document in self._list("/drucksache", params):
                if (
                    document.get("herausgeber") == chamber
                    and document.get("dokumentnummer") == number
                ):
                    return _paper(document)
        except _Shape as shape:
            raise _shape_error(shape) from None
        return None

    def find_process(self, title: str, around: date, term: int | None = None) -> Process | None:
        """Return the inquiry's Vorgang whose title is this one, dated within weeks of `around`."""
        params: dict[str, Any] = {
            "f.datum.start": around.isoformat(),
            "f.datum.end": (around + timedelta(days=SEARCH_DAYS)).isoformat(),
        }
        if term is not None:
            params["f.wahlperiode"] = term
        wanted = _words(title)
        try:
            for document in self._list("/vorgang", params):
                kind = _field(document, "vorgangstyp")
                if kind in INQUIRY_KINDS and _words(_field(document, "titel")) == wanted:
                    return self.process(_field(document, "id"))
        except _Shape as shape:
            raise _shape_error(shape) from None
        return None

    def process(self, process_id: str) -> Process:
        """Return a Vorgang with the Drucksachen of its positions that the Bundestag issued."""
        try:
            head = self._get(f"/vorgang/{process_id}", _("den Vorgang {id}").format(id=process_id))
            papers: list[Paper] = []
            for position in self._list("/vorgangsposition", {"f.vorgang": process_id}):
                if _field(position, "dokumentart") != "Drucksache":
                    continue
                found = _field(position, "fundstelle", dict)
                if found.get("herausgeber") != self._settings.zuordnung:
                    continue
                paper = Paper(
                    id=_field(found, "id"),
                    number=_field(found, "dokumentnummer"),
                    issued=_day(found, "datum"),
                    kind=str(found.get("drucksachetyp", "")),
                    title=_field(position, "titel"),
                    process_ids=(process_id,),
                )
                if all(paper.number != known.number for known in papers):
                    papers.append(paper)
            return Process(
                _field(head, "id"),
                _field(head, "titel"),
                _field(head, "vorgangstyp"),
                tuple(papers),
            )
        except _Shape as shape:
            raise _shape_error(shape) from None

    def paper_text(self, paper: Paper) -> str:
        """Return a Drucksache's full text from `drucksache-text`."""
        what = _("die Drucksache {number}").format(number=paper.number)
        try:
            document = self._get(f"/drucksache-text/{paper.id}", what)
            _field(document, "dokumentnummer")
            text = document.get("text")
            if text is not None and not isinstance(text, str):
                raise _Shape("text")
        except _Shape as shape:
            raise _shape_error(shape) from None
        if not text or not text.strip():
            raise DeskError(
                _("Das DIP hat zur Drucksache {number} noch keinen Text.").format(
                    number=paper.number
                )
            )
        return text

    # Requests

    def _list(self, path: str, params: Mapping[str, Any]) -> Iterator[Json]:
        """Yield every document of a list endpoint, page by page along the cursor."""
        cursor: str | None = None
        for _page in range(MAX_PAGES):
            asked = dict(params) if cursor is None else {**params, "cursor": cursor}
            page = self._get(path, _("die Liste {path}").format(path=path), asked)
            _field(page, "numFound", int)
            documents = _field(page, "documents", list)
            yield from documents
            following = _field(page, "cursor")
            if not documents or following == cursor:
                return
            cursor = following

    def _get(self, path: str, what: str, params: Mapping[str, Any] | None = None) -> Json:
        """Return one response's JSON object, retrying where a retry may help."""
        query = {"format": "json", **(params or {})}
        attempt = 0
        while True:
            try:
                response = self._client.get(path, params=query)
            except httpx.TimeoutException as error:
                if isinstance(error, httpx.ConnectTimeout) and attempt < self._retries:
                    attempt = self._pause(attempt)
                    continue
                raise DeskError(
                    _(
                        "Das DIP des Bundestages hat nicht rechtzeitig geantwortet; "
                        "bitte später erneut versuchen."
                    )
                ) from None
            except httpx.TransportError:
                if attempt < self._retries:
                    attempt = self._pause(attempt)
                    continue
                raise DeskError(
                    _(
                        "Das DIP des Bundestages ist nicht erreichbar; bitte die "
                        "Internetverbindung prüfen und es später erneut versuchen."
                    )
                ) from None
            status = response.status_code
            if status == 429 and attempt < self._retries:
                wait = _retry_after(response.headers.get("Retry-After"))
                if wait is None:  # no word how long: the same growing pause as for a failure
                    attempt = self._pause(attempt)
                    continue
                if wait <= MAX_RETRY_AFTER:
                    self._sleep(wait)
                    attempt += 1
                    continue
            elif status >= 500 and attempt < self._retries:
                attempt = self._pause(attempt)
                continue
            if status != 200:
                raise _status_error(status, what)
            try:
                document = response.json()
            except ValueError:
                raise DeskError(
                    _(
                        "Das DIP des Bundestages hat eine unlesbare Antwort geschickt; "
                        "bitte später erneut versuchen."
                    )
                ) from None
            if not isinstance(document, dict):
                raise _shape_error(_Shape("document"))
            return document

    def _pause(self, attempt: int) -> int:
        """Wait before the next try, twice as long as before; return the next attempt's number."""
        self._sleep(self._backoff * 2**attempt)
        return attempt + 1


def _paper(document: Json) -> Paper:
    """Return a Paper of a `drucksache` document."""
    links = document.get("vorgangsbezug") or []
    if not isinstance(links, list):
        raise _Shape("vorgangsbezug")
    return Paper(
        id=_field(document, "id"),
        number=_field(document, "dokumentnummer"),
        issued=_day(document, "datum"),
        kind=_field(document, "drucksachetyp"),
        title=_field(document, "titel"),
        process_ids=tuple(_field(link, "id") for link in links),
    )


def _words(title: str) -> str:
    """Return a title's words for comparison: case, spaces and quotation marks aside."""
    kept = "".join(c if c.isalnum() or c.isspace() else " " for c in title.casefold())
    return " ".join(kept.split())


def _retry_after(value: str | None) -> float | None:
    """Return Retry-After in seconds (a number or an HTTP date), or None if it is unreadable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    now = datetime.now(when.tzinfo) if when.tzinfo else datetime.now()
    return max(0.0, (when - now).total_seconds())


def _status_error(status: int, what: str) -> DeskError:
    """Return the sentence for a response that is not 200."""
    if status in (401, 403):
        return DeskError(
            _(
                "Das DIP des Bundestages hat den API-Schlüssel nicht angenommen; bitte den "
                "Schlüssel prüfen (DIP_API_KEY oder die Datei {path})."
            ).format(path=key_file())
        )
    if status == 404:
        return DeskError(_("Das DIP des Bundestages kennt {what} nicht.").format(what=what))
    if status == 429:
        return DeskError(
            _(
                "Das DIP des Bundestages nimmt gerade zu viele Anfragen an; bitte in einigen "
                "Minuten erneut versuchen."
            )
        )
    if status >= 500:
        return DeskError(
            _(
                "Das DIP des Bundestages hat einen Fehler gemeldet (HTTP {status}); bitte "
                "später erneut versuchen."
            ).format(status=status)
        )
    return DeskError(
        _("Das DIP des Bundestages hat die Anfrage abgelehnt (HTTP {status}).").format(
            status=status
        )
    )


def _shape_error(shape: _Shape) -> DeskError:
    """Return the sentence for a response whose form is not the one the API describes."""
    return DeskError(
        _(
            "Die Antwort des DIP des Bundestages hat nicht die beschriebene Form (Feld „{field}“); "
            "bitte später erneut versuchen."
        ).format(field=shape)
    )
