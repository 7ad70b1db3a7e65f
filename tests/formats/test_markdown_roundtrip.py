"""The Markdown form round-trips: from_text(to_markdown(x)).inquiry == canonical(x)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.formats.read.text.reader import from_text
from desk_app.formats.write.markdown.inquiry import to_markdown
from desk_app.model import (
    Footnote,
    FootnoteRef,
    Inquiry,
    Paragraph,
    ParagraphStyle,
    Question,
    Run,
    canonical,
    normalize_text,
)
from desk_app.rules.registry import ProfileRegistry
from tests.strategies import inquiries

# Every bundled profile knows these two kinds; other kinds exist only in some.
KINDS = ("kleine-anfrage", "grosse-anfrage")
ROUND_TRIP = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def read_back(inquiry: Inquiry, registry: ProfileRegistry) -> Inquiry:
    return from_text(to_markdown(inquiry, registry), registry).inquiry


@ROUND_TRIP
@given(inquiries(kinds=KINDS))
def test_random_inquiries_round_trip(registry: ProfileRegistry, inquiry: Inquiry) -> None:
    assert read_back(inquiry, registry) == canonical(inquiry)


# Any characters at all, control characters and odd whitespace included.
wild_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@ROUND_TRIP
@given(
    inquiries(kinds=KINDS, max_questions=2),
    wild_text,
    st.lists(wild_text, max_size=3),
    st.lists(st.builds(Run, wild_text, st.booleans(), st.booleans()), max_size=5),
    st.sampled_from(ParagraphStyle),
)
def test_wild_strings_round_trip(
    registry: ProfileRegistry,
    inquiry: Inquiry,
    lead_in: str,
    signature: list[str],
    runs: list[Run],
    title_style: ParagraphStyle,
) -> None:
    inquiry.lead_in, inquiry.signature = lead_in, signature
    inquiry.title = Paragraph(inquiry.title.inlines, title_style)
    inquiry.preamble = normalize_text([*inquiry.preamble, Paragraph(list(runs))])
    assert read_back(inquiry, registry) == canonical(inquiry)


def paragraph(*inlines: Run | FootnoteRef, quote: bool = False) -> Paragraph:
    style = ParagraphStyle.QUOTE if quote else ParagraphStyle.BODY
    return Paragraph(list(inlines), style)


def test_hand_built_inquiry_with_every_feature_round_trips(registry: ProfileRegistry) -> None:
    inquiry = Inquiry(
        "NW",
        "kleine-anfrage",
        title=paragraph(Run("Titel mit "), Run("Fett", bold=True), FootnoteRef("t")),
        preamble=[
            paragraph(Run("1. kein Listenpunkt, "), Run("beides", bold=True, italic=True)),
            paragraph(Run("- kein Spiegelstrich")),
            paragraph(Run("# keine Überschrift")),
            paragraph(Run("> kein Zitat")),
            paragraph(Run("ein echtes Zitat"), FootnoteRef("p"), quote=True),
            paragraph(FootnoteRef("p"), Run(": kein Fußnotentext")),
            paragraph(Run("<!-- lead-in -->")),
            paragraph(Run("Wir fragen:")),
        ],
        lead_in="Vor diesem Hintergrund fragen wir die Landesregierung:",
        questions=[
            Question(
                [
                    paragraph(Run("Erste Frage"), FootnoteRef("q")),
                    paragraph(Run("a) zweiter Absatz")),
                ],
                [
                    [paragraph(Run("Unterfrage"), FootnoteRef("s"))],
                    [paragraph(Run("b"), quote=True)],
                ],
            ),
            Question([paragraph(Run("Zweite Frage?"))]),
        ],
        footnotes={
            "p": Footnote(
                "p", [paragraph(Run("https://a.de/x")), paragraph(Run("zweiter Absatz"))]
            ),
            "t": Footnote("t", [paragraph(Run("Titelnote"))]),
            "q": Footnote("q", [paragraph(Run("Zitat"), quote=True)]),
            "s": Footnote("s", []),
            "orphan": Footnote("orphan", [paragraph(Run("ohne Zeichen"))]),
        },
        signature=["Berivan Aymaz", "1. Sigrid Beer", "---"],
    )
    assert read_back(inquiry, registry) == canonical(inquiry)


def test_export_orders_footnotes_by_first_reference_then_orphans(registry: ProfileRegistry) -> None:
    inquiry = Inquiry(
        "NW",
        "kleine-anfrage",
        title=paragraph(Run("T"), FootnoteRef("b")),
        preamble=[paragraph(Run("x"), FootnoteRef("a"))],
        questions=[Question([paragraph(Run("Frage"))])],
        footnotes={
            "z": Footnote("z", [paragraph(Run("Waise"))]),
            "a": Footnote("a", [paragraph(Run("zweite"))]),
            "b": Footnote("b", [paragraph(Run("erste"))]),
        },
    )
    markdown = to_markdown(inquiry, registry)
    assert "# T[^1]" in markdown
    assert (
        markdown.index("[^1]: erste")
        < markdown.index("[^2]: zweite")
        < markdown.index("[^3]: Waise")
    )


def test_empty_inquiry_round_trips(registry: ProfileRegistry) -> None:
    inquiry = Inquiry("BT", "schriftliche-frage")
    assert read_back(inquiry, registry) == canonical(inquiry)
