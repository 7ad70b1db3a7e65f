"""One function per `desk` verb: call the desk, print the result, return the exit status."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desk_app.cli.options import extra_days
from desk_app.cli.output import print_fields, print_json, print_report
from desk_app.i18n import _
from desk_app.model import DeskError

if TYPE_CHECKING:
    from desk_app.service import Desk


def _print_summaries(rows: list[Any], as_json: bool) -> None:
    """Print inquiry summaries as JSON or as an aligned table."""
    if as_json:
        # Deferred: the JSON view loads the Markdown and deadline modules (~15 ms).
        from desk_app.service.json_view import summary_json

        print_json([summary_json(row) for row in rows])
        return
    for row in rows:
        reference = (row.drucksache and f"Drs. {row.drucksache}") or (row.number or "")
        title = " ".join(row.title.split())  # one table line, whatever the title holds
        print(
            f"{row.id:>6}  {row.parliament:<3} {row.kind:<18} {reference:<14} "
            f"{row.status:<10} {title[:60]}"
        )


def cmd_new(args: argparse.Namespace, desk: Desk) -> int:
    """Create an inquiry from the parliament's template and print its id."""
    print(desk.create(args.parliament, args.kind, title=args.title).id)
    return 0


def cmd_import(args: argparse.Namespace, desk: Desk) -> int:
    """Import a file as a new inquiry (or an answer to one), print its id and the report.

    The same document a second time is refused with the stored one's id, unless --force.
    """
    from desk_app.service.importing import DuplicateImport, import_into

    try:
        outcome = import_into(
            desk, args.path, args.parliament, args.kind, args.answer_to, force=args.force
        )
    except DuplicateImport as error:
        found = error.duplicate
        raise DeskError(
            _(
                "Diese Drucksache ist schon vorhanden: „{title}“ ({paper}, gespeichert als "
                "Nr. {id}); mit --force wird sie trotzdem importiert."
            ).format(title=found.title, paper=found.paper, id=found.id)
        ) from None
    if args.json:
        from desk_app.service.json_view import import_json

        print_json(import_json(outcome))
        return 0
    print_fields(outcome)  # the lines of doubt come last, where the eye lands
    print_report(outcome.report)
    print(outcome.id)
    return 0


def cmd_list(args: argparse.Namespace, desk: Desk) -> int:
    """List all inquiries, newest first."""
    _print_summaries(desk.list(), args.json)
    return 0


def cmd_show(args: argparse.Namespace, desk: Desk) -> int:
    """Show one inquiry as JSON or as its Markdown text."""
    inquiry = desk.get(args.id)
    if args.json:
        from desk_app.service.json_view import inquiry_json

        print_json(inquiry_json(inquiry, desk.deadline(inquiry), desk.today()))
    else:
        data, _warnings = desk.render(inquiry, "md")
        sys.stdout.write(data.decode("utf-8"))
    return 0


def cmd_search(args: argparse.Namespace, desk: Desk) -> int:
    """Search titles, preambles, questions and footnotes; say on stderr what was left out."""
    total = desk.count_search(args.query)
    rows = desk.search(args.query, limit=total if args.all else args.limit) if total else []
    _print_summaries(rows, args.json)
    if len(rows) < total:
        print(
            _("{shown} von {total} Treffern; --limit N oder --all zeigt mehr.").format(
                shown=len(rows), total=total
            ),
            file=sys.stderr,
        )
    return 0


def cmd_set(args: argparse.Namespace, desk: Desk) -> int:
    """Set one field and save the inquiry as a new revision."""
    desk.set_field(args.id, args.field, args.value)
    return 0


def cmd_export(args: argparse.Namespace, desk: Desk) -> int:
    """Export an inquiry (or, with --all-open, a calendar of all open ones) atomically."""
    if args.all_open:
        if args.format != "ics" or args.id is not None or args.template is not None:
            raise DeskError(_("--all-open gibt es nur ohne Nummer und mit --format ics."))
        outcome = desk.export_open_calendar(args.output, extra_days(args))
    elif args.id is None:
        raise DeskError(
            _("Bitte die Nummer der Anfrage angeben (oder --all-open für alle offenen).")
        )
    else:
        outcome = desk.export(args.id, args.format, args.output, args.layout, args.template)
    print_report(outcome.warnings)
    if str(args.output) != "-":  # the export itself went to standard output
        print(outcome.path)
    return 0


def cmd_check(args: argparse.Namespace, desk: Desk) -> int:
    """Print the formal checks; exit 1 when something must be fixed before submission."""
    findings = desk.check(args.id)
    if args.json:
        print_json(
            [
                {"severity": f.severity, "message": f.message, "location": list(f.location)}
                for f in findings
            ]
        )
    elif not findings:
        print(_("Keine Beanstandungen."))
    for finding in [] if args.json else findings:
        line = _("Fehler: {message}") if finding.severity == "error" else _("Hinweis: {message}")
        print(line.format(message=finding.message))
    return 1 if any(finding.severity == "error" for finding in findings) else 0


def cmd_delete(args: argparse.Namespace, desk: Desk) -> int:
    """Move an inquiry to the trash."""
    desk.delete(args.id)
    print(
        _("Anfrage {id} liegt im Papierkorb (zurückholen: desk restore-deleted {id}).").format(
            id=args.id
        )
    )
    return 0


def cmd_restore_deleted(args: argparse.Namespace, desk: Desk) -> int:
    """Bring an inquiry back from the trash, or list the trash."""
    if args.id is not None:
        print(desk.restore_deleted(args.id).id)
        return 0
    rows = desk.deleted()
    if args.json:
        print_json(
            [
                {
                    "id": row.id,
                    "parliament": row.parliament,
                    "kind": row.kind,
                    "number": row.number,
                    "drucksache": row.drucksache,
                    "title": row.title,
                    "deleted_at": row.deleted_at.isoformat(),
                }
                for row in rows
            ]
        )
        return 0
    if not rows:
        print(_("Der Papierkorb ist leer."))
    for row in rows:
        when = row.deleted_at.astimezone().strftime("%d.%m.%Y %H:%M")
        title = " ".join(row.title.split())  # one table line, whatever the title holds
        print(f"{row.id:>6}  {row.parliament:<3} {when}  {title[:60]}")
    return 0
