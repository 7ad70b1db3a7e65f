"""Random inquiries for the footnote placement check: lengths, long notes and marker spots vary."""

from __future__ import annotations

import random
from datetime import date

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
from tests.formats.pdf_samples import _WORDS, LONG_URL, note_text

PARLIAMENTS = ("NW", "BT", "BY", "BW", "HH")


class _Notes:
    """Hand out footnote ids in reading order and keep the notes they name."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.footnotes: dict[str, Footnote] = {}

    def ref(self, last: bool) -> FootnoteRef:
        """Return a marker: mostly of a new note, now and then again of an earlier one."""
        if self.footnotes and self.rng.random() < 0.05:
            return FootnoteRef(self.rng.choice(list(self.footnotes)))
        number = len(self.footnotes) + 1
        fid = f"n{number}"
        self.footnotes[fid] = Footnote(fid, [paragraph(self._text(number, last))])
        return FootnoteRef(fid)

    def _text(self, number: int, last: bool) -> str:
        """Return a note of one of many lengths, from a few words to more than a page."""
        rng = self.rng
        length = rng.choice((1, 3, 8, 20, 45, 90))
        # A long note goes to a paragraph's last marker only: a page cannot hold a long
        # note and begin the note of a marker later in the same line, as no typesetter can.
        if last and rng.random() < 0.3:
            # Long notes: more than a third of a page, now and then more than a page.
            length = rng.randint(1500, 2600) if rng.random() < 0.15 else rng.randint(150, 600)
        text = f"{note_text(number)} {_words(rng, length)}"
        return text + f" {LONG_URL}" if rng.random() < 0.1 else text


def random_inquiry(seed: int) -> Inquiry:
    """Build a random inquiry whose markers sit in title, text, questions and sub-questions."""
    rng = random.Random(seed)
    notes = _Notes(rng)
    density = rng.choice((0.0, 0.3, 1.0, 3.0))  # markers per paragraph, on average
    title = _inlines(rng, notes, rng.randint(3, 25), rng.choice((0, 0, 1, 2)))
    preamble = []
    for index in range(rng.choice((0, 1, 3, 6, 12, 20))):
        words = rng.choice((8, 40, 120, 300, 700))
        markers = min(int(rng.expovariate(1 / density)) if density else 0, 6)
        style = ParagraphStyle.QUOTE if index % 5 == 4 else ParagraphStyle.BODY
        preamble.append(Paragraph(_inlines(rng, notes, words, markers), style))
    questions = []
    for _ in range(rng.randint(1, 8)):
        text = [Paragraph(_inlines(rng, notes, rng.randint(3, 90), rng.choice((0, 0, 1, 2))))]
        if rng.random() < 0.15:
            text.append(Paragraph(_inlines(rng, notes, rng.randint(5, 60), rng.choice((0, 1)))))
        subs = [
            [Paragraph(_inlines(rng, notes, rng.randint(3, 60), rng.choice((0, 1, 1, 3))))]
            for _ in range(rng.choice((0, 0, 1, 3)))
        ]
        questions.append(Question(text, subs))
    inquiry = Inquiry(
        rng.choice(PARLIAMENTS),
        rng.choice(("kleine-anfrage", "grosse-anfrage")),
        term=17,
        number="3417",
        drucksache="17/8765",
        title=Paragraph(title),
        originators=[Originator("Berivan Aymaz", "BÜNDNIS 90/DIE GRÜNEN")],
        preamble=preamble,
        lead_in="Vor diesem Hintergrund frage ich die Landesregierung:",
        questions=questions,
        footnotes=notes.footnotes,
        signature=["Berivan Aymaz"],
    )
    inquiry.dates.signed = inquiry.dates.issued = date(2020, 2, 19)
    return inquiry


def _inlines(rng: random.Random, notes: _Notes, words: int, markers: int) -> list:
    """Return words with markers among them: spread, clustered, or right at the end."""
    # Up to three markers at the paragraph's end, the others anywhere.
    spots = sorted(
        words if index < 3 and rng.random() < 0.4 else rng.randint(0, words)
        for index in range(markers)
    )
    inlines: list = []
    done = 0
    for index, spot in enumerate(spots):
        if spot > done:
            inlines.append(Run(_words(rng, spot - done)))
            done = spot
        inlines.append(notes.ref(index == len(spots) - 1))
    if words > done:
        inlines.append(Run(" " + _words(rng, words - done)))
    return inlines


def _words(rng: random.Random, count: int) -> str:
    """Return count random words of the inquiry vocabulary."""
    return " ".join(rng.choice(_WORDS) for _ in range(count))
