"""Export an inquiry as Markdown with pandoc footnotes: the plain-text form of the model."""

from __future__ import annotations

from typing import Any

from desk_app.formats.markdown.front_matter import front_matter
from desk_app.formats.markdown.inline import (
    escape_footnote_id,
    escape_text,
    inlines_to_markdown,
    paragraph_to_markdown,
    parse_inlines,
)
from desk_app.formats.markdown.metadata import metadata_to_json
from desk_app.model import Inquiry, ParagraphStyle, Text, canonical, plain, subquestion_label

LEAD_IN_MARKER = "<!-- lead-in -->"
SIGNATURE_MARKER = "<!-- signature -->"
_INDENT = "    "


def to_markdown(inquiry: Inquiry, registry: object | None = None) -> str:
    """Return an inquiry as Markdown that `from_text` reads back to its canonical form.

    The registry is accepted like every exporter's, but the Markdown form
    carries ids, not profile wording, so it needs none.
    """
    item = canonical(inquiry)
    meta: dict[str, Any] = metadata_to_json(item)
    if item.title.style is not ParagraphStyle.BODY:
        meta["title_style"] = item.title.style.value
    chunks = [_title(item)]
    chunks += [paragraph_to_markdown(para) for para in item.preamble]
    chunks.append(LEAD_IN_MARKER)
    if _fits_body(item.lead_in):
        chunks.append(escape_text(item.lead_in, line_start=True))
    elif item.lead_in:
        # Line breaks or edge spaces would not survive a paragraph: keep it exact here.
        meta["lead_in"] = item.lead_in
    for number, question in enumerate(item.questions, start=1):
        chunks.append(_item(f"{number}.", question.text, ""))
        for index, sub in enumerate(question.subquestions):
            chunks.append(_item(f"{subquestion_label(index)})", sub, _INDENT))
    if all(_fits_body(line) for line in item.signature):
        if item.signature:
            chunks.append(SIGNATURE_MARKER)
            lines = [escape_text(line, line_start=True) for line in item.signature]
            chunks.append("\\\n".join(lines))
    else:
        meta["signature"] = item.signature
    for fid, note in item.footnotes.items():
        chunks.append(_item(f"[^{escape_footnote_id(fid)}]:", note.text, ""))
    return f"{front_matter(meta)}\n\n" + "\n\n".join(chunks) + "\n"


def _title(inquiry: Inquiry) -> str:
    """Return the title as a level-1 heading."""
    text = inlines_to_markdown(inquiry.title.inlines)
    return f"# {text}" if text else "#"


def _item(label: str, text: Text, indent: str) -> str:
    """Return a list item or footnote: its first paragraph on the label line, the rest indented."""
    if not text:
        return indent + label
    first, *rest = [paragraph_to_markdown(para) for para in text]
    lines = [f"{indent}{label} {first}"]
    lines += [f"{indent}{_INDENT}{para}" for para in rest]
    return "\n\n".join(lines)


def _fits_body(line: str) -> bool:
    """Tell whether a plain line reads back unchanged when written as a body paragraph."""
    if not line or line != line.strip() or "\n" in line or "\r" in line:
        return False
    return plain(parse_inlines(escape_text(line, line_start=True))) == line
