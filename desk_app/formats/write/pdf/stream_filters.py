"""Compress the PDF's page streams without also spelling them out in ASCII85, for our PDFs only.

reportlab's default (rl_config.useA85) encodes every compressed page stream in
ASCII85 as well, in pure Python when its C accelerator is not installed (~3 ms a
PDF), and the PDF grows by a quarter of those streams. Readers decode both
forms alike; what a user sees does not change. reportlab reads the setting while
it builds and saves a document, so it is set for exactly that span and restored
afterwards; the lock keeps two builds (a preview and an export) from restoring
it under each other.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from reportlab import rl_config

_LOCK = threading.Lock()


@contextmanager
def binary_streams() -> Iterator[None]:
    """Build the documents inside this block with Flate-only streams."""
    with _LOCK:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved
