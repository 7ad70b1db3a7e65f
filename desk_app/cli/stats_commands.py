"""The `desk stats` verb: answer-time statistics as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.cli.options import extra_days, extra_days_option
from desk_app.cli.output import print_json
from desk_app.i18n import _
from desk_app.model.values import parse_date, parse_term

if TYPE_CHECKING:
    from desk_app.service import Desk

# The groupings the service knows (service.statistics.GROUPINGS), written out so
# that building the parser does not load the statistics and the deadline engine.
GROUPINGS = ("ministry", "parliament", "month", "faction", "member")


def add_stats_verb(subparsers: Any) -> None:
    """Add the `stats` verb to the `desk` parser's subparsers."""
    stats = subparsers.add_parser("stats", help=_("Antwortzeiten und Verspätungen der Regierung"))
    stats.add_argument(
        "--by", choices=GROUPINGS, default="ministry", help=_("gruppieren (sonst nach Ministerium)")
    )
    stats.add_argument("--parliament", help=_("nur dieses Parlament, z. B. NW"))
    stats.add_argument("--term", type=parse_term, metavar="N", help=_("nur diese Wahlperiode"))
    stats.add_argument(
        "--from",
        dest="start_from",
        type=parse_date,
        metavar=_("JJJJ-MM-TT"),
        help=_("nur Anfragen, deren Frist an diesem Tag oder später beginnt"),
    )
    stats.add_argument(
        "--to",
        dest="start_to",
        type=parse_date,
        metavar=_("JJJJ-MM-TT"),
        help=_("nur Anfragen, deren Frist an diesem Tag oder früher beginnt"),
    )
    stats.add_argument("--ministry", help=_("nur Ministerien, deren Name diesen Text enthält"))
    extra_days_option(stats)
    shape = stats.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true")
    shape.add_argument(
        "--csv", action="store_true", help=_("CSV mit Semikolon, UTF-8 mit BOM, für Tabellen")
    )
    shape.add_argument(
        "--pdf",
        type=Path,
        metavar=_("DATEI"),
        help=_("einen PDF-Bericht mit Diagrammen und Fußnoten schreiben"),
    )


def cmd_stats(args: argparse.Namespace, desk: Desk) -> int:
    """Print the statistics of the stored inquiries in the form asked for."""
    from desk_app.service.statistics import StatisticsFilter
    from desk_app.service.statistics_view import csv_text, plain_table, statistics_json

    filters = StatisticsFilter(
        parliament=args.parliament,
        term=args.term,
        start_from=args.start_from,
        start_to=args.start_to,
        ministry=args.ministry,
    )
    stats = desk.statistics(args.by, filters, extra_days(args))
    if args.json:
        print_json(statistics_json(stats))
        return 0
    if args.pdf is not None:
        from desk_app.service.statistics_report import write_report

        write_report(stats, args.pdf)  # atomically; a DeskError says why it could not
        print(args.pdf)
        return 0
    for problem in stats.problems:
        print(f"desk: {problem}", file=sys.stderr)
    if args.csv:
        sys.stdout.write(csv_text(stats))
    elif stats.total.inquiries == 0:
        print(_("Keine gespeicherte Anfrage passt zu dieser Auswahl."))
    else:
        print(plain_table(stats))
    return 0
