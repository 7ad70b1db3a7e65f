"""The `desk due` and `desk deadlines` verbs, and the calendar of every open inquiry."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desk_app.cli.context import Context
from desk_app.formats.safe_write import write_atomically
from desk_app.formats.write.ics.calendar import DEFAULT_ALARM_DAYS, calendar_for
from desk_app.model import DeskError, Inquiry, Status, plain
from desk_app.model.fields import parse_date
from desk_app.rules.calendar_days import ExtraDay, parse_extra_days
from desk_app.rules.deadline_status import days_left, is_open, is_overdue
from desk_app.rules.deadlines import Deadline, deadline_from, effective_due

DEADLINE_VERBS = ("due", "deadlines")
_CLOSED = (Status.ANSWERED, Status.WITHDRAWN)


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    """Hold one line of `desk deadlines`."""

    inquiry: Inquiry
    due: date
    days_left: int
    overdue: bool


def add_deadline_verbs(subparsers: Any) -> None:
    """Add the `due` and `deadlines` verbs to the `desk` parser's subparsers."""
    due = subparsers.add_parser("due", help="eine Antwortfrist berechnen und erklären")
    due.add_argument("--parliament", required=True, help="Kürzel, z. B. NW, BT, BY")
    due.add_argument("--kind", required=True, help="z. B. kleine-anfrage")
    due.add_argument(
        "--from",
        dest="start",
        required=True,
        metavar="JJJJ-MM-TT",
        help="Datum des Ereignisses, mit dem die Frist beginnt (z. B. der Weiterleitung)",
    )
    _extra_days_option(due)
    due.add_argument("--json", action="store_true")

    listing = subparsers.add_parser(
        "deadlines", help="offene Anfragen mit Fristende, überfällige zuerst"
    )
    _extra_days_option(listing)
    listing.add_argument("--json", action="store_true")


def cmd_due(args: argparse.Namespace, ctx: Context) -> int:
    """Compute one deadline from a start date and print it with its explanation."""
    parliament = ctx.registry.get(args.parliament)
    start = parse_date(args.start)
    deadline = deadline_from(parliament, args.kind, start, _extra_days(args))
    if args.json:
        _print_json(due_json(deadline))
    else:
        print("\n".join(deadline.steps))
    return 0


def cmd_deadlines(args: argparse.Namespace, ctx: Context) -> int:
    """List open inquiries with a due date: overdue first, then by due date."""
    rows = deadline_rows(ctx, _extra_days(args))
    if args.json:
        _print_json([row_json(row) for row in rows])
        return 0
    if not rows:
        print("Keine offene Anfrage hat ein Fristende.")
    for row in rows:
        inquiry = row.inquiry
        reference = f"Drs. {inquiry.drucksache}" if inquiry.drucksache else (inquiry.number or "")
        print(
            f"{inquiry.id:>6}  {inquiry.parliament:<3} {row.due:%d.%m.%Y}  "
            f"{_days_text(row):<18} {reference:<14} {plain(inquiry.title.inlines).strip()[:60]}"
        )
    return 0


def export_all_open(
    ctx: Context,
    path: Path,
    alarm_days: int | None = DEFAULT_ALARM_DAYS,
    extra_days: tuple[ExtraDay, ...] = (),
) -> None:
    """Write one calendar with the due date of every open inquiry (`desk export --all-open`)."""
    data = calendar_for(
        _open_inquiries(ctx), ctx.registry, alarm_days=alarm_days, extra_days=extra_days
    )
    write_atomically(path, data)


def deadline_rows(ctx: Context, extra_days: tuple[ExtraDay, ...] = ()) -> list[DeadlineRow]:
    """Return the open inquiries with a due date, overdue first, then by due date."""
    rows = []
    for inquiry in _open_inquiries(ctx):
        try:
            deadline = effective_due(inquiry, ctx.registry, extra_days)
        except DeskError as error:
            # One inquiry with a broken extension must not hide every other deadline.
            print(f"desk: Anfrage {inquiry.id}: {error}", file=sys.stderr)
            continue
        left = days_left(deadline, ctx.today)
        if deadline.due is None or left is None:
            continue
        overdue = is_overdue(inquiry, deadline, ctx.today)
        rows.append(DeadlineRow(inquiry, deadline.due, left, overdue))
    rows.sort(key=lambda row: (not row.overdue, row.due, row.inquiry.id or 0))
    return rows


def due_json(deadline: Deadline) -> dict[str, Any]:
    """Return the documented JSON object of `desk due --json`."""
    rule = deadline.rule
    assert rule is not None and deadline.due is not None
    return {
        "due": deadline.due.isoformat(),
        "steps": list(deadline.steps),
        "rule": {
            "length": rule.length,
            "unit": rule.unit,
            "start_event": rule.start_event,
            "fallback_events": list(rule.fallback_events),
            "move_to_working_day": rule.move_to_working_day,
            "note": rule.note,
        },
        "source": rule.source,
        "confidence": rule.confidence.value,
    }


def row_json(row: DeadlineRow) -> dict[str, Any]:
    """Return the documented JSON object of one `desk deadlines --json` entry."""
    inquiry = row.inquiry
    return {
        "id": inquiry.id,
        "parliament": inquiry.parliament,
        "kind": inquiry.kind,
        "number": inquiry.number,
        "drucksache": inquiry.drucksache,
        "title": plain(inquiry.title.inlines).strip(),
        "due": row.due.isoformat(),
        "days_left": row.days_left,
        "overdue": row.overdue,
        "status": inquiry.status.value,
    }


def _open_inquiries(ctx: Context) -> Iterator[Inquiry]:
    """Yield every inquiry not answered or withdrawn, loading only those."""
    for summary in ctx.store.list():
        if summary.status in _CLOSED:
            continue
        inquiry = ctx.store.get(summary.id)
        if is_open(inquiry):
            yield inquiry


def _days_text(row: DeadlineRow) -> str:
    """Return "3 Tage überfällig", "heute fällig" or "noch 5 Tage"."""
    if row.days_left < 0:
        late = -row.days_left
        return f"{late} {'Tag' if late == 1 else 'Tage'} überfällig"
    if row.days_left == 0:
        return "heute fällig"
    return f"noch {row.days_left} {'Tag' if row.days_left == 1 else 'Tage'}"


def _extra_days_option(parser: argparse.ArgumentParser) -> None:
    """Add the option for the user's extra days off."""
    parser.add_argument(
        "--extra-days",
        default="",
        metavar="TT.MM.,…",
        help="zusätzliche freie Tage, z. B. 24.12.,31.12. (jedes Jahr) oder 02.01.2026",
    )


def _extra_days(args: argparse.Namespace) -> tuple[ExtraDay, ...]:
    """Return the extra days off given on the command line (none if the option is absent)."""
    return parse_extra_days(getattr(args, "extra_days", "") or "")


def _print_json(value: Any) -> None:
    """Print JSON the way every --json output of `desk` is printed."""
    print(json.dumps(value, ensure_ascii=False, indent=2))
