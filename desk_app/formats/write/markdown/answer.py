"""Render the answer layout as readable Markdown: a one-way view, not the round-trip form.

The lines come from the same render plan as the DOCX and PDF answers; only
`to_markdown` writes the Markdown that `from_text` reads back.
"""

from __future__ import annotations

from desk_app.formats.markdown.inline import (
    escape_footnote_id,
    escape_text,
    inlines_to_markdown,
    text_to_markdown,
)
from desk_app.formats.write.answer_plan import PlannedAnswer
from desk_app.formats.write.plan import LayoutName, RenderPlan, build_plan
from desk_app.model import Inquiry, Text
from desk_app.rules.profile import Parliament

_INDENT = "    "


def to_markdown_answer(inquiry: Inquiry, parliament: Parliament) -> str:
    """Return the inquiry with its answer as Markdown, each question followed by its answer."""
    return answer_markdown(build_plan(inquiry, parliament, LayoutName.ANSWER))


def answer_markdown(plan: RenderPlan) -> str:
    """Return an answer layout's plan as Markdown chunks joined by blank lines."""
    answer = plan.answer
    if answer is None:
        raise ValueError("answer_markdown needs the plan of the answer layout")
    chunks = [
        escape_text(" · ".join(side), line_start=True)
        for side in (plan.header_left, plan.header_right)
        if side
    ]
    if answer.title_line:
        chunks.append(f"# {escape_text(answer.title_line)}")
    if plan.title:
        chunks.append(f"## {inlines_to_markdown(plan.title, line_start=False)}")
    if answer.intro:
        chunks.append(escape_text(answer.intro, line_start=True))
    chunks += _remark(answer.inquiry_heading, plan.preamble)
    chunks += _remark(answer.preliminary_heading, answer.preliminary)
    for item in answer.items:
        if isinstance(item, PlannedAnswer):
            chunks.append(text_to_markdown(item.text))
            continue
        chunks.append(_labelled(item.label, item.text, ""))
        chunks += [_labelled(label, sub, _INDENT) for label, sub in item.subquestions]
    for note in plan.notes:
        chunks.append(_labelled(f"[^{escape_footnote_id(note.footnote_id)}]:", note.text, ""))
    return "\n\n".join(chunk for chunk in chunks if chunk) + "\n"


def _remark(heading: str | None, text: Text) -> list[str]:
    """Return a remark under a level-3 heading; an empty remark is left out."""
    if not text:
        return []
    return [f"### {escape_text(heading)}" if heading else "", text_to_markdown(text)]


def _labelled(label: str, text: Text, indent: str) -> str:
    """Return a question or note: its label bold (a note's plain) before the first paragraph."""
    mark = label if label.startswith("[^") else f"**{escape_text(label)}**"
    if not text:
        return indent + mark
    first, *rest = text
    lines = [f"{indent}{mark} {inlines_to_markdown(first.inlines, line_start=False)}"]
    lines += [f"{indent}{_INDENT}{inlines_to_markdown(para.inlines)}" for para in rest]
    return "\n\n".join(lines)
