"""Formal checks: one hand-built inquiry per rule, and the seed passes."""

from __future__ import annotations

import pytest

from desk_app.formats.catalog import import_file
from desk_app.model import (
    Footnote,
    FootnoteRef,
    Inquiry,
    Originator,
    Paragraph,
    Question,
    Run,
    Source,
    paragraph,
)
from desk_app.rules.checks import check, errors
from desk_app.rules.registry import ProfileRegistry
from tests.rules.conftest import SEED


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load()


def good(parliament: str = "NW", questions: int = 2) -> Inquiry:
    """Build an inquiry without any formal problem."""
    return Inquiry(
        parliament=parliament,
        kind="kleine-anfrage",
        title=paragraph("Kosten der Integrationsagenturen"),
        originators=[Originator("Berivan Aymaz", "GRÜNE")],
        preamble=[Paragraph([Run("Die Kosten steigen."), FootnoteRef("n1")])],
        questions=[Question([paragraph(f"Wie hoch ist Posten {n}?")]) for n in range(questions)],
        footnotes={"n1": Footnote("n1", [paragraph("Drucksache 17/8765.")], "s1")},
        sources={"s1": Source("s1", url="https://example.org/a")},
        signature=["Berivan Aymaz"],
    )


def findings(inquiry: Inquiry, registry: ProfileRegistry) -> list[tuple[str, tuple]]:
    return [(f.severity, f.location) for f in check(inquiry, registry.get(inquiry.parliament))]


def test_a_good_inquiry_has_no_findings(registry):
    assert check(good(), registry.get("NW")) == []


def test_the_seed_has_no_errors(registry):
    inquiry = import_file(SEED, registry).inquiry
    found = check(inquiry, registry.get("NW"))
    assert errors(found) == []
    # Notes 2 and 3 cite the same page: a warning suggesting "ebd.", not an error.
    assert [(f.severity, f.location) for f in found] == [("warning", ("footnote", "3"))]
    assert "Fußnote 3 nennt dieselbe Quelle wie Fußnote 2" in found[0].message


def test_too_many_questions_cites_the_rule(registry):
    found = check(good("BW", questions=11), registry.get("BW"))
    assert [(f.severity, f.location) for f in found] == [("error", ("question", 10))]
    assert "11 Fragen" in found[0].message and "höchstens 10" in found[0].message
    assert "GO LT BW §61" in found[0].message


def test_the_saarland_allows_nine_single_questions(registry):
    assert check(good("SL", questions=9), registry.get("SL")) == []
    found = check(good("SL", questions=10), registry.get("SL"))
    assert [(f.severity, f.location) for f in found] == [("error", ("question", 9))]
    assert "höchstens 9" in found[0].message and "§ 58" in found[0].message
    # Lettered sub-questions are the single questions of theirs: 8 questions, the first
    # asked in three parts, make 10.
    inquiry = good("SL", questions=8)
    inquiry.questions[0].subquestions = [[paragraph(f"Posten {n}?")] for n in "abc"]
    assert len(errors(check(inquiry, registry.get("SL")))) == 1
    inquiry.questions[0].subquestions.pop()
    assert errors(check(inquiry, registry.get("SL"))) == []


def test_hesse_counts_subquestions_as_questions(registry):
    inquiry = good("HE", questions=3)
    inquiry.questions[0].text = [paragraph("Wie hoch sind die Kosten für:")]
    inquiry.questions[0].subquestions = [[paragraph(f"Posten {n}?")] for n in range(9)]
    found = check(inquiry, registry.get("HE"))
    assert len(found) == 1 and "11 Fragen einschließlich der Unterfragen" in found[0].message


def test_too_many_subquestions(registry):
    inquiry = good()
    inquiry.questions[1].subquestions = [[paragraph(f"Teil {n}?")] for n in range(6)]
    assert findings(inquiry, registry) == [("error", ("subquestion", 1, 5))]


def test_subquestions_where_none_are_allowed(registry):
    inquiry = good("RP")
    inquiry.questions[0].subquestions = [[paragraph("Und warum?")]]
    found = check(inquiry, registry.get("RP"))
    assert [(f.severity, f.location) for f in found] == [("error", ("subquestion", 0, 0))]
    assert "keine Unterfragen" in found[0].message


def test_an_unconfirmed_limit_only_warns(registry):
    found = check(good("SN", questions=6), registry.get("SN"))
    assert [(f.severity, f.location) for f in found] == [("warning", ("question", 5))]
    assert "nicht bestätigt" in found[0].message


def test_a_question_must_end_with_a_question_mark(registry):
    inquiry = good()
    inquiry.questions[1].text = [paragraph("Die Landesregierung möge berichten.")]
    found = check(inquiry, registry.get("NW"))
    assert [(f.severity, f.location) for f in found] == [("error", ("question", 1))]
    assert found[0].message == "Frage 2 endet nicht mit einem Fragezeichen."


@pytest.mark.parametrize(
    "inlines",
    [
        [Run("Was kostet das"), FootnoteRef("n1"), Run("?")],
        [Run("Was kostet das?"), FootnoteRef("n1")],
        [Run("Was kostet das?¹ ")],
        [Run("Was kostet das¹?")],
        [Run("Was meint „Integration?“")],
    ],
)
def test_markers_and_quotes_after_the_question_mark_are_fine(registry, inlines):
    inquiry = good()
    inquiry.questions[0].text = [Paragraph(inlines)]
    assert check(inquiry, registry.get("NW")) == []


def test_an_introducing_question_may_end_with_a_colon_but_subquestions_need_marks(registry):
    inquiry = good()
    inquiry.questions[0].text = [paragraph("Wie hoch sind die Kosten für:")]
    inquiry.questions[0].subquestions = [[paragraph("Personal?")], [paragraph("Sachmittel")]]
    found = check(inquiry, registry.get("NW"))
    assert [(f.severity, f.location) for f in found] == [("error", ("subquestion", 0, 1))]
    assert "Unterfrage 1b" in found[0].message


def test_an_empty_question_is_an_error(registry):
    inquiry = good()
    inquiry.questions.append(Question())
    assert findings(inquiry, registry) == [("error", ("question", 2))]


def test_a_footnote_without_text(registry):
    inquiry = good()
    inquiry.footnotes["n1"].text = [paragraph("  ")]
    found = check(inquiry, registry.get("NW"))
    assert [(f.severity, f.location) for f in found] == [("error", ("footnote", "n1"))]
    assert found[0].message == "Fußnote 1 hat keinen Text."


def test_an_unused_source(registry):
    inquiry = good()
    inquiry.sources["s2"] = Source("s2", url="https://example.org/b", title="Bericht")
    found = check(inquiry, registry.get("NW"))
    assert [(f.severity, f.location) for f in found] == [("warning", ("source", "s2"))]
    assert "„Bericht“" in found[0].message


def test_a_source_cited_only_by_an_unreferenced_note_is_unused(registry):
    inquiry = good()
    inquiry.preamble = [paragraph("Ohne Verweis.")]
    assert ("warning", ("source", "s1")) in findings(inquiry, registry)


def test_two_notes_with_the_same_source(registry):
    inquiry = good()
    inquiry.questions[0].text = [Paragraph([Run("Wie hoch?"), FootnoteRef("n2")])]
    inquiry.footnotes["n2"] = Footnote("n2", [paragraph("https://example.org/a")], "s1")
    assert findings(inquiry, registry) == [("warning", ("footnote", "n2"))]
    inquiry.footnotes["n2"].text = [paragraph("Ebd.")]
    assert findings(inquiry, registry) == []


def test_missing_originators(registry):
    inquiry = good()
    inquiry.originators = []
    assert findings(inquiry, registry) == [("error", ("originators",))]
    inquiry.faction = "BÜNDNIS 90/DIE GRÜNEN"
    assert findings(inquiry, registry) == []


def test_missing_signature(registry):
    inquiry = good()
    inquiry.signature = [" "]
    assert findings(inquiry, registry) == [("error", ("signature",))]


def test_empty_title(registry):
    inquiry = good()
    inquiry.title = Paragraph([FootnoteRef("n1")])
    assert findings(inquiry, registry) == [("error", ("title",))]


def test_errors_come_before_warnings(registry):
    inquiry = good()
    inquiry.sources["s2"] = Source("s2", url="https://example.org/b")
    inquiry.signature = []
    assert [f.severity for f in check(inquiry, registry.get("NW"))] == ["error", "warning"]
