"""Compute an inquiry's answer deadline from its parliament's rule, and show the working.

The clock starts with the rule's `start_event` (a field of `model.Dates`).
Where that date is unknown, the rule's `fallback_events` are tried in order,
then GENERIC_START_ORDER's events that come later in an inquiry's life than
the start event, and only then, as a last resort, earlier ones (latest
first). An earlier event makes the deadline look earlier than it is, so the
explanation calls such a date provisional and asks for the real start; it
says whenever any fallback was used.

Then the extensions apply in the order they were granted (each counts from
the previous end, BGB §190, or names a new date), and a due date set by hand
wins over everything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from desk_app.i18n import _
from desk_app.model import DeskError, Inquiry
from desk_app.model.inquiry import Dates, Extension
from desk_app.rules import deadline_explain as say
from desk_app.rules.calendar_days import ExtraDay, WorkCalendar, work_calendar
from desk_app.rules.periods import count_period, next_working_day
from desk_app.rules.profile import DeadlineRule, KindProfile, Parliament, rule_on
from desk_app.rules.registry import ProfileRegistry

# The events of an inquiry's life that can start a clock, in the order they happen.
GENERIC_START_ORDER = ("submitted", "forwarded", "issued")
_LIFE_ORDER = ("drafted", "signed", *GENERIC_START_ORDER)

Profiles = ProfileRegistry | Parliament
# The calendar is built only when days are counted: building it imports the holidays
# package (~40 ms), and most deadlines shown (no start date yet) never count a day.
LazyCalendar = Callable[[], WorkCalendar]


@dataclass(frozen=True, slots=True)
class Deadline:
    """Hold a due date with the steps that led to it (in the user's language) and their basis."""

    due: date | None
    steps: list[str] = field(default_factory=list)
    rule: DeadlineRule | None = None
    start_event: str | None = None
    start: date | None = None
    used_fallback: bool = False
    overridden: bool = False
    computed: date | None = None  # the rule's own end, before extensions and override
    # When the government must say whether and when it answers (Bundestag Große Anfrage).
    statement_due: date | None = None
    statement_steps: list[str] = field(default_factory=list)
    statement_rule: DeadlineRule | None = None


def effective_due(
    inquiry: Inquiry, profiles: Profiles, extra_days: Iterable[ExtraDay] = ()
) -> Deadline:
    """Return the inquiry's deadline: computed, extended or overridden, with its explanation."""
    parliament = (
        profiles.get(inquiry.parliament) if isinstance(profiles, ProfileRegistry) else profiles
    )
    kind = parliament.kind(inquiry.kind)
    return _deadline(parliament, kind, inquiry.dates, _lazy_calendar(parliament, extra_days))


def deadline_from(
    parliament: Parliament, kind_id: str, start: date, extra_days: Iterable[ExtraDay] = ()
) -> Deadline:
    """Compute a kind's deadline from the date of its rule's start event (`desk due`)."""
    kind = parliament.kind(kind_id)
    rule = rule_on(kind.deadlines or kind.statements, start)
    if rule is None:
        raise DeskError(
            _("Für „{kind}“ ist im Profil {parliament} keine Antwortfrist hinterlegt.").format(
                kind=_(kind.display_name), parliament=parliament.name
            )
        )
    dates = Dates()
    setattr(dates, rule.start_event, start)
    return _deadline(parliament, kind, dates, _lazy_calendar(parliament, extra_days))


def calendar_of(parliament: Parliament, extra_days: Iterable[ExtraDay] = ()) -> WorkCalendar:
    """Return the working-day calendar of a parliament's holidays region, named as its Land."""
    return work_calendar(
        parliament.holidays_region, tuple(extra_days), parliament.holidays_region_name
    )


def _lazy_calendar(parliament: Parliament, extra_days: Iterable[ExtraDay]) -> LazyCalendar:
    """Return a function that builds the parliament's calendar when it is first asked."""
    extra = tuple(extra_days)  # read an iterator now, not at the first counted day
    return lambda: calendar_of(parliament, extra)


def start_events(rule: DeadlineRule) -> tuple[str, ...]:
    """Return the events tried for the start, in order: the rule's, its fallbacks, the generic."""
    events = [rule.start_event, *rule.fallback_events]
    if rule.start_event in _LIFE_ORDER:
        position = _LIFE_ORDER.index(rule.start_event)
        events += [event for event in _LIFE_ORDER[position + 1 :] if event in GENERIC_START_ORDER]
        # Last resort, latest first: an earlier event gives an end that is probably
        # too early, but staff who have only entered the submission still need a
        # date to watch; the explanation says it is provisional.
        events += [e for e in reversed(_LIFE_ORDER[:position]) if e in GENERIC_START_ORDER]
    return tuple(dict.fromkeys(events))  # drop repeats, keep the order


def _is_earlier(event: str, rule_event: str) -> bool:
    """Tell whether an event comes before the rule's own start in an inquiry's life."""
    if event not in _LIFE_ORDER or rule_event not in _LIFE_ORDER:
        return False
    return _LIFE_ORDER.index(event) < _LIFE_ORDER.index(rule_event)


def find_start(dates: Dates, rule: DeadlineRule) -> tuple[str, date] | None:
    """Return the first event in start_events() that has a date, with that date."""
    for event in start_events(rule):
        day = getattr(dates, event, None)
        if isinstance(day, date):
            return event, day
    return None


def rule_in_force(
    rules: tuple[DeadlineRule, ...], dates: Dates
) -> tuple[DeadlineRule | None, tuple[str, date] | None]:
    """Return the rule in force on the day the clock starts, with that start.

    The newest rule names the events to look for; when the start falls in an
    older rule's period, that rule applies (and its own start event is looked
    up), so an inquiry keeps the deadline it had when its clock started.
    """
    newest = rules[-1] if rules else None
    if newest is None:
        return None, None
    found = find_start(dates, newest)
    if found is None:
        return newest, None
    rule = rule_on(rules, found[1])
    if rule is not None and rule is not newest:
        found = find_start(dates, rule) or found
    return rule, found


def _deadline(
    parliament: Parliament, kind: KindProfile, dates: Dates, work: LazyCalendar
) -> Deadline:
    """Compute, extend and override one deadline, collecting the steps."""
    rule, found = rule_in_force(kind.deadlines, dates)
    steps: list[str] = []
    event: str | None = None
    start: date | None = None
    computed: date | None = None
    if rule is None:
        steps.append(say.no_rule_step(kind.display_name, parliament.name, bool(kind.statements)))
    else:
        steps += say.rule_steps(rule, kind.display_name, parliament.name)
        if found is None:
            steps.append(say.no_start_step(start_events(rule)))
        else:
            event, start = found
            steps += say.validity_steps(rule, start)
            early = _is_earlier(event, rule.start_event)
            steps += say.start_steps(rule.start_event, event, start, early=early)
            computed = _period_end(rule.length, rule, start, work, steps)
    # Without a clock start, no end may still lie before the earliest recorded event.
    floor = start if start is not None else _earliest_event(dates)
    due = _extend(computed, floor, dates.extensions, rule, work, steps)
    override = dates.due_override
    if override is not None:
        if floor is not None and override < floor:
            raise DeskError(
                _(
                    "Das von Hand gesetzte Fristende {override} liegt vor dem Fristbeginn {start}."
                ).format(override=f"{override:%d.%m.%Y}", start=f"{floor:%d.%m.%Y}")
            )
        steps.append(say.override_step(override, due))
        due = override
    steps.append(say.result_step(due))
    statement_rule, statement_due, statement_steps = _statement(parliament, kind, dates, work)
    return Deadline(
        due=due,
        steps=steps,
        rule=rule,
        start_event=event,
        start=start,
        used_fallback=rule is not None and event is not None and event != rule.start_event,
        overridden=override is not None,
        computed=computed,
        statement_due=statement_due,
        statement_steps=statement_steps,
        statement_rule=statement_rule,
    )


def _statement(
    parliament: Parliament, kind: KindProfile, dates: Dates, work: LazyCalendar
) -> tuple[DeadlineRule | None, date | None, list[str]]:
    """Compute the deadline of the government's statement, if the kind has one.

    It is counted like an answer deadline but neither extended nor overridden:
    those belong to the answer.
    """
    rule, found = rule_in_force(kind.statements, dates)
    if rule is None:
        return None, None, []
    steps = say.rule_steps(rule, kind.display_name, parliament.name, statement=True)
    if found is None:
        steps.append(say.no_start_step(start_events(rule)))
        return rule, None, steps
    event, start = found
    steps += say.validity_steps(rule, start)
    steps += say.start_steps(
        rule.start_event, event, start, early=_is_earlier(event, rule.start_event)
    )
    due = _period_end(rule.length, rule, start, work, steps)
    steps.append(say.statement_result_step(due))
    return rule, due, steps


def _earliest_event(dates: Dates) -> date | None:
    """Return the earliest recorded date among the events that can start a clock."""
    known = [getattr(dates, event) for event in GENERIC_START_ORDER]
    return min((day for day in known if day is not None), default=None)


def _period_end(
    length: int, rule: DeadlineRule, start: date, calendar: LazyCalendar, steps: list[str]
) -> date:
    """Count `length` rule units from `start`; move the end per §193 if the rule says so."""
    work = calendar()
    counted = count_period(start, length, rule.unit, work)
    steps.append(say.count_step(length, rule.unit, counted))
    off = work.day_off(counted.end)
    if off is None:
        steps.append(say.working_day_step(counted.end, work.land))
        return counted.end
    if not rule.move_to_working_day:
        steps.append(say.not_moved_step(off, work.land))
        return counted.end
    moved, skipped = next_working_day(counted.end, work)
    steps.append(say.moved_step(off, moved, skipped, work.land))
    return moved


def _extend(
    due: date | None,
    start: date | None,
    extensions: Sequence[Extension],
    rule: DeadlineRule | None,
    work: LazyCalendar,
    steps: list[str],
) -> date | None:
    """Apply the extensions in the order granted; the last one sets the due date."""
    for index, extension in enumerate(extensions, start=1):
        if extension.new_due is not None:
            target = extension.new_due
            _refuse_earlier(index, target, due, start)
            text = _("neues Fristende {day} (vereinbartes Datum, nicht verschoben)").format(
                day=say.day_text(target)
            )
            steps.append(say.extension_step(index, text, extension.reason, extension.agreed_by))
            due = target
        elif extension.units is not None:
            if extension.units < 1:
                raise DeskError(
                    _(
                        "Die Verlängerung {index} muss die Frist um mindestens eine Einheit "
                        "verlängern."
                    ).format(index=index)
                )
            if rule is None or due is None:
                text = _("um {units} Einheiten – ohne bisheriges Fristende nicht anwendbar").format(
                    units=extension.units
                )
                steps.append(say.extension_step(index, text, extension.reason, extension.agreed_by))
                continue
            text = _("um {period} ab dem bisherigen Fristende {day} (§ 190 BGB)").format(
                period=say.unit_phrase(extension.units, rule.unit), day=say.day_text(due)
            )
            steps.append(say.extension_step(index, text, extension.reason, extension.agreed_by))
            due = _period_end(extension.units, rule, due, work, steps)
        else:
            steps.append(
                _(
                    "Verlängerung {index} nennt weder ein Datum noch eine Dauer; sie zählt nicht."
                ).format(index=index)
            )
    return due


def _refuse_earlier(index: int, target: date, due: date | None, start: date | None) -> None:
    """Refuse an extension that ends before the current due date or before the start."""
    if due is not None and target < due:
        raise DeskError(
            _(
                "Die Verlängerung {index} auf den {target} liegt vor dem bisherigen Fristende "
                "{due}; eine Verlängerung kann die Frist nur verlängern."
            ).format(index=index, target=f"{target:%d.%m.%Y}", due=f"{due:%d.%m.%Y}")
        )
    if start is not None and target < start:
        raise DeskError(
            _(
                "Die Verlängerung {index} auf den {target} liegt vor dem Fristbeginn {start}."
            ).format(index=index, target=f"{target:%d.%m.%Y}", start=f"{start:%d.%m.%Y}")
        )
