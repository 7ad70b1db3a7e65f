"""Every parliament's Kleine Anfrage, exported as a printed Drucksache, imports back untold."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from desk_app.formats.read.docx.reader import from_docx_bytes
from desk_app.formats.read.pdf.reader import from_pdf_bytes
from desk_app.formats.write.docx.writer import to_docx
from desk_app.formats.write.pdf.writer import to_pdf
from desk_app.model import (
    Footnote,
    FootnoteRef,
    Inquiry,
    Originator,
    Paragraph,
    Question,
    Run,
    paragraph,
)
from desk_app.paths import resources_dir
from desk_app.rules.profile import Parliament
from desk_app.rules.registry import profile_folders
from desk_app.rules.templates import new_inquiry
from tests.formats.samples.roundtrip import printed_view

KIND = "kleine-anfrage"
IDS = sorted(profile_folders(resources_dir() / "parliaments", required=True))
URLS = (
    "https://www.example.org/berichte/2024/pflegekraefte-im-land.pdf",
    "https://www.example.org/presse/mitteilung-zur-pflege-2024",
)
# What a printed Drucksache carries and so must come back (see samples/roundtrip.py).
COMPARED = (
    "parliament",
    "kind",
    "term",
    "number",
    "drucksache",
    "title",
    "originators",
    "faction",
    "preamble",
    "lead_in",
    "questions",
    "footnotes",
    "issued",
)


def form_inquiry(profile: Parliament) -> Inquiry:
    """Build a Kleine Anfrage in the parliament's own form, from its template."""
    kind = profile.kind(KIND)
    party = profile.parties[0]
    people = [Originator("Anna Beispiel", party), Originator("Bernd Muster", party)]
    issued = date(2024, 5, 14)
    inquiry = new_inquiry(
        profile,
        KIND,
        people,
        faction=party if "{faction}" in kind.template.faction_suffix else "",
        title="Wie steht es um die Pflegekräfte im Land?",
        today=issued,
    )
    inquiry.number = "1234" if kind.numbered else None
    inquiry.drucksache = f"{inquiry.term}/5678"
    inquiry.dates.signed = date(2024, 5, 10)
    inquiry.dates.issued = issued
    inquiry.preamble = [
        Paragraph(
            [
                Run("Der Bericht zur Pflege nennt 1 200 offene Stellen im Land"),
                FootnoteRef("1"),
                Run(". Die Zahl ist seit 2020 gestiegen."),
            ]
        ),
        Paragraph(
            [
                Run("Die Regierung kündigte ein Programm an"),
                FootnoteRef("2"),
                Run(", dessen Mittel bisher nicht abgerufen wurden."),
            ]
        ),
    ]
    inquiry.footnotes = {
        str(n): Footnote(str(n), [paragraph(url)]) for n, url in enumerate(URLS, start=1)
    }
    limit = kind.limit
    subs = (
        [[paragraph("Wie viele davon in Kliniken?")], [paragraph("Wie viele in Heimen?")]]
        if limit.subquestions_allowed and limit.max_subquestions != 0
        else []
    )
    inquiry.questions = [
        Question([paragraph("Wie viele Stellen in der Pflege sind derzeit unbesetzt?")], subs),
        Question([paragraph("Welche Mittel des Programms wurden bisher abgerufen?")]),
        Question([paragraph("Was plant die Landesregierung bis Ende 2025?")]),
    ]
    return inquiry


def test_every_bundled_parliament_is_covered(registry):
    assert registry.ids() == IDS and len(IDS) == 17


def _compared(inquiry: Inquiry) -> dict[str, Any]:
    view = printed_view(inquiry)
    return {key: view[key] for key in COMPARED}


@pytest.mark.parametrize("pid", IDS)
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_printed_form_imports_back_without_naming_the_parliament(registry, pid, fmt):
    profile = registry.get(pid)
    original = form_inquiry(profile)
    if fmt == "docx":
        result = from_docx_bytes(to_docx(original, profile, "drucksache"), registry)
    else:
        result = from_pdf_bytes(to_pdf(original, profile, "drucksache"), registry)
    assert _compared(result.inquiry) == _compared(original)
