"""Hypothesis strategies that build random, well-formed inquiries for any test suite.

Use them like this::

    from hypothesis import given
    from tests.strategies import inquiries, canonical_inquiries

    @given(inquiries())
    def test_something(inquiry): ...

What every inquiry drawn from `inquiries()` guarantees:

- Texts are normalized (`normalize_text`): no empty runs or paragraphs, no
  whitespace at a paragraph's edges or a formatted run's edges, neighbouring
  runs with the same formatting merged. Every paragraph has a visible word.
- Words are separated by single spaces, also across runs (no "  ").
- Run texts hold no newline, tab or other control character. They do hold
  German letters (ä ö ü Ä Ö Ü ß, é č ő), markup-like characters
  (`< > & * _ [ ] # \\` ~ |`), straight and German quotes, dashes, § and €.
- Every `FootnoteRef` points at an existing footnote; markers stand in the
  title, the preamble, questions and sub-questions. Footnote texts hold no
  markers. With `unreferenced=True` some footnotes may have no marker.
- A footnote's `source_id` is None or the id of one of the inquiry's sources.
- Ids of footnotes and sources are arbitrary short strings (not "1", "2", …);
  map through `canonical` (or draw `canonical_inquiries()`) to get the ids an
  import would produce.
- Dates are independent: each is a random day in 2000–2035 or None, not in
  chronological order. `status` follows from them as the model defines it.
- `id` is None (a new, unsaved inquiry). `notes` may contain newlines; all
  other plain strings are single lines.
- The answer (if any) has texts without footnote markers, and its parts name
  labels of existing questions.

The smaller strategies (`words`, `run_texts`, `texts`, `sources`, …) are
public too, for tests that need only a part. Drawing one inquiry takes about
20 ms, so give such tests `@settings(deadline=None)`.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from hypothesis import strategies as st

from desk_app.model import (
    Answer,
    AnswerPart,
    Dates,
    Extension,
    Footnote,
    FootnoteRef,
    Inline,
    Inquiry,
    Originator,
    Paragraph,
    ParagraphStyle,
    Question,
    Run,
    Source,
    Text,
    canonical,
    footnote_order,
    normalize_text,
    question_label,
)

PARLIAMENTS: tuple[str, ...] = (
    "BT",
    "BW",
    "BY",
    "BE",
    "BB",
    "HB",
    "HH",
    "HE",
    "MV",
    "NI",
    "NW",
    "RP",
    "SL",
    "SN",
    "ST",
    "SH",
    "TH",
)
KINDS = ("kleine-anfrage", "grosse-anfrage", "schriftliche-frage")

# Characters a word may contain: letters, digits and the characters that are
# markup somewhere (Markdown, XML, reportlab, FTS5). No space, no control chars.
WORD_ALPHABET = (
    string.ascii_letters
    + string.digits
    + "äöüÄÖÜßéčőÉ"
    + "<>&*_[]#`\\~|^{}()/-.,;:!?'\"„“‚‘–—…§€%+=@$"
)

GERMAN_WORDS = (
    "Förderung",
    "Straße",
    "Übergangsregelung",
    "Ärztinnen",
    "Öffentlichkeit",
    "Asyl-Verfahren",
    "Subsidiaritätsprinzip",
    "Landesregierung",
    "Maßnahmen",
    "Zuständigkeit",
    "Kommunen",
    "§ 34",
    "R&D",
    "a<b",
    "<b>fett</b>",
    "**Stern**",
    "[^1]",
    "„Zitat“",
    '"Anführung"',
    "AND",
    "OR",
    "NOT",
    "*",
    "(KIM)",
    "2015/2016",
    "Drs. 17/8765",
)

PARTIES = ("CDU", "SPD", "FDP", "AfD", "DIE LINKE", "BSW", "SSW", "BÜNDNIS 90/DIE GRÜNEN", "")
NAMES = ("Berivan Aymaz", "Sigrid Beer", "Jörg Müller", "Ünal Özdemir", "Anna-Lena Weiß", "Ève")
HOSTS = ("www.landtag.nrw.de", "dserver.bundestag.de", "www.bayern.landtag.de", "example.org")


# Strategies are built once: hypothesis validates every new strategy object,
# and building them per draw made one inquiry cost ~100 ms. Parts that depend
# on drawn ids (footnote markers, question labels) are drawn as indices and
# resolved afterwards.


@functools.cache
def words() -> st.SearchStrategy[str]:
    """Draw one word: a German word with umlauts or a random string of word characters."""
    return st.one_of(
        st.sampled_from(GERMAN_WORDS),
        st.text(alphabet=WORD_ALPHABET, min_size=1, max_size=10),
    )


@functools.cache
def run_texts() -> st.SearchStrategy[str]:
    """Draw a run's text: words separated by single spaces, maybe with edge spaces."""
    return st.builds(
        lambda lead, body, trail: lead + " ".join(body) + trail,
        st.sampled_from(("", " ")),
        st.lists(words(), min_size=1, max_size=6),
        st.sampled_from(("", " ")),
    )


@functools.cache
def lines() -> st.SearchStrategy[str]:
    """Draw a plain single-line string (may be empty), e.g. for a faction or ministry."""
    return st.lists(words(), max_size=5).map(" ".join)


@functools.cache
def runs() -> st.SearchStrategy[Run]:
    """Draw a run, plain or bold and/or italic."""
    return st.builds(Run, run_texts(), st.booleans(), st.booleans())


@dataclass(frozen=True)
class _Marker:
    """Stand for a footnote marker until the footnote ids are known."""

    index: int


_RawParagraph = tuple[list[Run | _Marker], ParagraphStyle]


@functools.cache
def _raw_paragraphs() -> st.SearchStrategy[_RawParagraph]:
    # The first run guarantees a visible word, so normalizing never empties it.
    markers = st.integers(0, 99).map(_Marker)
    rest = st.lists(st.one_of(runs(), runs(), markers), max_size=5)
    return st.builds(
        lambda first, others, style: ([first, *others], style),
        runs(),
        rest,
        st.sampled_from(ParagraphStyle),
    )


def _resolve(raw: _RawParagraph, footnote_ids: Sequence[str]) -> Paragraph:
    """Turn a raw paragraph into a normalized one, markers pointing at footnote_ids."""
    items, style = raw
    inlines: list[Inline] = []
    for item in items:
        if isinstance(item, _Marker):
            if footnote_ids:
                inlines.append(FootnoteRef(footnote_ids[item.index % len(footnote_ids)]))
        else:
            inlines.append(item)
    return normalize_text([Paragraph(_single_spaces(inlines), style)])[0]


def paragraphs(footnote_ids: Sequence[str] = ()) -> st.SearchStrategy[Paragraph]:
    """Draw a normalized paragraph whose markers (if ids are given) point at those ids."""
    ids_ = tuple(footnote_ids)
    return _raw_paragraphs().map(lambda raw: _resolve(raw, ids_))


def texts(
    footnote_ids: Sequence[str] = (), *, min_size: int = 0, max_size: int = 3
) -> st.SearchStrategy[Text]:
    """Draw a normalized text of paragraphs, optionally with footnote markers."""
    ids_ = tuple(footnote_ids)
    return _raw_texts(min_size, max_size).map(lambda raw: [_resolve(p, ids_) for p in raw])


@functools.cache
def _raw_texts(min_size: int, max_size: int) -> st.SearchStrategy[list[_RawParagraph]]:
    return st.lists(_raw_paragraphs(), min_size=min_size, max_size=max_size)


def titles(footnote_ids: Sequence[str] = ()) -> st.SearchStrategy[Paragraph]:
    """Draw a title: one body paragraph, optionally with footnote markers."""
    return paragraphs(footnote_ids).map(lambda para: Paragraph(para.inlines))


@functools.cache
def dates_or_none() -> st.SearchStrategy[date | None]:
    """Draw a day in 2000–2035 or None."""
    return st.none() | st.dates(date(2000, 1, 1), date(2035, 12, 31))


@functools.cache
def drucksachen() -> st.SearchStrategy[str | None]:
    """Draw a Drucksache number such as "17/8765", or None."""
    return st.none() | st.builds("{}/{}".format, st.integers(1, 21), st.integers(1, 20_000))


@functools.cache
def ids() -> st.SearchStrategy[str]:
    """Draw a short id string like those footnotes and sources carry."""
    return st.text(alphabet=string.ascii_lowercase + string.digits + "-", min_size=1, max_size=6)


@functools.cache
def _unnamed_sources() -> st.SearchStrategy[Source]:
    urls = st.builds(
        "https://{}/{}".format,
        st.sampled_from(HOSTS),
        st.text(alphabet=string.ascii_letters + string.digits + "-_/.", max_size=20),
    )
    return st.builds(
        Source,
        st.just(""),
        st.just("") | urls,
        lines(),
        lines(),
        dates_or_none(),
        st.just("") | urls.map(lambda url: "https://web.archive.org/web/2020/" + url),
    )


def sources(source_id: str) -> st.SearchStrategy[Source]:
    """Draw a source with this id: a web page, an archived copy, or no URL at all."""
    return _unnamed_sources().map(lambda source: replace(source, id=source_id))


@functools.cache
def extensions() -> st.SearchStrategy[Extension]:
    """Draw an extension of the answer deadline."""
    return st.builds(
        Extension, dates_or_none(), st.none() | st.integers(1, 6), lines(), lines(), dates_or_none()
    )


@functools.cache
def all_dates() -> st.SearchStrategy[Dates]:
    """Draw independent dates of an inquiry's life, with 0–2 extensions."""
    return st.builds(
        Dates,
        drafted=dates_or_none(),
        signed=dates_or_none(),
        submitted=dates_or_none(),
        forwarded=dates_or_none(),
        issued=dates_or_none(),
        reprinted=dates_or_none(),
        due_override=dates_or_none(),
        extensions=st.lists(extensions(), max_size=2),
        answered=dates_or_none(),
        answer_drucksache=drucksachen(),
        answer_issued=dates_or_none(),
    )


@functools.cache
def _raw_answers() -> st.SearchStrategy[tuple[Answer, list[list[int]]]]:
    # Parts are drawn without question labels; _label_answer adds them.
    part = st.builds(AnswerPart, st.just([]), texts(min_size=1))
    answer = st.builds(
        Answer, drucksachen(), dates_or_none(), lines(), texts(), st.lists(part, max_size=3)
    )
    picks = st.lists(st.lists(st.integers(0, 99), min_size=1, max_size=3), min_size=3, max_size=3)
    return st.tuples(answer, picks)


def _label_answer(raw: tuple[Answer, list[list[int]]], question_count: int) -> Answer:
    answer, picks = raw
    for part, chosen in zip(answer.parts, picks, strict=False):
        numbers = sorted({index % question_count for index in chosen}) if question_count else []
        part.questions = [question_label(number) for number in numbers]
    return answer


def answers(question_count: int) -> st.SearchStrategy[Answer]:
    """Draw a government answer whose parts answer some of the first question_count questions."""
    return _raw_answers().map(lambda raw: _label_answer(raw, question_count))


@functools.cache
def _raw_questions(max_subquestions: int) -> st.SearchStrategy[tuple[Any, Any]]:
    return st.tuples(_raw_texts(1, 2), st.lists(_raw_texts(1, 1), max_size=max_subquestions))


_ORIGINATORS = st.lists(st.builds(Originator, st.sampled_from(NAMES), st.sampled_from(PARTIES)))


@functools.cache
def _id_lists(max_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(ids(), max_size=max_size, unique=True)


@functools.cache
def _raw_footnotes() -> st.SearchStrategy[tuple[list[_RawParagraph], int | None]]:
    # Footnote texts carry no markers; the int picks one of the sources.
    return st.tuples(_raw_texts(1, 2), st.none() | st.integers(0, 99))


@st.composite
def inquiries(
    draw: st.DrawFn,
    *,
    parliaments: Sequence[str] = PARLIAMENTS,
    kinds: Sequence[str] = KINDS,
    max_questions: int = 4,
    max_subquestions: int = 3,
    max_footnotes: int = 5,
    unreferenced: bool = True,
    with_answer: bool = True,
) -> Inquiry:
    """Draw a well-formed random inquiry (see the module docstring for the guarantees)."""
    source_ids = draw(_id_lists(3))
    note_ids = draw(_id_lists(max_footnotes))

    def resolve(raw: list[_RawParagraph]) -> Text:
        return [_resolve(para, note_ids) for para in raw]

    raw_questions = draw(
        st.lists(_raw_questions(max_subquestions), min_size=1, max_size=max_questions)
    )
    inquiry = Inquiry(
        parliament=draw(st.sampled_from(parliaments)),
        kind=draw(st.sampled_from(kinds)),
        term=draw(st.none() | st.integers(1, 21)),
        number=draw(st.none() | st.integers(1, 9999).map(str)),
        drucksache=draw(drucksachen()),
        title=Paragraph(_resolve(draw(_raw_paragraphs()), note_ids).inlines),
        originators=draw(_ORIGINATORS),
        faction=draw(st.sampled_from(PARTIES)),
        preamble=resolve(draw(_raw_texts(0, 3))),
        lead_in=draw(lines()),
        questions=[
            Question(resolve(text), [resolve(s) for s in subs]) for text, subs in raw_questions
        ],
        sources={sid: replace(draw(_unnamed_sources()), id=sid) for sid in source_ids},
        signature=draw(st.lists(lines(), max_size=3)),
        dates=draw(all_dates()),
        lead_ministry=draw(lines()),
        withdrawn=draw(st.booleans()),
        notes=draw(st.lists(lines(), max_size=3).map("\n".join)),
    )
    inquiry.footnotes = {}
    for fid in note_ids:
        text, pick = draw(_raw_footnotes())
        source_id = source_ids[pick % len(source_ids)] if source_ids and pick is not None else None
        inquiry.footnotes[fid] = Footnote(fid, [_resolve(para, ()) for para in text], source_id)
    if not unreferenced:
        used = set(footnote_order(inquiry))
        inquiry.footnotes = {fid: n for fid, n in inquiry.footnotes.items() if fid in used}
    if with_answer and draw(st.booleans()):
        inquiry.answer = _label_answer(draw(_raw_answers()), len(inquiry.questions))
    return inquiry


def canonical_inquiries(**options: Any) -> st.SearchStrategy[Inquiry]:
    """Draw inquiries in canonical form (footnote ids "1", "2", … and sources "s1", …)."""
    return inquiries(**options).map(canonical)


def _single_spaces(inlines: list[Inline]) -> list[Inline]:
    # Runs ending and starting with a space would meet as a double space,
    # which PDF layout collapses; generated text keeps single spaces only.
    result: list[Inline] = []
    after_space = False
    for item in inlines:
        if isinstance(item, Run):
            text = item.text[1:] if after_space and item.text.startswith(" ") else item.text
            if text:
                result.append(Run(text, item.bold, item.italic))
                after_space = text.endswith(" ")
        else:
            result.append(item)
            after_space = False
    return result
