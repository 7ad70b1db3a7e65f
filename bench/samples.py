"""Inquiries the benchmarks export: the ~30-page, 100-footnote long inquiry."""

from __future__ import annotations

import random

from desk_app.model import Inquiry, Paragraph, Run
from tests.formats.pdf_samples import _WORDS, stress_inquiry


def long_inquiry(notes: int = 100, extra_paragraphs: int = 34) -> Inquiry:
    """Return the PDF tests' stress inquiry (100 notes) lengthened to about 30 pages."""
    inquiry = stress_inquiry(notes)
    rng = random.Random(30)
    for _ in range(extra_paragraphs):
        # Plain body text between the noted paragraphs, as in a long Große Anfrage.
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(120, 200)))
        inquiry.preamble.insert(rng.randrange(len(inquiry.preamble) + 1), Paragraph([Run(words)]))
    return inquiry
