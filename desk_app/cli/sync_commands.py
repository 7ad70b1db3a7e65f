"""`desk sync` and `desk import-drucksache`: Bundestag inquiries and papers from the DIP.

Both send requests only when called: nothing is looked up at start or in the
background. The key comes from DIP_API_KEY or the key file (README, "DIP").
"""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING, Any

from desk_app.cli.options import inquiry_id
from desk_app.cli.output import print_fields, print_json, print_report
from desk_app.i18n import _
from desk_app.model.errors import DeskError

if TYPE_CHECKING:
    from desk_app.service import Desk
    from desk_app.service.syncing import SyncOutcome

_NUMBER = re.compile(r"\d{1,2}/\d{1,6}")


def drucksache_number(text: str) -> str:
    """Read a Drucksache number ("21/114") from the command line."""
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        raise DeskError(
            _("„{text}“ ist keine Drucksachennummer (Wahlperiode/Nummer, z. B. 21/114).").format(
                text=text
            )
        )
    return text


def add_sync_verbs(verbs: Any) -> None:
    """Add the `sync` and `import-drucksache` verbs to the `desk` parser's subparsers."""
    sync = verbs.add_parser(
        "sync",
        help=_("Bundestagsanfragen mit dem DIP abgleichen: Drucksache, Antwort, Datum"),
    )
    which = sync.add_mutually_exclusive_group(required=True)
    which.add_argument("id", type=inquiry_id, nargs="?")
    which.add_argument(
        "--all-open",
        action="store_true",
        help=_("alle eingereichten, noch nicht beantworteten Anfragen an den Bundestag"),
    )
    sync.add_argument("--json", action="store_true")

    paper = verbs.add_parser(
        "import-drucksache",
        help=_("eine Drucksache des Bundestages aus dem DIP importieren; gibt die Nummer aus"),
    )
    paper.add_argument("number", type=drucksache_number, metavar=_("NUMMER"))
    paper.add_argument(
        "--json", action="store_true", help=_("Nummer und Bericht Feld für Feld als JSON ausgeben")
    )
    paper.add_argument(
        "--force",
        action="store_true",
        help=_("auch importieren, wenn dieselbe Drucksache schon vorhanden ist"),
    )


def cmd_sync(args: argparse.Namespace, desk: Desk) -> int:
    """Sync one inquiry or every open one; print what changed, one line each."""
    outcomes = desk.sync(None if args.all_open else [args.id])
    if args.json:
        print_json([_sync_json(outcome) for outcome in outcomes])
        return 0
    if not outcomes:
        print(_("Keine offene Anfrage an den Bundestag."))
    for outcome in outcomes:
        notes = f" ({'; '.join(outcome.notes)})" if outcome.notes else ""
        print(f"{outcome.inquiry.id:>6}  {outcome.summary()}{notes}")
    return 0


def _sync_json(outcome: SyncOutcome) -> dict[str, Any]:
    """Return one inquiry's sync as the documented JSON object."""
    inquiry = outcome.inquiry
    dates = inquiry.dates
    return {
        "id": inquiry.id,
        "changed": outcome.changed,
        "changes": outcome.changes,
        "notes": outcome.notes,
        "status": str(inquiry.status),
        "drucksache": inquiry.drucksache,
        "issued": dates.issued.isoformat() if dates.issued else None,
        "answer_drucksache": dates.answer_drucksache,
        "answered": dates.answered.isoformat() if dates.answered else None,
    }


def cmd_import_drucksache(args: argparse.Namespace, desk: Desk) -> int:
    """Import a Bundestag Drucksache by its number, as `desk import` imports a file."""
    from desk_app.service.importing import DuplicateImport
    from desk_app.service.syncing import import_from_dip

    try:
        outcome = import_from_dip(desk, args.number, force=args.force)
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
    print_fields(outcome)
    print_report(outcome.report)
    print(outcome.id)
    return 0
