"""Inquiries for the PDF tests and the benchmark: the seed and footnote stress cases."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from desk_app.formats.read.text.reader import from_text
from desk_app.model import (
    Footnote,
    FootnoteRef,
    Inquiry,
    Originator,
    Paragraph,
    ParagraphStyle,
    Question,
    Run,
    paragraph,
)
from desk_app.paths import resources_dir
from desk_app.rules.registry import ProfileRegistry

SEED = resources_dir() / "seed" / "nw_17_kleine_anfrage_3417.md"
LONG_NOTE = 37  # the note longer than half a page
LONG_URL = (
    "https://www.example-landtag.nrw.de/portal/WWW/dokumentenarchiv/Dokument/"
    "MMD17-8765_sehr_langer_dateiname_mit_vielen_teilen.der-anhang.und-noch-mehr/"
    "unterordner/weitere-ebene/noch_eine_ebene/datei-name-mit-bindestrichen.pdf"
)
_WORDS = [
    "Landesregierung",
    "Integration",
    "Kommunen",
    "Zivilgesellschaft",
    "Förderung",
    "Träger",
    "Wohlfahrtspflege",
    "Beratung",
    "Konzept",
    "Strategie",
    "Haushalt",
    "Mittel",
    "Personal",
    "Stellen",
    "Struktur",
    "Prozess",
    "Ebene",
    "Akteure",
    "Angebote",
    "Teilhabe",
    "Vielfalt",
    "Sozialraum",
]


def seed_inquiry(registry: ProfileRegistry, drucksache: str | None = "17/8765") -> Inquiry:
    """Import the bundled seed inquiry and give it a Drucksache number."""
    inquiry = from_text(Path(SEED).read_text(encoding="utf-8"), registry).inquiry
    inquiry.drucksache = drucksache
    return inquiry


def note_text(number: int) -> str:
    """Return the unique opening words of a stress note."""
    return f"Quelle{number:03d} Beleg"


def stress_inquiry(notes: int = 100) -> Inquiry:
    """Build an NW inquiry with many notes of varied length and markers near page breaks."""
    rng = random.Random(4711)
    footnotes: dict[str, Footnote] = {}
    for number in range(1, notes + 1):
        length = 400 if number == LONG_NOTE else rng.choice((2, 5, 12, 30, 60))
        words = " ".join(rng.choice(_WORDS) for _ in range(length))
        text = f"{note_text(number)} {words}"
        if number % 10 == 3:
            text += f" {LONG_URL}"
        footnotes[f"n{number}"] = Footnote(f"n{number}", [paragraph(text)])
    ids = iter(footnotes)
    title = Paragraph(
        [Run("Wie steht es um die Fußnoten im Titel"), FootnoteRef(next(ids)), Run("?")]
    )
    preamble: list[Paragraph] = []
    remaining = notes - 1 - 12  # one note in the title, twelve in the questions
    while remaining > 0:
        inlines: list = []
        for _ in range(rng.randint(1, 5)):
            if remaining <= 0:
                break
            words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(15, 90)))
            inlines += [Run(words), FootnoteRef(next(ids)), Run(" ")]
            remaining -= 1
        inlines.append(Run(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(5, 40)))))
        style = ParagraphStyle.QUOTE if len(preamble) % 7 == 3 else ParagraphStyle.BODY
        preamble.append(Paragraph(inlines, style))
    questions = []
    for index in range(6):
        sub = [[Paragraph([Run(f"Teilfrage {index}"), FootnoteRef(next(ids)), Run("?")])]]
        questions.append(
            Question([Paragraph([Run(f"Frage {index} lautet"), FootnoteRef(next(ids))])], sub)
        )
    inquiry = Inquiry(
        "NW",
        "kleine-anfrage",
        term=17,
        number="3417",
        drucksache="17/8765",
        title=title,
        originators=[Originator("Berivan Aymaz", "BÜNDNIS 90/DIE GRÜNEN")],
        preamble=preamble,
        lead_in="Vor diesem Hintergrund frage ich die Landesregierung:",
        questions=questions,
        footnotes=footnotes,
        signature=["Berivan Aymaz"],
    )
    inquiry.dates.signed = inquiry.dates.issued = date(2020, 2, 19)
    return inquiry


def long_inquiry(notes: int = 100, extra_paragraphs: int = 34) -> Inquiry:
    """Return the stress inquiry (100 notes) lengthened to about 34 pages, as benchmarked."""
    inquiry = stress_inquiry(notes)
    rng = random.Random(30)
    for _ in range(extra_paragraphs):
        # Plain body text between the noted paragraphs, as in a long Große Anfrage.
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(120, 200)))
        inquiry.preamble.insert(rng.randrange(len(inquiry.preamble) + 1), Paragraph([Run(words)]))
    return inquiry
