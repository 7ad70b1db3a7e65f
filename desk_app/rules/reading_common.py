"""Read the page furniture every parliament's papers share (resources/reading/common.toml)."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from desk_app.paths import resources_dir


@dataclass(frozen=True, slots=True)
class CommonReading:
    """Hold the printer's and distribution lines and page-number forms of all papers."""

    notices: tuple[re.Pattern[str], ...]
    page_numbers: tuple[re.Pattern[str], ...]


@functools.cache
def common_reading() -> CommonReading:
    """Return the shared furniture patterns, read once."""
    with (resources_dir() / "reading" / "common.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return CommonReading(
        tuple(re.compile(pattern, re.IGNORECASE) for pattern in data.get("notices", [])),
        tuple(re.compile(pattern, re.IGNORECASE) for pattern in data.get("page_numbers", [])),
    )
