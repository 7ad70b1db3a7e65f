"""Compile at first use, not at import, two patterns reportlab builds for features we never use.

Python's re builds a 64K-entry table for a character class that spans up to
\\uffff, and reportlab compiles two such patterns at import:

- reportlab.platypus.paragraph's case-insensitive URI pattern over \\xa1-\\uffff,
  for splitting URIs when a style sets uriWasteReduce (~30 ms); our styles never do.
- reportlab.lib.textsplit's CJK pattern over \\u2e80-\\uffff, for its cjkwrap()
  helper (~9 ms), which reportlab's layout never calls.

Each is therefore compiled at its first use instead: the same matches, later or never.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# The start of reportlab's paragraph.uri_pat (a Django URL validator), as its source spells it.
URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
# reportlab.lib.textsplit.rx, whole.
CJK_PATTERN = "([\u2e80-\uffff])"


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
def deferred_patterns() -> Iterator[None]:
    """Leave reportlab's URI and CJK patterns uncompiled while importing inside this block."""
    real = re.compile

    def lazy_compile(pattern: Any, flags: int = 0) -> Any:
        if _is_lazy(pattern, flags):
            return LazyPattern(real, pattern, flags)
        return real(pattern, flags)

    # Only for the duration of the import; every other pattern compiles as usual.
    re.compile = lazy_compile
    try:
        yield
    finally:
        re.compile = real


def _is_lazy(pattern: Any, flags: int) -> bool:
    """Tell whether a pattern is one of the two that reportlab compiles for nothing."""
    if not isinstance(pattern, str):
        return False
    if flags == re.I and pattern.startswith(URI_PATTERN_START):
        return True
    return flags == re.UNICODE and pattern == CJK_PATTERN
