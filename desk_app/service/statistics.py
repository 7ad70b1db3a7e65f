"""Answer-time statistics: how long the government takes, and how often it is late.

Every figure is defined in docs/STATISTICS.md; in short:

- The answer time starts on the day the deadline engine starts the clock
  (the rule's start event, then its fallbacks: in NW the forwarding, else the
  issue, else the submission); a kind without an answer deadline starts on the
  forwarding, else the submission, else the issue. It ends on the day the
  answer came (`dates.answered`), else the answer's issue date
  (`dates.answer_issued`, else the answer's own date). Calendar days between.
- Late: answered after the due date the rules give, extensions and a due date
  set by hand included; the due day itself is in time.
- Withdrawn inquiries count only as withdrawn. Inquiries without a start date
  (or answered without an end date) count only as undated. Untracked ones
  (`dates.untracked`) count for answer times but never for lateness.
- Percentiles (median, 90th) interpolate linearly between the closest ranks,
  as the spreadsheets' PERCENTILE.INC (QUANTIL.INKL) does.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from desk_app.i18n import _
from desk_app.model import DeskError, Inquiry, Status
from desk_app.rules.calendar_days import ExtraDay
from desk_app.rules.deadlines import effective_due
from desk_app.rules.registry import ProfileRegistry
from desk_app.service.progress import Progress, counted

GROUPINGS = ("ministry", "parliament", "month", "faction", "member")
# Without an answer deadline the clock has no rule: the order an inquiry reaches the government.
_START_WITHOUT_RULE = ("forwarded", "submitted", "issued")
_REPORT_EVERY = 200  # inquiries counted between two progress reports


@dataclass(frozen=True, slots=True)
class StatisticsFilter:
    """Name which inquiries the statistics count: each unset field lets every one pass."""

    parliament: str | None = None
    term: int | None = None
    start_from: date | None = None  # the answer time's start on or after this day
    start_to: date | None = None  # ... and on or before this day
    ministry: str | None = None  # part of the ministry's name, any case


@dataclass(frozen=True, slots=True)
class GroupFigures:
    """Hold the figures of one group (a ministry, a parliament, a faction, a member, or all)."""

    key: str  # "" for the inquiries that name none (shown as "ohne Angabe")
    inquiries: int  # every inquiry counted in the group, whatever its state
    withdrawn: int
    undated: int  # no start date, or answered without an end date: in no other figure
    untracked: int  # no longer followed: in the answer times, never in lateness
    answered: int  # with an answer time (start and end known)
    open: int  # waiting for an answer: dated, not answered, withdrawn or untracked
    median_days: float | None
    p90_days: float | None
    with_due: int  # answered, tracked and with a due date: the base of the late share
    late: int
    late_share: float | None  # late / with_due
    overdue: int  # open with a due date before today
    longest_overdue_days: int | None
    longest_overdue_id: int | None
    extensions: int  # extensions asked (each one)
    extended: int  # inquiries with at least one extension
    late_despite_extension: int
    joint_answers: int  # answers with at least one part answering several questions


@dataclass(frozen=True, slots=True)
class MonthFigures:
    """Hold one calendar month: inquiries submitted, answered and answered late in it."""

    month: str  # "2024-03"
    submitted: int
    answered: int
    answered_late: int


@dataclass(frozen=True, slots=True)
class Statistics:
    """Hold the statistics asked for: the total, the groups of `by`, and the months."""

    by: str
    today: date
    filters: StatisticsFilter
    total: GroupFigures
    groups: list[GroupFigures] = field(default_factory=list)  # empty when by is "month"
    months: list[MonthFigures] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # inquiries whose deadline failed


@dataclass(frozen=True, slots=True)
class _Case:
    """Hold what the statistics need of one inquiry, derived once (docs/STATISTICS.md)."""

    inquiry: Inquiry
    start: date | None
    end: date | None
    due: date | None
    withdrawn: bool
    untracked: bool
    undated: bool  # no start, or answered without an end (or with an end before the start)
    days: int | None  # the answer time, for an answered, dated inquiry
    counts_for_lateness: bool  # answered, dated, tracked and with a due date
    late: bool
    waiting: bool  # dated, not answered, withdrawn or untracked

    @classmethod
    def of(cls, inquiry: Inquiry, start: date | None, end: date | None, due: date | None) -> _Case:
        """Derive the states and the answer time of an inquiry from its start, end and due."""
        withdrawn = inquiry.withdrawn
        untracked = inquiry.dates.untracked is not None
        answered = inquiry.status == Status.ANSWERED
        undated = not withdrawn and (start is None or (answered and (end is None or end < start)))
        days = None
        if answered and not withdrawn and not undated:
            assert start is not None and end is not None
            days = (end - start).days
        judged = days is not None and not untracked and due is not None
        return cls(
            inquiry,
            start,
            end,
            due,
            withdrawn=withdrawn,
            untracked=untracked,
            undated=undated,
            days=days,
            counts_for_lateness=judged,
            late=judged and end is not None and due is not None and end > due,
            waiting=not (withdrawn or undated or answered or untracked),
        )


def ministry_of(inquiry: Inquiry) -> str:
    """Return the ministry an inquiry is counted for: the answering one, else the lead one."""
    answering = inquiry.answer.ministry.strip() if inquiry.answer is not None else ""
    return answering or inquiry.lead_ministry.strip()


def member_of(name: str, party: str) -> str:
    """Return how a member is named as a group: "Name (Partei)" or the name alone."""
    return f"{name} ({party})" if party else name


def percentile(values: Sequence[int], share: float) -> float | None:
    """Return a percentile by linear interpolation between closest ranks (PERCENTILE.INC).

    The value at rank 1 + share·(n−1) of the sorted values, where a fractional
    rank lies between its two neighbours in proportion; None without values.
    """
    if not values:
        return None
    ordered = sorted(values)
    rank = share * (len(ordered) - 1)
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def compute(
    inquiries: Iterable[Inquiry],
    registry: ProfileRegistry,
    today: date,
    by: str = "ministry",
    filters: StatisticsFilter | None = None,
    extra_days: tuple[ExtraDay, ...] = (),
    progress: Progress | None = None,
) -> Statistics:
    """Return the statistics of the inquiries that pass the filters, grouped `by`.

    A `progress` hears every 200th inquiry counted and may stop the count (Cancelled).
    """
    filters = filters or StatisticsFilter()
    check_request(by, filters, registry)
    problems: list[str] = []
    cases = []
    listed = list(inquiries)
    for done, inquiry in enumerate(listed, 1):
        if progress is not None and done % _REPORT_EVERY == 0:
            progress.report(
                done,
                len(listed),
                _("Anfragen gezählt: {done} von {total}").format(
                    done=counted(done), total=counted(len(listed))
                ),
            )
        if _passes_fixed(inquiry, filters):
            case = _case(inquiry, registry, extra_days, problems)
            if _passes_period(case, filters):
                cases.append(case)
    groups: list[GroupFigures] = []
    if by != "month":
        keyed: dict[str, list[_Case]] = defaultdict(list)
        for case in cases:
            for key in _keys(case.inquiry, by):
                keyed[key].append(case)
        order = sorted(keyed, key=lambda key: (key == "", key.casefold(), key))
        groups = [_figures(key, keyed[key], today) for key in order]
    return Statistics(
        by=by,
        today=today,
        filters=filters,
        total=_figures("", cases, today),
        groups=groups,
        months=_months(cases),
        problems=problems,
    )


def check_request(by: str, filters: StatisticsFilter, registry: ProfileRegistry) -> None:
    """Refuse a grouping, period or parliament the statistics cannot count, in one sentence."""
    if by not in GROUPINGS:
        raise DeskError(
            _("Gruppieren geht nach {choices}, nicht nach „{by}“.").format(
                choices=", ".join(GROUPINGS), by=by
            )
        )
    start, end = filters.start_from, filters.start_to
    if start is not None and end is not None and start > end:
        raise DeskError(
            _("Der Zeitraum beginnt am {start} nach seinem Ende am {end}.").format(
                start=f"{start:%d.%m.%Y}", end=f"{end:%d.%m.%Y}"
            )
        )
    if filters.parliament is not None:
        registry.get(filters.parliament)  # an unknown id raises, naming the known ones


def _passes_fixed(inquiry: Inquiry, filters: StatisticsFilter) -> bool:
    """Tell whether an inquiry passes the filters that need no dates."""
    if filters.parliament is not None and (
        inquiry.parliament.upper() != filters.parliament.strip().upper()
    ):
        return False
    if filters.term is not None and inquiry.term != filters.term:
        return False
    wanted = (filters.ministry or "").strip().casefold()
    return not wanted or wanted in ministry_of(inquiry).casefold()


def _passes_period(case: _Case, filters: StatisticsFilter) -> bool:
    """Tell whether the answer time's start lies in the period (none asked: every one passes)."""
    if filters.start_from is None and filters.start_to is None:
        return True
    if case.start is None:
        return False  # without a start an inquiry lies in no period
    after = filters.start_from is None or case.start >= filters.start_from
    return after and (filters.start_to is None or case.start <= filters.start_to)


def _case(
    inquiry: Inquiry,
    registry: ProfileRegistry,
    extra_days: tuple[ExtraDay, ...],
    problems: list[str],
) -> _Case:
    """Derive an inquiry's start, end and due date (the deadline engine's own)."""
    start: date | None = None
    due: date | None = None
    try:
        deadline = effective_due(inquiry, registry, extra_days)
        start, due = deadline.start, deadline.due
    except (DeskError, OverflowError) as error:  # no profile, or a contradictory extension
        problems.append(
            _("Anfrage {id}: keine Frist berechenbar ({error}).").format(id=inquiry.id, error=error)
        )
    if start is None:
        start = _first_date(inquiry, _START_WITHOUT_RULE)
    dates, answer = inquiry.dates, inquiry.answer
    end = dates.answered or dates.answer_issued or (answer.date if answer is not None else None)
    return _Case.of(inquiry, start, end, due)


def _first_date(inquiry: Inquiry, events: Sequence[str]) -> date | None:
    """Return the first of the named dates that is set."""
    for event in events:
        day = getattr(inquiry.dates, event)
        if day is not None:
            return day
    return None


def _keys(inquiry: Inquiry, by: str) -> list[str]:
    """Return the groups an inquiry counts in ("" for none named; a member per originator)."""
    if by == "parliament":
        return [inquiry.parliament]
    if by == "faction":
        return [inquiry.faction.strip()]
    if by == "member":
        members = [member_of(p.name.strip(), p.party.strip()) for p in inquiry.originators]
        return list(dict.fromkeys(name for name in members if name)) or [""]
    return [ministry_of(inquiry)]


def _figures(key: str, cases: Sequence[_Case], today: date) -> GroupFigures:
    """Return the figures of one group of inquiries."""
    days = [case.days for case in cases if case.days is not None]
    judged = [case for case in cases if case.counts_for_lateness]
    late = [case for case in judged if case.late]
    overdue = {
        case.inquiry.id: (today - case.due).days
        for case in cases
        if case.waiting and case.due is not None and case.due < today
    }
    longest = max(overdue.items(), key=lambda item: (item[1], -(item[0] or 0)), default=None)
    counted = [case for case in cases if not case.withdrawn]
    return GroupFigures(
        key=key,
        inquiries=len(cases),
        withdrawn=_count(cases, lambda case: case.withdrawn),
        undated=_count(cases, lambda case: case.undated),
        untracked=_count(counted, lambda case: case.untracked and not case.undated),
        answered=len(days),
        open=_count(cases, lambda case: case.waiting),
        median_days=percentile(days, 0.5),
        p90_days=percentile(days, 0.9),
        with_due=len(judged),
        late=len(late),
        late_share=len(late) / len(judged) if judged else None,
        overdue=len(overdue),
        longest_overdue_days=None if longest is None else longest[1],
        longest_overdue_id=None if longest is None else longest[0],
        extensions=sum(len(case.inquiry.dates.extensions) for case in counted),
        extended=_count(counted, lambda case: bool(case.inquiry.dates.extensions)),
        late_despite_extension=_count(late, lambda case: bool(case.inquiry.dates.extensions)),
        joint_answers=_count(counted, _has_joint_answer),
    )


def _count(cases: Iterable[_Case], test: Callable[[_Case], bool]) -> int:
    return sum(1 for case in cases if test(case))


def _has_joint_answer(case: _Case) -> bool:
    """Tell whether the answer answers several questions in one part."""
    answer = case.inquiry.answer
    return answer is not None and any(len(part.questions) > 1 for part in answer.parts)


def _months(cases: Sequence[_Case]) -> list[MonthFigures]:
    """Return every month from the first to the last with an event, gaps included."""
    submitted: dict[str, int] = defaultdict(int)
    answered: dict[str, int] = defaultdict(int)
    late: dict[str, int] = defaultdict(int)
    for case in cases:
        if case.withdrawn or case.undated:
            continue
        began = case.inquiry.dates.submitted or case.start
        assert began is not None
        submitted[_month(began)] += 1
        if case.days is not None:
            assert case.end is not None
            answered[_month(case.end)] += 1
            if case.late:
                late[_month(case.end)] += 1
    named = sorted({*submitted, *answered})
    if not named:
        return []
    return [
        MonthFigures(month, submitted[month], answered[month], late[month])
        for month in _month_range(named[0], named[-1])
    ]


def _month(day: date) -> str:
    return f"{day:%Y-%m}"


def _month_range(first: str, last: str) -> list[str]:
    """Return "YYYY-MM" for every month from first to last."""
    year, month = int(first[:4]), int(first[5:])
    found = []
    while (current := f"{year:04d}-{month:02d}") <= last:
        found.append(current)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found
