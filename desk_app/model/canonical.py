"""Canonical form of an inquiry: the form an exact round trip preserves."""

from __future__ import annotations

import copy
import dataclasses

from desk_app.model.inquiry import Footnote, Inquiry, Question
from desk_app.model.numbering import footnote_order, unreferenced_footnotes
from desk_app.model.text import FootnoteRef, Paragraph, Text, normalize_text


def _rename_refs(text: Text, names: dict[str, str]) -> Text:
    """Return a text whose footnote references carry new ids; dangling ones are dropped."""
    result: Text = []
    for para in text:
        inlines = [
            FootnoteRef(names[item.footnote_id]) if isinstance(item, FootnoteRef) else item
            for item in para.inlines
            if not isinstance(item, FootnoteRef) or item.footnote_id in names
        ]
        result.append(Paragraph(inlines, para.style))
    return normalize_text(result)


def canonical(inquiry: Inquiry) -> Inquiry:
    """Return a copy with normalized texts and footnote and source ids by position.

    Footnote ids become "1", "2", … in order of first reference (unreferenced
    notes follow in stored order); source ids become "s1", "s2", … in order of
    first citation (uncited sources follow). Nothing the reader sees changes.
    """
    result = copy.deepcopy(inquiry)
    order = footnote_order(result) + unreferenced_footnotes(result)
    names = {fid: str(number) for number, fid in enumerate(order, start=1)}
    cited = [
        sid
        for fid in order
        if (sid := result.footnotes[fid].source_id) is not None and sid in result.sources
    ]
    source_order = list(dict.fromkeys([*cited, *result.sources]))
    source_names = {sid: f"s{number}" for number, sid in enumerate(source_order, start=1)}

    title = _rename_refs([result.title], names)
    result.title = title[0] if title else Paragraph()
    result.preamble = _rename_refs(result.preamble, names)
    result.questions = [
        Question(
            _rename_refs(question.text, names),
            [_rename_refs(sub, names) for sub in question.subquestions],
        )
        for question in result.questions
    ]
    result.footnotes = {
        names[fid]: Footnote(
            names[fid],
            _rename_refs(result.footnotes[fid].text, names),
            source_names.get(result.footnotes[fid].source_id or ""),
        )
        for fid in order
    }
    result.sources = {
        source_names[sid]: dataclasses.replace(result.sources[sid], id=source_names[sid])
        for sid in source_order
    }
    if result.answer is not None:
        # The answer's markers are renamed with the notes, or they would point at old ids.
        answer = result.answer
        answer.preliminary = normalize_text(_rename_refs(answer.preliminary, names))
        for part in answer.parts:
            part.text = normalize_text(_rename_refs(part.text, names))
    return result
