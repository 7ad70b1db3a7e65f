"""An inquiry with hostile text in every field: markup, control characters, RTL, emoji, NUL."""

from __future__ import annotations

from datetime import date

from desk_app.model import (
    Answer,
    AnswerPart,
    Footnote,
    FootnoteRef,
    Inquiry,
    Originator,
    Paragraph,
    ParagraphStyle,
    Question,
    Run,
    Source,
)

HOSTILE = (
    "<b>fett</b> & <i>kursiv a<b und c>d R&D &amp; &#x41; <![CDATA[x]]> <?xml?>",
    "**Stern** _unter_ `code` [^1] [Link](javascript:alert(1)) ![x](file:///etc/passwd) | a |",
    "# keine Überschrift > kein Zitat 1. kein Punkt - kein Strich <!-- lead-in --> ---",
    "{title} {0} %s %(x)s ${HOME} \\n \\ \" ' „“ ‚‘ » « – — …",
    "Steuer\x00zeichen \x01\x07\x08\x0b\x0c\x1b\x7f\x85 Tab\tEnde \u2028\u2029",
    "\u202eRTL-Überschreibung\u202c \u200f\u200e\u061c مرحبا بالعالم שלום עולם",
    "Emoji 😀 👩‍👩‍👧 🇩🇪 ❤️ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \ufeffBOM \ufffe\uffff \u00adweich\u200bbreit",
)
ONE_LINE = " ".join(HOSTILE)
MEGABYTE = "Ein sehr langer Absatz ohne Ende, " * 31_000  # ~1 MB of one paragraph


def _text(extra: str = "") -> list[Paragraph]:
    paragraphs = [Paragraph([Run(text)]) for text in HOSTILE]
    paragraphs.append(
        Paragraph([Run(HOSTILE[0], bold=True), Run(HOSTILE[1], italic=True)], ParagraphStyle.QUOTE)
    )
    if extra:
        paragraphs.append(Paragraph([Run(extra)]))
    return paragraphs


def hostile_inquiry(parliament: str = "NW", big: str = "") -> Inquiry:
    """Return an inquiry whose every text field holds the hostile strings (and `big`, if given)."""
    preamble = _text(big)
    preamble[0].inlines.append(FootnoteRef("f<1>"))
    questions = [
        Question(
            [Paragraph([Run(text), FootnoteRef("f&2")])],
            [[Paragraph([Run(text)])], [Paragraph([Run(HOSTILE[-1])])]],
        )
        for text in HOSTILE
    ]
    footnotes = {
        "f<1>": Footnote("f<1>", _text(), "s\x00"),
        "f&2": Footnote("f&2", [Paragraph([Run(ONE_LINE)])], None),
    }
    sources = {
        "s\x00": Source(
            "s\x00",
            "javascript:alert('<x>')",
            ONE_LINE,
            HOSTILE[5],
            date(2020, 2, 19),
            "https://web.archive.org/web/2020/<script>",
        )
    }
    inquiry = Inquiry(
        parliament,
        "kleine-anfrage",
        term=17,
        number="<3417>&",
        drucksache="17/8765\u202e",
        title=Paragraph([Run(ONE_LINE), FootnoteRef("f<1>")]),
        originators=[Originator(HOSTILE[0], HOSTILE[5]), Originator(HOSTILE[6], "")],
        faction=HOSTILE[1],
        preamble=preamble,
        lead_in=HOSTILE[3],
        questions=questions,
        footnotes=footnotes,
        sources=sources,
        signature=list(HOSTILE),
        lead_ministry=HOSTILE[4],
        notes="\n".join(HOSTILE),
    )
    inquiry.dates.submitted = date(2020, 2, 19)
    inquiry.answer = Answer(
        "17/9000<",
        date(2020, 3, 20),
        HOSTILE[2],
        _text(),
        [AnswerPart(["1", "2"], _text()), AnswerPart(["3"], [Paragraph([Run(ONE_LINE)])])],
    )
    return inquiry
