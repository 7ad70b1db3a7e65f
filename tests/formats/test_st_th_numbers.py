"""Sachsen-Anhalt and Thüringen number their Kleine Anfragen; exports print it, imports read it.

Sachsen-Anhalt cites its Kleine Anfragen as "KA 8/382" (with the Drucksache "Drs. 8/1755"
of the answer); Thüringen prints "Kleine Anfrage 8/980" and, in the answer of the
6th term, "Die Kleine Anfrage 1297 … hat folgenden Wortlaut:" (Drs. 6/2838).
"""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.formats.read.answer.head import read_answer_head
from desk_app.formats.read.docx.reader import from_docx_bytes
from desk_app.formats.read.pdf.reader import from_pdf_bytes
from desk_app.formats.write.docx.writer import to_docx
from desk_app.formats.write.pdf.writer import to_pdf
from desk_app.model import Inquiry, Originator, Question, paragraph
from desk_app.rules.registry import ProfileRegistry
from desk_app.rules.templates import new_inquiry
from tests.formats.docx_read import Docx
from tests.formats.pdf_reading import page_texts

KA = "kleine-anfrage"
# The number line each parliament prints for Kleine Anfrage 382 of the 8th term.
NUMBER_LINES = {"ST": "Kleine Anfrage - KA 8/382", "TH": "Kleine Anfrage 8/382"}


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load()


def numbered_inquiry(registry: ProfileRegistry, pid: str) -> Inquiry:
    """Build Kleine Anfrage 8/382 of the parliament from its own template."""
    profile = registry.get(pid)
    issued = date(2025, 3, 12)
    inquiry = new_inquiry(
        profile,
        KA,
        [Originator("Anna Beispiel", profile.parties[0])],
        title="Wie viele Denkmale stehen im Land?",
        today=issued,
    )
    assert inquiry.term == 8
    inquiry.number = "382"
    inquiry.drucksache = "8/1755"
    inquiry.dates.signed = date(2025, 3, 10)
    inquiry.dates.issued = issued
    inquiry.questions = [
        Question([paragraph("Wie viele Kulturdenkmale sind derzeit eingetragen?")]),
        Question([paragraph("Wie viele davon sind gefährdet?")]),
    ]
    return inquiry


@pytest.mark.parametrize("pid", ["ST", "TH"])
def test_the_kleine_anfrage_is_numbered(registry: ProfileRegistry, pid: str) -> None:
    kind = registry.get(pid).kind(KA)
    assert kind.numbered and "{number}" in kind.template.kind_line


@pytest.mark.parametrize("pid", ["ST", "TH"])
def test_docx_prints_the_number_line_and_reads_it_back(registry: ProfileRegistry, pid: str) -> None:
    original = numbered_inquiry(registry, pid)
    data = to_docx(original, registry.get(pid), "drucksache")
    texts = [text for _style, text in Docx(data).paragraphs()]
    assert NUMBER_LINES[pid] in texts
    back = from_docx_bytes(data, registry).inquiry
    assert (back.parliament, back.kind, back.term, back.number) == (pid, KA, 8, "382")


@pytest.mark.parametrize("pid", ["ST", "TH"])
def test_pdf_prints_the_number_line_and_reads_it_back(registry: ProfileRegistry, pid: str) -> None:
    original = numbered_inquiry(registry, pid)
    data = to_pdf(original, registry.get(pid), "drucksache")
    assert NUMBER_LINES[pid] in page_texts(data)[0]
    back = from_pdf_bytes(data, registry).inquiry
    assert (back.parliament, back.kind, back.term, back.number) == (pid, KA, 8, "382")


def test_a_thuringian_answer_names_the_number_of_its_kleine_anfrage(
    registry: ProfileRegistry,
) -> None:
    # The head of Drs. 6/2838 (answer to Kleine Anfrage 1297 of the 6th term).
    lines = [
        "19.10.2016 Drucksache 6/2838",
        "Thüringer Landtag 6. Wahlperiode",
        "Finanzlage und Zahlung von Landeszuweisungen an den Saale-Holzland-Kreis - Teil II",
        "Die Kleine Anfrage 1297 - korrigierte Fassung - vom 27. Juli 2016 hat folgenden Wortlaut:",
    ]
    head = read_answer_head(lines, registry.get("TH"))
    assert (head.kind, head.number, head.drucksache) == (KA, "1297", "6/2838")
