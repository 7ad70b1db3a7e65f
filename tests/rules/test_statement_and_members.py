"""A statement deadline is not an answer deadline; a faction or enough members may sign.

The NW profile is copied and changed so that the tests do not depend on
which parliament has which rule today. Dates checked on a calendar:
Monday 10.03.2025 + 3 weeks = Monday 31.03.2025, a working day in NRW.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from desk_app.model import Inquiry, Originator
from desk_app.rules.checks import check
from desk_app.rules.deadline_status import is_overdue
from desk_app.rules.deadlines import deadline_from, effective_due
from desk_app.rules.profile import Parliament
from desk_app.rules.profile_loader import load_parliament

GA = "grosse-anfrage"
_GA_DEADLINE = re.compile(r"^\[\[?kinds\.grosse-anfrage\.deadline\]\]?\n(?:(?!\[).*\n)*", re.M)
_STATEMENT = """
[kinds.grosse-anfrage.statement]
length = 3
unit = "weeks"
start_event = "forwarded"
source = "Teststellungnahme"
confidence = "confirmed"
note = "Die Regierung teilt mit, ob und wann sie antwortet."
"""


def _statement_only(folder: Path) -> Parliament:
    profile = folder / "parliament.toml"
    text = _GA_DEADLINE.sub("", profile.read_text(encoding="utf-8"))
    profile.write_text(text + _STATEMENT, encoding="utf-8")
    return load_parliament(folder)


def _forwarded_ga(day: date) -> Inquiry:
    inquiry = Inquiry("NW", GA)
    inquiry.dates.forwarded = day
    return inquiry


def test_a_statement_deadline_gives_no_answer_due_date(nw_copy: Path) -> None:
    parliament = _statement_only(nw_copy)
    deadline = effective_due(_forwarded_ga(date(2025, 3, 10)), parliament)
    assert deadline.due is None
    assert deadline.statement_due == date(2025, 3, 31)
    assert deadline.steps[0].startswith("Für diese Art gibt es keine Antwortfrist")
    assert deadline.statement_steps[-1] == (
        "Stellungnahme fällig: 31.03.2025 (Mo) (ob und wann die Regierung antwortet)"
    )


def test_an_inquiry_past_its_statement_deadline_is_not_overdue(nw_copy: Path) -> None:
    parliament = _statement_only(nw_copy)
    inquiry = _forwarded_ga(date(2025, 3, 10))
    deadline = effective_due(inquiry, parliament)
    assert not is_overdue(inquiry, deadline, date(2025, 6, 1))


def test_desk_due_counts_a_statement_deadline_from_its_own_start(nw_copy: Path) -> None:
    deadline = deadline_from(_statement_only(nw_copy), GA, date(2025, 3, 10))
    assert (deadline.due, deadline.statement_due) == (None, date(2025, 3, 31))


def _with_minimum(folder: Path, minimum: int) -> Parliament:
    profile = folder / "parliament.toml"
    text = profile.read_text(encoding="utf-8")
    header = "[kinds.kleine-anfrage.limit]\n"
    assert header in text
    profile.write_text(text.replace(header, f"{header}min_members = {minimum}\n"), encoding="utf-8")
    return load_parliament(folder)


def _members_finding(inquiry: Inquiry, parliament: Parliament) -> list[str]:
    return [f.message for f in check(inquiry, parliament) if f.location == ("originators",)]


def test_too_few_members_without_a_faction_are_found(nw_copy: Path) -> None:
    parliament = _with_minimum(nw_copy, 5)
    inquiry = Inquiry("NW", "kleine-anfrage")
    inquiry.originators = [Originator("Anna Beispiel", "SPD"), Originator("Ben Muster", "SPD")]
    (message,) = _members_finding(inquiry, parliament)
    assert message.startswith(
        "Die Anfrage nennt 2 Abgeordnete; nötig sind mindestens 5 oder eine Fraktion"
    )


def test_a_faction_or_enough_members_meet_the_minimum(nw_copy: Path) -> None:
    parliament = _with_minimum(nw_copy, 2)
    members = Inquiry("NW", "kleine-anfrage")
    members.originators = [Originator("Anna Beispiel", "SPD"), Originator("Ben Muster", "SPD")]
    faction = Inquiry("NW", "kleine-anfrage", faction="Fraktion der SPD")
    faction.originators = [Originator("Anna Beispiel", "SPD")]
    assert _members_finding(members, parliament) == []
    assert _members_finding(faction, parliament) == []
