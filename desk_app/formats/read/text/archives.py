"""Know the foreign Markdown archives we read: front matter keys and headings, as data.

The archives are described in resources/reading/front_matter.toml.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desk_app.paths import resources_dir

# The fields an archive's front matter may name, in the order the report shows them.
FIELDS = (
    "kind",
    "drucksache",
    "term",
    "title",
    "originators",
    "parties",
    "signed",
    "issued",
)
_BODY = (
    "title",
    "issued",
    "preamble",
    "preliminary",
    "questions",
    "question",
    "answer",
)


@dataclass(frozen=True, slots=True)
class ArchiveBody:
    """Hold the whole-line patterns by which an archive structures its text."""

    title: re.Pattern[str] | None
    header_separator: str
    issued: re.Pattern[str] | None
    preamble: re.Pattern[str] | None
    preliminary: re.Pattern[str] | None
    questions: re.Pattern[str] | None
    question: re.Pattern[str] | None
    answer: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Archive:
    """Hold one archive: how it is recognised, what its keys mean, how its text is laid out."""

    name: str
    generator_key: str
    generator: str
    keys: tuple[str, ...]
    fields: Mapping[str, str]
    body: ArchiveBody

    def describes(self, values: Mapping[str, Any]) -> bool:
        """Tell whether a front matter is this archive's: by its generator, else by its keys."""
        made_by = values.get(self.generator_key)
        if isinstance(made_by, str) and self.generator:
            return made_by.strip().startswith(self.generator)
        return bool(self.keys) and all(key in values for key in self.keys)


@functools.cache
def archives() -> tuple[Archive, ...]:
    """Return the archives the data file describes, read once."""
    with (resources_dir() / "reading" / "front_matter.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return tuple(_archive(entry) for entry in data.get("archive", []))


def find_archive(values: Mapping[str, Any]) -> Archive | None:
    """Return the archive a front matter comes from, or None for our own front matter."""
    if not values:
        return None
    return next((archive for archive in archives() if archive.describes(values)), None)


def _archive(entry: Mapping[str, Any]) -> Archive:
    fields = dict(entry.get("fields", {}))
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise ValueError(f"front_matter.toml: unknown fields {sorted(unknown)}")
    body = dict(entry.get("body", {}))
    patterns = {name: _compile(body.get(name)) for name in _BODY}
    return Archive(
        str(entry["name"]),
        str(entry.get("generator_key", "generator")),
        str(entry.get("generator", "")),
        tuple(entry.get("keys", ())),
        fields,
        ArchiveBody(header_separator=str(body.get("header_separator", "")), **patterns),
    )


def _compile(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern, re.IGNORECASE) if pattern else None
