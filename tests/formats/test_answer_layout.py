"""The "Antwort" layout: each question followed by its answer, in DOCX, PDF and Markdown."""

from __future__ import annotations

import copy
import re
from datetime import date
from pathlib import Path

import pytest

from desk_app.cli.parser import build_parser
from desk_app.formats.catalog import export_inquiry
from desk_app.formats.read.answer.reader import import_answer
from desk_app.formats.write.answer_plan import NO_ANSWER, PlannedAnswer
from desk_app.formats.write.markdown.inquiry import to_markdown
from desk_app.formats.write.plan import build_plan
from desk_app.model import Answer, AnswerPart, DeskError, Inquiry, paragraph, plain_text
from tests.formats.docx_inquiries import seed_inquiry
from tests.formats.docx_read import Docx
from tests.formats.pdf_reading import page_texts

MINISTRY = "Minister für Kinder, Familie, Flüchtlinge und Integration"
TITLE_LINE = (
    "Antwort der Landesregierung auf die Kleine Anfrage 3417 vom 19. Februar 2020 der "
    "Abgeordneten Berivan Aymaz und Sigrid Beer BÜNDNIS 90/DIE GRÜNEN Drucksache 17/8765"
)
INTRO = (
    f"Der {MINISTRY} hat die Kleine Anfrage 3417 mit Schreiben vom 18. März 2020 namens der "
    "Landesregierung beantwortet."
)
PRELIMINARY = "Die Landesregierung schätzt die Arbeit der Freien Wohlfahrtspflege."
JOINT = ["Die Ressorts stimmen sich regelmäßig ab.", "Die Träger sind von Beginn an beteiligt."]
SINGLE = ["Sie werden im Beirat beteiligt.", "Die LaKI bleibt bestehen.", "Keine."]


def answered_inquiry() -> Inquiry:
    """Return the seed with an answer: a preliminary remark, 1 and 2 jointly, 3 to 5 alone."""
    inquiry = seed_inquiry()
    inquiry.answer = Answer(
        "17/9001",
        date(2020, 3, 20),
        MINISTRY,
        [paragraph(PRELIMINARY)],
        [AnswerPart(["1", "2"], [paragraph(text) for text in JOINT])]
        + [
            AnswerPart([str(number)], [paragraph(text)])
            for number, text in enumerate(SINGLE, start=3)
        ],
    )
    inquiry.dates.answered = date(2020, 3, 18)
    inquiry.dates.answer_drucksache = "17/9001"
    inquiry.dates.answer_issued = date(2020, 3, 20)
    return inquiry


def expected_order(inquiry: Inquiry) -> list[str]:
    """Return the body texts in the order the layout must print them."""
    questions = [plain_text(question.text) for question in inquiry.questions]
    return [
        TITLE_LINE,
        INTRO,
        "Vorbemerkung der Kleinen Anfrage",
        "Vorbemerkung der Landesregierung",
        PRELIMINARY,
        questions[0],
        questions[1],
        *JOINT,
        questions[2],
        SINGLE[0],
        questions[3],
        SINGLE[1],
        questions[4],
        SINGLE[2],
    ]


def assert_in_order(text: str, parts: list[str]) -> None:
    """Assert that the parts occur in text one after another, whitespace ignored."""
    squeezed = re.sub(r"\s+", "", text)
    position = 0
    for part in parts:
        found = squeezed.find(re.sub(r"\s+", "", part), position)
        assert found >= 0, f"nicht (in dieser Reihenfolge) gefunden: {part!r}"
        position = found + 1


def assert_clean(text: str) -> None:
    """Assert that no unfilled placeholder or missing value was printed."""
    assert "None" not in text and "{" not in text and "}" not in text


@pytest.fixture
def nw(registry):
    return registry.get("NW")


def test_plan_puts_a_joint_answer_after_its_last_question(nw):
    plan = build_plan(answered_inquiry(), nw, "answer")
    assert plan.answer is not None
    kinds = [
        f"A{'+'.join(item.questions)}" if isinstance(item, PlannedAnswer) else item.label
        for item in plan.answer.items
    ]
    assert kinds == ["1.", "2.", "A1+2", "3.", "A3", "4.", "A4", "5.", "A5"]
    assert (plan.answer.title_line, plan.answer.intro) == (TITLE_LINE, INTRO)


def test_page_frame_names_the_answers_drucksache_and_dates(nw):
    plan = build_plan(answered_inquiry(), nw, "answer")
    assert plan.header_right == ["Drucksache 17/9001", "20.03.2020"]
    assert plan.running_header_right == "Drucksache 17/9001"
    assert plan.first_page_footer == "Datum des Originals: 18.03.2020/Ausgegeben: 20.03.2020"


def test_lines_with_unknown_values_are_left_out(nw):
    inquiry = answered_inquiry()
    inquiry.dates.signed = inquiry.dates.answered = None
    assert inquiry.answer is not None
    inquiry.answer.date = None
    plan = build_plan(inquiry, nw, "answer")
    assert plan.answer is not None
    assert plan.answer.title_line is None and plan.answer.intro is None


def test_docx_prints_each_question_followed_by_its_answer(nw, registry):
    inquiry = answered_inquiry()
    document = Docx(export_inquiry(inquiry, "docx", registry, "answer"))
    body = "\n".join(text for _style, text in document.paragraphs())
    assert_in_order(body, expected_order(inquiry))
    assert body.count(JOINT[0]) == 1
    assert "Drucksache 17/9001" in "".join(document.header_texts("first_header"))
    # The inquiry's notes still stand at their markers in the preamble.
    assert document.reference_ids() and len(document.note_texts()) == 3
    assert_clean(body + "".join(document.header_texts("first_header")))


def test_pdf_prints_the_same_order_page_by_page(nw, registry):
    inquiry = answered_inquiry()
    pages = page_texts(export_inquiry(inquiry, "pdf", registry, "answer"))
    assert len(pages) > 1
    assert "Drucksache 17/9001" in pages[0].split("\n", 3)[1]
    assert all("Drucksache 17/9001" in page for page in pages)
    assert_in_order("\n".join(pages), expected_order(inquiry))
    assert "".join(pages).count(JOINT[0]) == 1
    for page in pages:
        assert_clean(page)


def test_markdown_view_reads_questions_then_answers(registry):
    inquiry = answered_inquiry()
    view = export_inquiry(inquiry, "md", registry, "answer").decode("utf-8")
    assert_in_order(view.replace("\\", ""), expected_order(inquiry))
    assert "### Vorbemerkung der Landesregierung" in view
    assert "[^1]:" in view
    assert_clean(view.replace("[^", "").replace("\\[", ""))


def test_default_markdown_export_is_still_the_round_trip_form(registry):
    inquiry = answered_inquiry()
    assert export_inquiry(inquiry, "md", registry).decode("utf-8") == to_markdown(inquiry)


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf"])
def test_answer_layout_without_an_answer_is_refused(registry, fmt):
    with pytest.raises(DeskError, match=NO_ANSWER):
        export_inquiry(seed_inquiry(), fmt, registry, "answer")


@pytest.mark.parametrize("subquestions", [False, True])
@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_exported_answer_imports_back_into_the_same_parts(
    registry, tmp_path: Path, suffix, subquestions
):
    inquiry = answered_inquiry()
    if subquestions:  # restated under their question, they must not split its answer
        inquiry.questions[2].subquestions = [[paragraph("Ab wann?")], [paragraph("Durch wen?")]]
    path = tmp_path / f"antwort.{suffix}"
    path.write_bytes(export_inquiry(inquiry, suffix, registry, "answer"))
    unanswered = copy.deepcopy(inquiry)
    unanswered.answer = None
    result = import_answer(path, unanswered, registry)
    answer, original = result.inquiry.answer, inquiry.answer
    assert answer is not None and original is not None
    assert [(part.questions, part.text) for part in answer.parts] == [
        (part.questions, part.text) for part in original.parts
    ]
    assert answer.preliminary == original.preliminary
    assert (answer.drucksache, answer.ministry) == ("17/9001", MINISTRY)
    assert result.inquiry.dates.answered == date(2020, 3, 18)
    assert not result.uncertain


def test_cli_offers_the_answer_layout():
    args = build_parser().parse_args(
        ["export", "7", "--format", "pdf", "--layout", "answer", "-o", "a.pdf"]
    )
    assert args.layout == "answer"
