"""Inquiries the benchmarks export: the ~34-page, 100-footnote long inquiry."""

from __future__ import annotations

# The generator lives with the PDF tests, which check its note placement; the
# benchmarks time the very same document.
from tests.formats.pdf_samples import long_inquiry

__all__ = ["long_inquiry"]
