"""The render plan says the same thing to every exporter, and never prints a placeholder."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.formats.links import is_safe_link, split_links
from desk_app.formats.write.plan import LayoutName, build_plan
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
from desk_app.rules.registry import ProfileRegistry


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load()


def _nrw(drucksache: str | None = None) -> Inquiry:
    inquiry = Inquiry(
        "NW",
        "kleine-anfrage",
        term=17,
        number="3417",
        drucksache=drucksache,
        title=paragraph("Wie?"),
        originators=[Originator("Berivan Aymaz", "BÜNDNIS 90/DIE GRÜNEN")],
    )
    inquiry.dates.signed = inquiry.dates.issued = date(2020, 2, 19)
    inquiry.footnotes = {"b": Footnote("b", [paragraph("B")]), "a": Footnote("a", [paragraph("A")])}
    inquiry.preamble = [Paragraph([Run("x"), FootnoteRef("a")])]
    inquiry.questions = [
        Question([Paragraph([Run("Frage"), FootnoteRef("b"), Run("?")])], [[paragraph("Teil")]])
    ]
    return inquiry


def test_drucksache_layout_without_a_number_leaves_the_line_out(registry):
    plan = build_plan(_nrw(), registry.get("NW"), "drucksache")
    assert plan.header_left == ["LANDTAG NORDRHEIN-WESTFALEN", "17. Wahlperiode"]
    assert plan.header_right == ["19.02.2020"]
    assert plan.running_header_right is None
    assert plan.first_page_footer == "Datum des Originals: 19.02.2020/Ausgegeben: 19.02.2020"
    assert plan.kind_line == "Kleine Anfrage 3417"
    every_line = [*plan.header_left, *plan.header_right, plan.kind_line, plan.originator_line]
    assert not any("{" in line or "None" in line for line in every_line)


def test_drucksache_layout_with_number_has_header_and_running_header(registry):
    plan = build_plan(_nrw("17/8765"), registry.get("NW"))
    assert plan.layout is LayoutName.DRUCKSACHE
    assert plan.header_right == ["Drucksache 17/8765", "19.02.2020"]
    assert plan.running_header_right == "Drucksache 17/8765"
    assert plan.meta.keywords == "Kleine Anfrage, Drs. 17/8765"


def test_submission_layout_has_no_drucksache_header(registry):
    plan = build_plan(_nrw("17/8765"), registry.get("NW"), "submission")
    assert plan.header_left == ["Landtag Nordrhein-Westfalen", "17. Wahlperiode"]
    assert not any("Drucksache" in line for line in plan.header_right)
    assert plan.first_page_footer is None
    assert plan.running_header_right == "Seite {page}"


def test_notes_and_labels_are_numbered_by_position(registry):
    plan = build_plan(_nrw(), registry.get("NW"))
    assert [(n.number, n.footnote_id) for n in plan.notes] == [(1, "a"), (2, "b")]
    assert plan.questions[0].label == "1."
    assert plan.questions[0].subquestions[0][0] == "a)"
    assert plan.originator_line == "des Abgeordneten Berivan Aymaz BÜNDNIS 90/DIE GRÜNEN"
    assert plan.meta.author == "Berivan Aymaz"


def test_links_split_off_trailing_punctuation_and_only_safe_schemes_count():
    assert split_links("Siehe https://a.de/x_y-z.pdf. Danke") == [
        ("Siehe ", None),
        ("https://a.de/x_y-z.pdf", "https://a.de/x_y-z.pdf"),
        (". Danke", None),
    ]
    assert split_links("javascript:alert(1) und ftp://x") == [
        ("javascript:alert(1) und ftp://x", None)
    ]
    assert is_safe_link("mailto:a@b.de") and not is_safe_link("file:///etc/passwd")


def test_preamble_heading_is_filled_from_the_template(registry):
    inquiry = Inquiry("NI", "kleine-anfrage", originators=[Originator("Anna Beispiel", "CDU")])
    plan = build_plan(inquiry, registry.get("NI"))
    assert plan.preamble_heading is not None
    assert "{" not in plan.preamble_heading
    assert plan.preamble_heading.startswith("Vorbemerkung")
