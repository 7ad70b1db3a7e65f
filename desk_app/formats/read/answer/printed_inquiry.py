"""Read the inquiry an answer document prints (its own paper, or interleaved with the answer)."""

from __future__ import annotations

from typing import Any

from desk_app.formats.blocks import Block
from desk_app.formats.markdown.metadata import apply_metadata
from desk_app.formats.read.answer.head import AnswerHead
from desk_app.formats.read.result import Report
from desk_app.formats.read.structure.parser import assemble
from desk_app.formats.read.structure.summary import summarise
from desk_app.i18n import say
from desk_app.model import Inquiry
from desk_app.rules.profile import Parliament

_ROLE_KEYS = ("parliament", "kind")


def printed_inquiry(
    blocks: list[Block],
    profile: Parliament,
    head: AnswerHead,
    values: dict[str, Any],
    report: Report,
) -> Inquiry:
    """Return the inquiry read from its printed blocks by the inquiry parser."""
    inquiry = assemble(blocks, profile, _kind(values, profile), report)
    for key, value in values.items():
        if key in _ROLE_KEYS:
            continue
        try:
            apply_metadata(inquiry, key, value)
        except (ValueError, TypeError, KeyError, AttributeError):
            report.doubt(say("Die Angabe „{key}“ im Dateikopf ist nicht lesbar.", key=key))
    if head.inquiry_drucksache:
        # A paper with inquiry and answer is the answer's paper: its head names the inquiry's own.
        inquiry.drucksache = head.inquiry_drucksache
    if inquiry.term is None and inquiry.drucksache:
        inquiry.term = int(inquiry.drucksache.split("/")[0])
    summarise(inquiry, profile, report)
    return inquiry


def _kind(values: dict[str, Any], profile: Parliament) -> str | None:
    """Return the kind a front matter names, if the profile knows it."""
    kind = values.get("kind")
    return kind if isinstance(kind, str) and kind in profile.kinds else None
