"""Answer-time statistics of a small hand-made store whose figures are worked out below.

The store (NW Kleine Anfragen, 4 weeks from the forwarding, today 01.07.2024):

  id  ministry            forwarded   due         answered    days  state
  1   Inneres (lead)      05.02.2024  04.03.2024  26.02.2024  21    in time, joint answer
  2   Inneres (answer)    12.02.2024  11.03.2024  15.03.2024  32    late
  3   Verkehr             08.04.2024  06.05.2024  24.05.2024  46    in time by an extension
                                      → 27.05.2024
  4   Verkehr             06.05.2024  03.06.2024  –           –     open, 28 days overdue
  5   Verkehr             11.03.2024  –           –           –     withdrawn
  6   Inneres             –           –           –           –     draft without dates

Answer times: [21, 32, 46]. Median 32; 90th percentile by linear interpolation:
rank 0.9·(3−1) = 1.8 → 32 + 0.8·(46−32) = 43.2. Late: 1 of the 3 with a due date (33.3 %).
Inneres: [21, 32] → median 26.5, p90 21 + 0.9·11 = 30.9, late 1 of 2 (50 %).
Verkehr: [46] → median and p90 46, late 0 of 1, one open overdue by 28 days (03.06. → 01.07.).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desk_app.model import (
    Answer,
    AnswerPart,
    DeskError,
    Extension,
    Inquiry,
    Originator,
    paragraph,
)
from desk_app.service import Desk
from desk_app.service.statistics import StatisticsFilter, percentile

TODAY = date(2024, 7, 1)
INNERES = "Ministerium des Innern"
VERKEHR = "Ministerium für Verkehr"


def add(desk: Desk, title: str, **fields: str) -> int:
    """Create an NW Kleine Anfrage through the desk and set its fields as `desk set` does."""
    inquiry = desk.create("NW", title=title)
    assert inquiry.id is not None
    desk.set_field(inquiry.id, "dates.drafted", "")  # created "today", after the dates below
    desk.set_field(inquiry.id, "term", "18")
    for name, value in fields.items():
        desk.set_field(inquiry.id, name.replace("__", "."), value)
    return inquiry.id


def answer(desk: Desk, inquiry_id: int, day: date, ministry: str, *parts: list[str]) -> None:
    """Record the government's answer of a day, as the answer importer would."""
    inquiry = desk.get(inquiry_id)
    inquiry.answer = Answer(
        date=day,
        ministry=ministry,
        parts=[AnswerPart(labels, [paragraph("Antwort")]) for labels in parts],
    )
    inquiry.dates.answered = day
    desk.save(inquiry)


def originators(desk: Desk, inquiry_id: int, *people: Originator) -> None:
    inquiry = desk.get(inquiry_id)
    inquiry.originators = list(people)
    desk.save(inquiry)


ANNA = Originator("Anna Beispiel", "SPD")
BERND = Originator("Bernd Muster", "SPD")
CLARA = Originator("Clara Grün", "GRÜNE")


def build(desk: Desk) -> dict[str, int]:
    """Store the six inquiries of the module's table; return their ids by name."""
    ids = {}
    ids["joint"] = add(
        desk,
        "Wachen",
        lead_ministry=INNERES,
        faction="SPD",
        dates__submitted="2024-02-02",
        dates__forwarded="2024-02-05",
    )
    answer(desk, ids["joint"], date(2024, 2, 26), "", ["1", "2"], ["3"])
    originators(desk, ids["joint"], ANNA, BERND)

    ids["late"] = add(desk, "Streifen", faction="SPD", dates__forwarded="2024-02-12")
    answer(desk, ids["late"], date(2024, 3, 15), INNERES, ["1"])
    originators(desk, ids["late"], ANNA)

    ids["extended"] = add(
        desk, "Brücken", lead_ministry=VERKEHR, faction="GRÜNE", dates__forwarded="2024-04-08"
    )
    extended = desk.get(ids["extended"])
    extended.dates.extensions = [Extension(new_due=date(2024, 5, 27), reason="Umfrage")]
    desk.save(extended)
    answer(desk, ids["extended"], date(2024, 5, 24), VERKEHR, ["1"])
    originators(desk, ids["extended"], CLARA)

    ids["overdue"] = add(
        desk, "Radwege", lead_ministry=VERKEHR, faction="GRÜNE", dates__forwarded="2024-05-06"
    )
    originators(desk, ids["overdue"], CLARA)

    ids["withdrawn"] = add(
        desk, "Ampeln", lead_ministry=VERKEHR, dates__forwarded="2024-03-11", withdrawn="ja"
    )
    ids["undated"] = add(desk, "Entwurf", lead_ministry=INNERES)
    return ids


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    opened = Desk(tmp_path / "desk.sqlite3", today=lambda: TODAY)
    yield opened
    opened.close()


@pytest.fixture
def ids(desk: Desk) -> dict[str, int]:
    return build(desk)


def test_the_total_counts_every_inquiry_once_and_times_the_answered(
    desk: Desk, ids: dict[str, int]
) -> None:
    total = desk.statistics().total

    assert (total.inquiries, total.withdrawn, total.undated, total.untracked) == (6, 1, 1, 0)
    assert (total.answered, total.open) == (3, 1)
    assert total.median_days == 32
    assert total.p90_days == pytest.approx(43.2)
    assert (total.with_due, total.late) == (3, 1)
    assert total.late_share == pytest.approx(1 / 3)
    assert (total.overdue, total.longest_overdue_days) == (1, 28)
    assert total.longest_overdue_id == ids["overdue"]
    assert (total.extensions, total.extended, total.late_despite_extension) == (1, 1, 0)
    assert total.joint_answers == 1


def test_per_ministry_the_answering_ministry_wins_over_the_lead(
    desk: Desk, ids: dict[str, int]
) -> None:
    inneres, verkehr = desk.statistics(by="ministry").groups

    assert (inneres.key, verkehr.key) == (INNERES, VERKEHR)
    # Inneres: 1 (lead), 2 (answered by it, no lead), 6 (undated).
    assert (inneres.inquiries, inneres.answered, inneres.undated) == (3, 2, 1)
    assert inneres.median_days == 26.5
    assert inneres.p90_days == pytest.approx(30.9)
    assert (inneres.late, inneres.late_share) == (1, 0.5)
    assert (inneres.open, inneres.overdue, inneres.longest_overdue_days) == (0, 0, None)
    # Verkehr: 3 (in time by its extension), 4 (overdue), 5 (withdrawn).
    assert (verkehr.inquiries, verkehr.answered, verkehr.withdrawn) == (3, 1, 1)
    assert (verkehr.median_days, verkehr.p90_days) == (46, 46)
    assert (verkehr.late, verkehr.late_share) == (0, 0.0)
    assert (verkehr.open, verkehr.overdue, verkehr.longest_overdue_days) == (1, 1, 28)
    assert verkehr.extensions == 1


def test_without_its_extension_the_answer_would_have_been_late(
    desk: Desk, ids: dict[str, int]
) -> None:
    extended = desk.get(ids["extended"])
    extended.dates.extensions = []
    desk.save(extended)

    verkehr = desk.statistics(by="ministry").groups[1]

    assert (verkehr.key, verkehr.late, verkehr.with_due) == (VERKEHR, 1, 1)


def test_per_month_submitted_answered_and_late(desk: Desk, ids: dict[str, int]) -> None:
    months = desk.statistics(by="month").months

    # Submitted by the submission date, else the start (forwarding); answered by the answer.
    assert [(m.month, m.submitted, m.answered, m.answered_late) for m in months] == [
        ("2024-02", 2, 1, 0),  # 1 and 2 submitted, 1 answered
        ("2024-03", 0, 1, 1),  # 2 answered late
        ("2024-04", 1, 0, 0),  # 3 submitted
        ("2024-05", 1, 1, 0),  # 4 submitted, 3 answered
    ]


def test_per_faction_and_per_member(desk: Desk, ids: dict[str, int]) -> None:
    factions = desk.statistics(by="faction").groups
    members = desk.statistics(by="member").groups

    assert [(g.key, g.inquiries, g.answered, g.late) for g in factions] == [
        ("GRÜNE", 2, 1, 0),
        ("SPD", 2, 2, 1),
        ("", 2, 0, 0),  # withdrawn and undated name no faction: last
    ]
    # A member counts every inquiry they asked; inquiries asked together count for each.
    assert [(g.key, g.inquiries, g.median_days) for g in members] == [
        ("Anna Beispiel (SPD)", 2, 26.5),
        ("Bernd Muster (SPD)", 1, 21),
        ("Clara Grün (GRÜNE)", 2, 46),
        ("", 2, None),
    ]


def test_an_untracked_inquiry_counts_its_time_but_never_as_late_or_overdue(
    desk: Desk, ids: dict[str, int]
) -> None:
    desk.set_field(ids["late"], "dates.untracked", "2024-03-20")
    desk.set_field(ids["overdue"], "dates.untracked", "2024-06-10")

    total = desk.statistics().total

    assert (total.answered, total.median_days, total.untracked) == (3, 32, 2)
    assert (total.with_due, total.late, total.open, total.overdue) == (2, 0, 0, 0)


def test_filters_by_period_ministry_parliament_and_term(desk: Desk, ids: dict[str, int]) -> None:
    march_on = desk.statistics(filters=StatisticsFilter(start_from=date(2024, 3, 1))).total
    february = desk.statistics(
        filters=StatisticsFilter(start_from=date(2024, 2, 1), start_to=date(2024, 2, 12))
    ).total
    verkehr = desk.statistics(filters=StatisticsFilter(ministry="verkehr")).total
    other_term = desk.statistics(filters=StatisticsFilter(term=17)).total
    bundestag = desk.statistics(filters=StatisticsFilter(parliament="BT")).total

    # From March: 3, 4, 5 (the undated one lies in no period).
    assert (march_on.inquiries, march_on.answered, march_on.withdrawn) == (3, 1, 1)
    # 1 and 2: the 12th, the last day, is inside.
    assert (february.inquiries, february.median_days, february.late) == (2, 26.5, 1)
    assert (verkehr.inquiries, verkehr.overdue) == (3, 1)
    assert other_term.inquiries == bundestag.inquiries == 0
    assert other_term.median_days is None and other_term.late_share is None


def test_bad_requests_are_one_sentence(desk: Desk) -> None:
    with pytest.raises(DeskError, match="nicht nach „Wetter“"):
        desk.statistics(by="Wetter")
    with pytest.raises(DeskError, match=r"Der Zeitraum beginnt am 02\.03\.2024 nach seinem Ende"):
        desk.statistics(
            filters=StatisticsFilter(start_from=date(2024, 3, 2), start_to=date(2024, 3, 1))
        )
    with pytest.raises(DeskError, match="XX"):
        desk.statistics(filters=StatisticsFilter(parliament="XX"))


def test_an_empty_store_has_no_figures(desk: Desk) -> None:
    stats = desk.statistics()

    assert stats.groups == [] and stats.months == []
    assert stats.total.inquiries == 0 and stats.total.median_days is None


@pytest.mark.parametrize(
    ("values", "share", "expected"),
    [
        ([7], 0.9, 7),
        ([10, 20], 0.5, 15),
        ([1, 2, 3, 4], 0.5, 2.5),
        ([40, 10, 30, 20, 50], 0.9, 46),  # rank 0.9·4 = 3.6: 40 + 0.6·10, unsorted input
        ([], 0.5, None),
    ],
)
def test_percentile_interpolates_linearly(
    values: list[int], share: float, expected: float | None
) -> None:
    assert percentile(values, share) == (None if expected is None else pytest.approx(expected))


def test_a_kind_without_answer_deadline_has_a_time_but_no_lateness(desk: Desk) -> None:
    # The Bundestag's Große Anfrage has only a statement deadline: the clock starts on the
    # forwarding (here the submission, no forwarding recorded) and no due date judges it.
    inquiry = desk.create("BT", "grosse-anfrage", title="Wasser")
    assert inquiry.id is not None
    desk.set_field(inquiry.id, "dates.drafted", "")
    desk.set_field(inquiry.id, "dates.submitted", "2024-01-10")
    desk.set_field(inquiry.id, "dates.answered", "2024-04-09")

    total = desk.statistics(by="parliament").groups[0]

    assert (total.key, total.answered, total.median_days) == ("BT", 1, 90)
    assert (total.with_due, total.late, total.late_share) == (0, 0, None)


def test_an_answer_without_a_date_is_undated_and_a_deadline_error_is_named(desk: Desk) -> None:
    undated = add(desk, "Ohne Antwortdatum", dates__forwarded="2024-02-05")
    answer(desk, undated, date(2024, 2, 20), INNERES, ["1"])
    stored = desk.get(undated)
    assert stored.answer is not None
    stored.answer.date, stored.dates.answered = None, None
    desk.save(stored)
    # A parliament without a profile: the store keeps it, the statistics say so and go on.
    foreign = Inquiry("XY", "kleine-anfrage")
    foreign.dates.forwarded, foreign.dates.answered = date(2024, 3, 1), date(2024, 3, 11)
    foreign_id = desk.store.add(foreign)

    stats = desk.statistics(by="parliament")

    assert [(g.key, g.inquiries, g.undated, g.answered) for g in stats.groups] == [
        ("NW", 1, 1, 0),
        ("XY", 1, 0, 1),
    ]
    assert stats.groups[1].median_days == 10 and stats.groups[1].with_due == 0
    assert len(stats.problems) == 1
    assert stats.problems[0].startswith(f"Anfrage {foreign_id}: keine Frist berechenbar (")


def test_the_count_reports_progress_and_stops_when_asked(tmp_path):
    """The window counts on a worker: it hears how far the count is and may stop it."""
    from desk_app.service.progress import Cancelled, Progress

    desk = Desk(tmp_path / "many.sqlite3")
    for number in range(401):
        desk.create("NW", "kleine-anfrage", title=f"Anfrage {number}")
    heard: list[tuple[int, int, str]] = []
    count = desk.statistics_counter("ministry")  # reads the store now
    stats = count(Progress(lambda done, total, what: heard.append((done, total, what))))
    assert stats.total.inquiries == 401
    assert heard[:2] == [
        (200, 401, "Anfragen gezählt: 200 von 401"),
        (400, 401, "Anfragen gezählt: 400 von 401"),
    ]
    stopping = Progress()
    stopping.cancel()
    with pytest.raises(Cancelled):
        count(stopping)
    desk.close()
