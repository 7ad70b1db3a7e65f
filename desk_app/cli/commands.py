"""One function per `desk` verb: parse nothing, print results, return the exit status."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desk_app.cli.context import Context
from desk_app.cli.deadline_commands import cmd_deadlines, cmd_due, export_all_open
from desk_app.cli.json_view import inquiry_json, summary_json
from desk_app.formats.catalog import export_inquiry, import_file
from desk_app.formats.safe_write import write_atomically
from desk_app.model import DeskError
from desk_app.model.fields import set_field
from desk_app.rules.deadlines import effective_due
from desk_app.rules.templates import new_inquiry


def _print_json(value: Any) -> None:
    """Print a JSON value the way every --json output is printed."""
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _print_summaries(rows: list[Any], as_json: bool) -> None:
    """Print inquiry summaries as JSON or as an aligned table."""
    if as_json:
        _print_json([summary_json(row) for row in rows])
        return
    for row in rows:
        reference = (row.drucksache and f"Drs. {row.drucksache}") or (row.number or "")
        print(
            f"{row.id:>6}  {row.parliament:<3} {row.kind:<18} {reference:<14} "
            f"{row.status:<10} {row.title[:60]}"
        )


def cmd_new(args: argparse.Namespace, ctx: Context) -> int:
    """Create an inquiry from the parliament's template and print its id."""
    parliament = ctx.registry.get(args.parliament)
    inquiry = new_inquiry(parliament, args.kind, title=args.title, today=ctx.today)
    print(ctx.store.add(inquiry))
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    """Import a file as a new inquiry (or an answer to one), print its id and the report."""
    # Imported here: the answer reader pulls in every document reader (~150 ms
    # that `desk export`, `set` or `list` would otherwise pay at every call).
    from desk_app.cli.answer_commands import cmd_import_answer
    from desk_app.formats.read.answer.reader import is_answer_file

    if args.answer_to is not None or is_answer_file(args.path, ctx.registry, args.parliament):
        return cmd_import_answer(args, ctx)
    result = import_file(args.path, ctx.registry, parliament=args.parliament, kind=args.kind)
    inquiry_id = ctx.store.add(result.inquiry)  # the store remembers its sources
    for line in result.report:
        print(line, file=sys.stderr)
    print(inquiry_id)
    return 0


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    """List all inquiries, newest first."""
    _print_summaries(ctx.store.list(), args.json)
    return 0


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    """Show one inquiry as JSON or as its Markdown text."""
    inquiry = ctx.store.get(args.id)
    if args.json:
        _print_json(inquiry_json(inquiry, effective_due(inquiry, ctx.registry), ctx.today))
    else:
        sys.stdout.write(export_inquiry(inquiry, "md", ctx.registry).decode("utf-8"))
    return 0


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    """Search titles, preambles, questions and footnotes."""
    _print_summaries(ctx.store.search(args.query), args.json)
    return 0


def cmd_set(args: argparse.Namespace, ctx: Context) -> int:
    """Set one field and save the inquiry as a new revision."""
    # Read and write in one transaction: a concurrent `desk set` must not be lost.
    store = ctx.store_for_changes()
    store.update(args.id, lambda inquiry: set_field(inquiry, args.field, args.value))
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    """Export an inquiry (or, with --all-open, a calendar of all open ones) atomically."""
    if args.all_open:
        if args.format != "ics" or args.id is not None:
            raise DeskError("--all-open gibt es nur ohne Nummer und mit --format ics.")
        export_all_open(ctx, args.output)
        print(args.output)
        return 0
    if args.id is None:
        raise DeskError("Bitte die Nummer der Anfrage angeben (oder --all-open für alle offenen).")
    inquiry = ctx.store.get(args.id)
    data = export_inquiry(inquiry, args.format, ctx.registry, layout=args.layout)
    write_atomically(args.output, data)
    print(args.output)
    return 0


COMMANDS = {
    "new": cmd_new,
    "import": cmd_import,
    "list": cmd_list,
    "show": cmd_show,
    "search": cmd_search,
    "set": cmd_set,
    "export": cmd_export,
    "due": cmd_due,
    "deadlines": cmd_deadlines,
}
