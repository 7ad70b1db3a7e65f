"""A split's pieces keep the whole paragraph's lines: exactly what breaking them again gives."""

from __future__ import annotations

import random
from typing import Any

import pytest
from reportlab.platypus.paragraph import Paragraph

from desk_app.formats.write.pdf import paragraphs
from desk_app.formats.write.pdf.fonts import register_fonts
from desk_app.formats.write.pdf.markup import Segment, UrlPiece, marker
from desk_app.formats.write.pdf.page import TEXT_WIDTH
from desk_app.formats.write.pdf.story import ParagraphMaker
from desk_app.formats.write.pdf.styles import build_styles
from tests.formats.pdf_samples import _WORDS, LONG_URL


def _dump(value: Any, depth: int = 0) -> Any:
    """Return a comparable picture of reportlab's line structures, a few levels deep."""
    if isinstance(value, list | tuple):
        return [type(value).__name__, *(_dump(item, depth + 1) for item in value)]
    if hasattr(value, "__dict__") and depth < 6:
        items = sorted(value.__dict__.items())
        return type(value).__name__, {k: _dump(v, depth + 1) for k, v in items if "desk" not in k}
    return repr(value)


def _random_parts(rng: random.Random) -> list[Segment]:
    """Return markup with bold and italic runs, markers, line breaks, URLs and long words."""
    parts: list[Segment] = []
    for _ in range(rng.randint(1, 12)):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 30)))
        kind = rng.random()
        text = f"<b>{text}</b>" if kind < 0.15 else f"<i>{text}</i>" if kind < 0.25 else text
        parts.append(text + rng.choice([" ", ""]))
        extra = rng.random()
        if extra < 0.4:
            parts.append(marker(rng.randint(1, 999)) + rng.choice([" ", "", ". "]))
        elif extra < 0.5:
            parts.append("<br/>")
        elif extra < 0.55:
            parts.append(UrlPiece(LONG_URL, False, False, True))
        elif extra < 0.6:
            parts.append("x" * rng.randint(60, 140) + " ")
    return parts


@pytest.mark.parametrize("seed", range(3))
def test_split_pieces_keep_the_lines_reportlab_would_break_again(seed):
    faces = register_fonts()
    styles = build_styles(faces)
    maker = ParagraphMaker(faces, TEXT_WIDTH)
    rng = random.Random(seed)
    kept = 0
    for _ in range(150):
        style = rng.choice([styles.body, styles.quote, styles.note, styles.question])
        whole = maker.make(_random_parts(rng), style, rng.choice([None, "1.", "12"]))
        width = rng.choice([TEXT_WIDTH, 300.0, 200.0])
        whole.wrap(width, 1e6)
        for height in [rng.uniform(5, 400) for _ in range(4)]:
            pieces = whole.split(width, height)
            whole.wrap(width, 1e6)  # a split that fails forgets the lines
            for piece in pieces if len(pieces) == 2 else []:
                state = piece.__dict__.get("_desk_wraps", {}).get(width)
                if state is None:
                    continue  # a case the piece breaks its lines again itself
                kept += 1
                fresh = Paragraph(
                    None, piece.style, bulletText=piece.bulletText, frags=piece.frags[:]
                )
                assert Paragraph.wrap(fresh, width, height) == (width, state["height"])
                for name in paragraphs._WRAP_STATE:
                    if name == "_width_max":
                        assert fresh._width_max == pytest.approx(state[name])
                    else:
                        assert _dump(fresh.__dict__[name]) == _dump(state[name]), name
    assert kept > 300  # most pieces keep their lines; line breaks and long words do not
