"""The `desk due` and `desk deadlines` verbs: parse, ask the desk, print."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desk_app.cli.options import extra_days, extra_days_option
from desk_app.cli.output import print_json
from desk_app.model import plain
from desk_app.model.fields import parse_date

if TYPE_CHECKING:
    # Types only: the parser imports this module for the grammar, and the deadline
    # engine (with the holidays tables) must load only when a deadline is counted.
    from desk_app.rules.deadlines import Deadline
    from desk_app.service import DeadlineRow, Desk

DEADLINE_VERBS = ("due", "deadlines")


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
    extra_days_option(due)
    due.add_argument("--json", action="store_true")

    listing = subparsers.add_parser(
        "deadlines", help="offene Anfragen mit Fristende, überfällige zuerst"
    )
    extra_days_option(listing)
    listing.add_argument("--json", action="store_true")


def cmd_due(args: argparse.Namespace, desk: Desk) -> int:
    """Compute one deadline from a start date and print it with its explanation."""
    deadline = desk.due(args.parliament, args.kind, parse_date(args.start), extra_days(args))
    if args.json:
        print_json(due_json(deadline))
    else:
        print("\n".join(deadline.steps))
    return 0


def cmd_deadlines(args: argparse.Namespace, desk: Desk) -> int:
    """List open inquiries with a due date: overdue first, then by due date."""
    rows = desk.deadline_rows(extra_days(args), warn=_warn)
    if args.json:
        print_json([row_json(row) for row in rows])
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


def _warn(line: str) -> None:
    """Say on stderr that one inquiry's deadline could not be computed."""
    print(f"desk: {line}", file=sys.stderr)


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


def _days_text(row: DeadlineRow) -> str:
    """Return "3 Tage überfällig", "heute fällig" or "noch 5 Tage"."""
    if row.days_left < 0:
        late = -row.days_left
        return f"{late} {'Tag' if late == 1 else 'Tage'} überfällig"
    if row.days_left == 0:
        return "heute fällig"
    return f"noch {row.days_left} {'Tag' if row.days_left == 1 else 'Tage'}"
