"""A paragraph breaks its lines once per width and lays out exactly as reportlab's own."""

from __future__ import annotations

import pytest
from reportlab.platypus.paragraph import Paragraph

from desk_app.formats.write.pdf.fonts import register_fonts
from desk_app.formats.write.pdf.paragraphs import WrapOnceParagraph
from desk_app.formats.write.pdf.styles import build_styles

MARKUP = (
    "Die <b>Teilhabe- und Integrationsstrategie</b> 2030 formuliert den Anspruch, "
    "<i>die Zivilgesellschaft</i> von Beginn an aktiv einzubinden<super>1</super>. " * 6
)


def _lines(paragraph: Paragraph) -> list:
    """Return the broken lines as comparable data."""
    return [(line.extraSpace, [w.text for w in line.words]) for line in paragraph.blPara.lines]


@pytest.fixture(scope="module")
def style():
    """Return the body style on the registered faces."""
    return build_styles(register_fonts()).body


def test_every_width_in_turn_gives_reportlabs_own_lines(style):
    ours = WrapOnceParagraph(MARKUP, style)
    for width, height in [(400, 500), (400, 20), (250, 500), (400, 500), (250, 1e6)]:
        theirs = Paragraph(MARKUP, style)
        assert ours.wrap(width, height) == theirs.wrap(width, height)
        assert _lines(ours) == _lines(theirs)


def test_a_repeated_width_breaks_no_lines_again(style, monkeypatch):
    ours = WrapOnceParagraph(MARKUP, style)
    ours.wrap(400, 500)
    calls = []
    monkeypatch.setattr(ours, "breakLines", lambda widths: calls.append(widths))
    assert ours.wrap(400, 30)[1] > 30
    assert calls == []


def test_split_pieces_wrap_once_too_and_match_reportlabs(style):
    ours, theirs = WrapOnceParagraph(MARKUP, style), Paragraph(MARKUP, style)
    for paragraph in (ours, theirs):
        paragraph.wrap(400, 500)
    pieces, reference = ours.split(400, 60), theirs.split(400, 60)
    assert [type(piece) for piece in pieces] == [WrapOnceParagraph, WrapOnceParagraph]
    for piece, other in zip(pieces, reference, strict=True):
        assert piece.wrap(400, 500) == other.wrap(400, 500)
        assert _lines(piece) == _lines(other)


def _words(paragraph: Paragraph) -> list:
    """Return the paragraph's fragments once broken: the word list a split reads."""
    return [(word[0], [text for _frag, text in word[1:]]) for word in paragraph.frags]


def test_reportlab_wraps_again_at_a_width_into_the_same_lines_and_words(style):
    # The memo holds only while wrapping again at one width changes nothing, be the
    # height what it may: the lines, the size and the word list a split reads.
    paragraph = Paragraph(MARKUP, style)
    first = (paragraph.wrap(400, 1e6), _lines(paragraph), _words(paragraph))
    assert (paragraph.wrap(400, 10), _lines(paragraph), _words(paragraph)) == first


def test_a_width_asked_again_after_another_restores_what_a_split_reads(style):
    ours = WrapOnceParagraph(MARKUP, style)
    ours.wrap(400, 500)
    words = _words(ours)
    ours.wrap(250, 500)
    ours.wrap(400, 500)
    assert _words(ours) == words
    theirs = Paragraph(MARKUP, style)
    theirs.wrap(400, 500)
    pieces, reference = ours.split(400, 60), theirs.split(400, 60)
    assert [_words(piece) for piece in pieces] == [_words(piece) for piece in reference]
