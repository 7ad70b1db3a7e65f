"""Overdue, days left and "due soon" are derived from the due date and an injected today."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.model import Answer, DeskError, Extension, Inquiry
from desk_app.rules.deadline_status import days_left, due_rule, is_due_soon, is_open, is_overdue
from desk_app.rules.deadlines import effective_due
from desk_app.rules.registry import ProfileRegistry
from tests.rules.conftest import BUNDLED

DUE = date(2020, 3, 18)  # NW: forwarded Mi 19.02.2020 + 4 weeks


@pytest.fixture(scope="module")
def registry() -> ProfileRegistry:
    return ProfileRegistry.load(BUNDLED, BUNDLED / "does-not-exist")


def _tracked() -> Inquiry:
    inquiry = Inquiry("NW", "kleine-anfrage")
    inquiry.dates.forwarded = date(2020, 2, 19)
    return inquiry


@pytest.mark.parametrize(
    ("today", "left", "overdue", "soon"),
    [
        (date(2020, 3, 10), 8, False, False),
        (date(2020, 3, 11), 7, False, True),
        (DUE, 0, False, True),  # the due day itself is still in time
        (date(2020, 3, 19), -1, True, False),
        (date(2020, 4, 18), -31, True, False),
    ],
)
def test_derived_state_by_today(
    registry: ProfileRegistry, today: date, left: int, overdue: bool, soon: bool
) -> None:
    inquiry = _tracked()
    deadline = effective_due(inquiry, registry)
    assert days_left(deadline, today) == left
    assert is_overdue(inquiry, deadline, today) is overdue
    assert is_due_soon(inquiry, deadline, today) is soon


def test_answered_and_withdrawn_are_never_overdue(registry: ProfileRegistry) -> None:
    late = date(2020, 5, 1)
    answered = _tracked()
    answered.answer = Answer(drucksache="17/9000")
    withdrawn = _tracked()
    withdrawn.withdrawn = True
    for inquiry in (answered, withdrawn):
        deadline = effective_due(inquiry, registry)
        assert deadline.due == DUE
        assert not is_open(inquiry)
        assert not is_overdue(inquiry, deadline, late)
        assert not is_due_soon(inquiry, deadline, DUE)


def test_no_due_date_is_neither_overdue_nor_soon(registry: ProfileRegistry) -> None:
    inquiry = Inquiry("NW", "kleine-anfrage")
    deadline = effective_due(inquiry, registry)
    assert days_left(deadline, date(2030, 1, 1)) is None
    assert not is_overdue(inquiry, deadline, date(2030, 1, 1))


def test_due_rule_for_the_store(registry: ProfileRegistry) -> None:
    due = due_rule(registry, [(12, 24)])
    assert due(_tracked()) == DUE
    assert due(Inquiry("NW", "kleine-anfrage")) is None
    bad = _tracked()
    bad.dates.extensions = [Extension(new_due=date(2020, 3, 1))]
    with pytest.raises(DeskError):
        due(bad)
