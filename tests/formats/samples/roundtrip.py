"""What a DOCX round trip must keep: everything an exported document prints.

Compared: parliament, kind, term, running number, Drucksache, title, originators,
faction, preamble (with bold, italic, quotes and note markers), lead-in, questions and
sub-questions, footnote texts (numbered by position), signature, the printed dates
(signed and issued). Not compared, because a printed document does not carry
them: the id, the sources (the import rebuilds them from the URLs in the notes,
without titles, publishers, access or archive data) and the notes' links to them,
the other dates, the lead ministry, withdrawn, internal notes and the answer.
"""

from __future__ import annotations

from typing import Any

from desk_app.model import Inquiry, canonical, plain_text


def printed_view(inquiry: Inquiry) -> dict[str, Any]:
    """Return the printed content of an inquiry, in canonical form."""
    item = canonical(inquiry)
    return {
        "parliament": item.parliament,
        "kind": item.kind,
        "term": item.term,
        "number": item.number,
        "drucksache": item.drucksache,
        "title": item.title,
        "originators": item.originators,
        "faction": item.faction,
        "preamble": item.preamble,
        "lead_in": item.lead_in,
        "questions": item.questions,
        "footnotes": {fid: note.text for fid, note in item.footnotes.items()},
        "signature": item.signature,
        "signed": item.dates.signed,
        "issued": item.dates.issued,
    }


def words_of(inquiry: Inquiry) -> list[str]:
    """Return the words of everything printed in the body, for text-content comparison."""
    item = canonical(inquiry)
    texts = [plain_text([item.title]), plain_text(item.preamble), item.lead_in]
    for question in item.questions:
        texts.append(plain_text(question.text))
        texts += [plain_text(sub) for sub in question.subquestions]
    texts += [plain_text(note.text) for note in item.footnotes.values()]
    texts += item.signature
    return " ".join(texts).split()
