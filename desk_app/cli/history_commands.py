"""`desk history ID`: an inquiry's history as the window's history dialog lists it."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from desk_app.cli.options import inquiry_id
from desk_app.cli.output import print_json
from desk_app.i18n import _

if TYPE_CHECKING:
    from desk_app.service import Desk


def add_history_verb(verbs: Any) -> None:
    """Add the `history` verb to the `desk` parser's subparsers."""
    history = verbs.add_parser(
        "history", help=_("den Verlauf einer Anfrage zeigen, nach Anlass zusammengefasst")
    )
    history.add_argument("id", type=inquiry_id)
    history.add_argument("--json", action="store_true")


def cmd_history(args: argparse.Namespace, desk: Desk) -> int:
    """Print one line per history entry, newest first: revision, time and what changed."""
    entries = desk.history(args.id)
    if args.json:
        print_json(
            [
                {
                    "revision": entry.revision_id,
                    "revisions": list(entry.revision_ids),
                    "event": entry.event,
                    "first": entry.first.isoformat(),
                    "last": entry.last.isoformat(),
                    "label": entry.what,
                    "current": entry.current,
                    "author": entry.author,
                }
                for entry in entries
            ]
        )
        return 0
    for entry in entries:
        print(f"{entry.revision_id:>6}  {entry.label}")
    return 0
