"""Import reportlab's paragraph module without compiling, at import, a pattern our PDFs never use.

reportlab.platypus.paragraph compiles at import a case-insensitive URI pattern
over the range \\xa1-\\uffff (it splits URIs when a style sets uriWasteReduce).
Building its character sets costs Python's re ~30 ms of every PDF export
process; our styles never set uriWasteReduce. The pattern is therefore
compiled at its first use instead: the same matches, later or never.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# The start of reportlab's paragraph.uri_pat (a Django URL validator), as its source spells it.
URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class LazyPattern:
    """Compile a regular expression at the first use of any attribute, then act as it."""

    __slots__ = ("_compile", "_compiled", "_flags", "_pattern")

    def __init__(self, compile_: Callable[..., re.Pattern[str]], pattern: str, flags: int) -> None:
        self._compile = compile_
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = self._compile(self._pattern, self._flags)
        return getattr(self._compiled, name)


@contextmanager
def lazy_uri_pattern() -> Iterator[None]:
    """Leave reportlab's URI pattern uncompiled while importing inside this block."""
    real = re.compile

    def lazy_compile(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and flags == re.I and pattern.startswith(URI_PATTERN_START):
            return LazyPattern(real, pattern, flags)
        return real(pattern, flags)

    # Only for the duration of the import; every other pattern compiles as usual.
    re.compile = lazy_compile
    try:
        yield
    finally:
        re.compile = real
