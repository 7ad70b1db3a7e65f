"""The `desk due` and `desk deadlines` verbs: parse, ask the desk, print."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desk_app.cli.options import extra_days, extra_days_option
from desk_app.cli.output import print_json
from desk_app.i18n import _, ngettext
from desk_app.model.fields import parse_date

if TYPE_CHECKING:
    # Types only: the parser imports this module for the grammar, and the deadline
    # engine (with the holidays tables) must load only when a deadline is counted.
    from desk_app.rules.deadlines import Deadline
    from desk_app.rules.profile import DeadlineRule
    from desk_app.service import Desk
    from desk_app.service.deadline_list import DueLine

DEADLINE_VERBS = ("due", "deadlines")


def add_deadline_verbs(subparsers: Any) -> None:
    """Add the `due` and `deadlines` verbs to the `desk` parser's subparsers."""
    due = subparsers.add_parser("due", help=_("eine Antwortfrist berechnen und erklären"))
    due.add_argument("--parliament", required=True, help=_("Kürzel, z. B. NW, BT, BY"))
    due.add_argument("--kind", required=True, help=_("z. B. kleine-anfrage"))
    due.add_argument(
        "--from",
        dest="start",
        required=True,
        metavar=_("JJJJ-MM-TT"),
        help=_("Datum des Ereignisses, mit dem die Frist beginnt (z. B. der Weiterleitung)"),
    )
    extra_days_option(due)
    due.add_argument("--json", action="store_true")

    listing = subparsers.add_parser(
        "deadlines", help=_("offene Anfragen mit Fristende, überfällige zuerst")
    )
    extra_days_option(listing)
    listing.add_argument("--json", action="store_true")


def cmd_due(args: argparse.Namespace, desk: Desk) -> int:
    """Compute one deadline from a start date and print it with its explanation."""
    deadline = desk.due(args.parliament, args.kind, parse_date(args.start), extra_days(args))
    if args.json:
        print_json(due_json(deadline))
    else:
        print("\n".join([*deadline.steps, *deadline.statement_steps]))
    return 0


def cmd_deadlines(args: argparse.Namespace, desk: Desk) -> int:
    """List open inquiries with a due date: overdue first, then by due date."""
    from desk_app.service.deadline_list import listing

    rows = listing(desk, extra_days(args), warn=_warn)
    if args.json:
        print_json([row_json(row) for row in rows])
        return 0
    if not rows:
        print(_("Keine offene Anfrage hat ein Fristende."))
    # One write for the whole list: 10,000 print() calls cost more than building it.
    print("\n".join(_row_text(row) for row in rows), end="\n" if rows else "")
    return 0


def _row_text(row: DueLine) -> str:
    """Return one line of the deadline list as `desk deadlines` prints it."""
    reference = f"Drs. {row.drucksache}" if row.drucksache else (row.number or "")
    return (
        f"{row.id:>6}  {row.parliament:<3} {row.due:%d.%m.%Y}  "
        f"{_days_text(row):<18} {reference:<14} {row.title[:60]}"
    )


def _warn(line: str) -> None:
    """Say on stderr that one inquiry's deadline could not be computed."""
    print(f"desk: {line}", file=sys.stderr)


def due_json(deadline: Deadline) -> dict[str, Any]:
    """Return the documented JSON object of `desk due --json`.

    A kind without an answer deadline but with a statement deadline (the
    Bundestag's Große Anfrage) gives "due": null and the statement's own
    "statement_due" with its steps; "rule" then describes the statement rule.
    """
    rule = deadline.rule or deadline.statement_rule
    assert rule is not None
    result: dict[str, Any] = {
        "due": None if deadline.due is None else deadline.due.isoformat(),
        "steps": list(deadline.steps),
        "rule": _rule_json(rule),
        "source": rule.source,
        "confidence": rule.confidence.value,
    }
    if deadline.statement_rule is not None:
        statement_due = deadline.statement_due
        result["statement_due"] = None if statement_due is None else statement_due.isoformat()
        result["statement_steps"] = list(deadline.statement_steps)
        result["statement_rule"] = _rule_json(deadline.statement_rule)
    return result


def _rule_json(rule: DeadlineRule) -> dict[str, Any]:
    """Return a rule as JSON, with its period of validity (null where open)."""
    return {
        "length": rule.length,
        "unit": rule.unit,
        "start_event": rule.start_event,
        "fallback_events": list(rule.fallback_events),
        "move_to_working_day": rule.move_to_working_day,
        "note": rule.note,
        "valid_from": None if rule.valid_from is None else rule.valid_from.isoformat(),
        "valid_until": None if rule.valid_until is None else rule.valid_until.isoformat(),
    }


def row_json(row: DueLine) -> dict[str, Any]:
    """Return the documented JSON object of one `desk deadlines --json` entry."""
    return {
        "id": row.id,
        "parliament": row.parliament,
        "kind": row.kind,
        "number": row.number,
        "drucksache": row.drucksache,
        "title": row.title,
        "due": row.due.isoformat(),
        "days_left": row.days_left,
        "overdue": row.overdue,
        "status": row.status.value,
    }


def _days_text(row: DueLine) -> str:
    """Return "3 Tage überfällig", "heute fällig" or "noch 5 Tage"."""
    if row.days_left < 0:
        late = -row.days_left
        return ngettext("{count} Tag überfällig", "{count} Tage überfällig", late).format(
            count=late
        )
    if row.days_left == 0:
        return _("heute fällig")
    return ngettext("noch {count} Tag", "noch {count} Tage", row.days_left).format(
        count=row.days_left
    )
