"""Normalization and the canonical form an exact round trip preserves."""

from __future__ import annotations

from desk_app.model import (
    Footnote,
    FootnoteRef,
    Inquiry,
    Paragraph,
    Run,
    Source,
    canonical,
    normalize_text,
)


def test_normalize_merges_runs_and_moves_edge_space_out_of_bold():
    text = [Paragraph([Run(" Ein "), Run("fetter ", bold=True), Run(""), Run("Satz\nhier ")])]
    assert normalize_text(text) == [
        Paragraph([Run("Ein "), Run("fetter", bold=True), Run(" Satz hier")])
    ]


def test_normalize_drops_empty_paragraphs():
    assert normalize_text([Paragraph([Run("  ")]), Paragraph([])]) == []


def test_canonical_renames_ids_by_position_and_shares_sources():
    inquiry = Inquiry("NW", "kleine-anfrage")
    inquiry.sources = {"x": Source("x", url="https://a.de"), "unused": Source("unused")}
    inquiry.footnotes = {
        "late": Footnote("late", [Paragraph([Run("B")])], source_id="x"),
        "early": Footnote("early", [Paragraph([Run("A")])], source_id="x"),
        "orphan": Footnote("orphan", [Paragraph([Run("C")])]),
    }
    inquiry.preamble = [Paragraph([Run("a"), FootnoteRef("early"), Run("b"), FootnoteRef("late")])]
    result = canonical(inquiry)
    assert list(result.footnotes) == ["1", "2", "3"]
    assert [result.footnotes[k].text[0].inlines[0] for k in "123"] == [Run("A"), Run("B"), Run("C")]
    assert result.footnotes["1"].source_id == result.footnotes["2"].source_id == "s1"
    assert list(result.sources) == ["s1", "s2"]
    assert result.sources["s1"].url == "https://a.de"
    assert inquiry.footnotes["late"].id == "late"  # the original is untouched


def test_canonical_is_idempotent():
    inquiry = Inquiry("BT", "kleine-anfrage", title=Paragraph([Run("T "), FootnoteRef("q")]))
    inquiry.footnotes = {"q": Footnote("q", [Paragraph([Run("n")])])}
    once = canonical(inquiry)
    assert canonical(once) == once
